import { ErrorCode, ERROR_CODES } from '@medskapa/shared';
import type { CombinedError } from 'urql';

const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** The key in the `errors` namespace that explains an error: an ErrorCode, or `network`. */
export type ErrorMessageKey = ErrorCode | 'network';

/** The first error code of a failed operation, as a key of the `errors` catalogue. */
export function errorMessageKey(error: CombinedError): ErrorMessageKey {
  if (error.networkError && error.graphQLErrors.length === 0) return 'network';
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) return code as ErrorCode;
  }
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * True when the thing a route names (a municipality slug, an area code) does not exist:
 * NOT_FOUND, or BAD_USER_INPUT for a malformed slug or code in the address.
 */
export function isNotFound(error: CombinedError | undefined): boolean {
  if (!error) return false;
  return error.graphQLErrors.some((e) => {
    const code = e.extensions?.code;
    return code === ErrorCode.NOT_FOUND || code === ErrorCode.BAD_USER_INPUT;
  });
}

/** One invalid field as the API reports it in `extensions.fields`. */
export interface ServerFieldError {
  /** e.g. `input.email`, `password`, `token`. */
  path: string;
  message: string;
  /** The error's `extensions.code` (BAD_USER_INPUT or CONFLICT). */
  code: string;
}

function isFieldError(value: unknown): value is { path: string; message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { path?: unknown }).path === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Every `extensions.fields` entry of a failed operation, with the code of its error. */
export function serverFieldErrors(error: CombinedError | undefined): ServerFieldError[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((graphQLError) => {
    const fields = graphQLError.extensions?.fields;
    const code = String(graphQLError.extensions?.code ?? '');
    return Array.isArray(fields) ? fields.filter(isFieldError).map((f) => ({ path: f.path, message: f.message, code })) : [];
  });
}

/** The field a server path names: `input.email` → `email`, `newPassword` → `newPassword`. */
export function fieldOfPath(path: string): string {
  const parts = path.split('.');
  // `input.birthYear` and `input.homePlaceId.0` alike name the first segment below `input`.
  const named = parts[0] === 'input' && parts.length > 1 ? parts[1] : parts[0];
  return named ?? path;
}

/** True when the operation failed with this `extensions.code`. */
export function hasErrorCode(error: CombinedError | undefined, code: ErrorCode): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === code);
}

/** Seconds to wait after RATE_LIMITED (`extensions.retryAfter`), if the API said. */
export function retryAfterSeconds(error: CombinedError | undefined): number | undefined {
  for (const graphQLError of error?.graphQLErrors ?? []) {
    if (graphQLError.extensions?.code !== ErrorCode.RATE_LIMITED) continue;
    const seconds = Number(graphQLError.extensions.retryAfter);
    if (Number.isFinite(seconds) && seconds > 0) return Math.ceil(seconds);
  }
  return undefined;
}
