import { ErrorCode } from '@medskapa/shared';
import type { Client } from 'urql';
import { serverFieldErrors } from '../../../graphql/errors';
import type { VariablesOf } from '../../../graphql/graphql';
import { RecordWorkshopOutcomeMutation } from './capture.graphql';
import type { CaptureTransport, SendResult, UploadResult } from './captureQueue';

/** The address photos are uploaded to (raw body, x-client-id). */
export const attachmentsUrl = (workshopId: string) => `/workshops/${encodeURIComponent(workshopId)}/attachments`;

/**
 * The real transport: recordWorkshopOutcome through urql (network-only, never cached), photos
 * as raw POST bodies. `describe` turns an error code into a message for the reader.
 */
export function createCaptureTransport(client: Client, describe: (code: string) => string): CaptureTransport {
  return {
    async sendOutcome(workshopId, input): Promise<SendResult> {
      const result = await client
        .mutation(RecordWorkshopOutcomeMutation, { workshopId, input: input as unknown as VariablesOf<typeof RecordWorkshopOutcomeMutation>['input'] }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.error) return result.data ? { kind: 'ok' } : { kind: 'network' };
      if (result.error.networkError && result.error.graphQLErrors.length === 0) return { kind: 'network' };
      const fields = serverFieldErrors(result.error).filter((f) => f.code === ErrorCode.BAD_USER_INPUT);
      if (fields.length > 0) return { kind: 'fields', fields };
      const code = String(result.error.graphQLErrors[0]?.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
      return { kind: 'error', message: describe(code) };
    },
    async uploadPhoto(workshopId, photo): Promise<UploadResult> {
      let response: Response;
      try {
        response = await fetch(attachmentsUrl(workshopId), {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            'content-type': photo.contentType,
            'x-client-id': photo.clientId,
            ...(photo.altText ? { 'x-alt-text': encodeURIComponent(photo.altText) } : {}),
          },
          body: photo.blob,
        });
      } catch {
        return { kind: 'network' };
      }
      if (response.ok) return { kind: 'ok' };
      let code = '';
      let message = '';
      try {
        const body = (await response.json()) as { error?: { code?: string; message?: string } };
        code = body.error?.code ?? '';
        message = body.error?.message ?? '';
      } catch {
        // Not JSON (e.g. a proxy's page): the status decides.
      }
      if (response.status >= 500 || response.status === 429) return { kind: 'network' };
      if (response.status === 413 || response.status === 415 || response.status === 400) {
        return { kind: 'rejected', message: message || describe(code || ErrorCode.BAD_USER_INPUT) };
      }
      return { kind: 'error', message: describe(code || (response.status === 401 ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN)) };
    },
  };
}
