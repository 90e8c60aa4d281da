import {
  ErrorCode,
  idSchema,
  WORKSHOP_ATTACHMENT_CONTENT_TYPES,
  WORKSHOP_ATTACHMENT_MAX_BYTES,
  workshopAttachmentAltTextSchema,
} from '@medskapa/shared';
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error';
import { RequestLoaders } from '../../graphql/loader-registry';
import { SessionsService } from '../auth/sessions.service';
import type { WorkshopAttachment } from './workshop.entity';
import { UploadError, WorkshopOutcomeService } from './workshop-outcome.service';
import { WorkshopsService } from './workshops.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
};

/** Answers a DomainError or UploadError as JSON `{ error: { code, message, reason? } }`; anything else is rethrown. */
export function sendError(res: Response, error: unknown): void {
  if (error instanceof DomainError) {
    const reason = error.extensions.reason as string | undefined;
    res.status(STATUS[error.code] ?? 400).json({ error: { code: error.code, message: error.message, ...(reason ? { reason } : {}) } });
    return;
  }
  if (error instanceof UploadError) {
    res.status(error.status).json({ error: { code: error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'UNSUPPORTED_MEDIA_TYPE', message: error.message } });
    return;
  }
  throw error;
}

function describe(attachment: WorkshopAttachment) {
  return {
    id: attachment.id,
    workshopId: attachment.workshopId,
    clientId: attachment.clientId,
    url: WorkshopOutcomeService.urlOf(attachment),
    contentType: attachment.contentType,
    byteSize: attachment.byteSize,
    width: attachment.width,
    height: attachment.height,
    altText: attachment.altText,
    createdAt: attachment.createdAt,
  };
}

/**
 * Reads the request body, refusing (413) more than `limit` bytes. Past the limit the rest is read
 * and dropped (not buffered, up to 4 × limit), so the connection stays usable and the client gets the answer.
 */
function readBody(req: Request, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // A client that keeps sending long after the answer loses the connection.
      if (refused && size > 4 * limit) req.destroy();
      if (refused) return;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(new UploadError(413, 'The photo is larger than 10 MB.'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/**
 * Photos of flip charts, for a simple offline client:
 *
 *   fetch(`/workshops/${id}/attachments`, { method: 'POST', body: blob, headers: {
 *     'content-type': blob.type, 'x-client-id': uuid, 'x-alt-text': encodeURIComponent(alt) } })
 *
 * The raw body is the image (JPEG or PNG, at most 10 MB: 413 above). Its type is checked by its
 * content (415 for anything else, whatever Content-Type says); it is re-encoded without metadata.
 * x-client-id (a uuid from the device) makes a retry return the stored attachment (200) instead
 * of a second one (201). Managers of the workshop only, signed in by session cookie or Bearer
 * token; the custom x-client-id header also keeps other sites from posting with the cookie.
 *
 * GET /workshops/:id/attachments/:attachmentId serves the image: to everyone once the outcome is
 * published, to managers always.
 */
@Controller('workshops')
export class WorkshopAttachmentsController {
  constructor(
    private readonly service: WorkshopOutcomeService,
    private readonly workshops: WorkshopsService,
    private readonly sessions: SessionsService,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Post(':id/attachments')
  async upload(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.sessions.viewerFor(this.sessions.tokenOf(req));
      if (!viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'You need to sign in to do this.');
      const workshop = await this.workshops.requireManager(viewer, id, 'id');
      const clientId = idSchema.safeParse(req.header('x-client-id'));
      if (!clientId.success) throw DomainError.badInput([{ path: 'x-client-id', message: 'Send a uuid generated on the device in the x-client-id header.' }]);
      let altRaw: string | undefined;
      try {
        altRaw = req.header('x-alt-text') === undefined ? undefined : decodeURIComponent(req.header('x-alt-text')!);
      } catch {
        throw DomainError.badInput([{ path: 'x-alt-text', message: 'Send the text URI-encoded (encodeURIComponent).' }]);
      }
      const altText = workshopAttachmentAltTextSchema.safeParse(altRaw);
      if (!altText.success) throw DomainError.badInput([{ path: 'x-alt-text', message: 'At most 300 characters.' }]);
      if (workshop.cancelledAt) throw new DomainError(ErrorCode.CONFLICT, 'The workshop is cancelled.', { reason: 'WORKSHOP_CANCELLED' });
      if (workshop.startsAt.getTime() > Date.now()) {
        throw new DomainError(ErrorCode.CONFLICT, 'Photos can be added once the workshop has started.', { reason: 'WORKSHOP_NOT_STARTED' });
      }

      const existing = await this.service.existingAttachment(workshop.id, clientId.data);
      if (existing) {
        res.status(200).json(describe(existing));
        return;
      }
      const type = (req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!(WORKSHOP_ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(type)) throw new UploadError(415, 'Send the photo as image/jpeg or image/png.');
      const declared = Number(req.header('content-length'));
      if (Number.isFinite(declared) && declared > WORKSHOP_ATTACHMENT_MAX_BYTES) throw new UploadError(413, 'The photo is larger than 10 MB.');
      const body = await readBody(req, WORKSHOP_ATTACHMENT_MAX_BYTES);
      const { attachment, created } = await this.service.addAttachment(viewer, workshop, clientId.data, altText.data, body);
      res.status(created ? 201 : 200).json(describe(attachment));
    } catch (error) {
      sendError(res, error);
    }
  }

  @Get(':id/attachments/:attachmentId')
  async serve(@Param('id') id: string, @Param('attachmentId') attachmentId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.sessions.viewerFor(this.sessions.tokenOf(req));
      const { attachment, body, published } = await this.service.readAttachment(viewer, id, attachmentId, new RequestLoaders(this.moduleRef));
      const etag = `"${attachment.id}"`;
      // Stored photos never change (a new photo gets a new id); a published one may be cached anywhere for a while.
      res.setHeader('Cache-Control', published ? 'public, max-age=3600' : 'private, max-age=300');
      res.setHeader('ETag', etag);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (req.header('if-none-match') === etag) {
        res.status(304).end();
        return;
      }
      res.setHeader('Content-Type', attachment.contentType);
      res.setHeader('Content-Length', String(body.length));
      res.setHeader('Content-Disposition', `inline; filename="${attachment.id}.${attachment.contentType === 'image/png' ? 'png' : 'jpg'}"`);
      res.status(200).end(body);
    } catch (error) {
      sendError(res, error);
    }
  }
}
