import { ErrorCode } from '@medskapa/shared';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error';
import { RequestLoaders } from '../../graphql/loader-registry';
import { requestLocale } from '../../graphql/request-locale';
import { textIn } from '../../graphql/localized.types';
import { SessionsService } from '../auth/sessions.service';
import { csvRow, UTF8_BOM } from '../open-data/open-data.format';
import { PollsService } from './polls.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * GET /polls/:id/results.csv for the poll's managers (session cookie or Bearer token, as for
 * GraphQL): one row per option, then one per batch (class), then the total. Option texts are in
 * the request's language.
 */
@Controller('polls')
export class PollsController {
  constructor(
    private readonly service: PollsService,
    private readonly sessions: SessionsService,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Get(':id/results.csv')
  async resultsCsv(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.sessions.viewerFor(this.sessions.tokenOf(req));
      const loaders = new RequestLoaders(this.moduleRef);
      const poll = await this.service.byId(id, loaders);
      if (!viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'You need to sign in to do this.');
      if (!(await this.service.canManage(viewer, poll, loaders))) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only leaders of the organization and officers of the municipality can export results.');
      }
      const results = await this.service.results(viewer, poll.id, loaders);
      const locale = requestLocale(req);
      const share = (n: number) => Number(n.toFixed(4));
      let body = UTF8_BOM + csvRow(['kind', 'position', 'label', 'votes', 'codes_issued', 'share']);
      for (const row of results.options) body += csvRow(['option', row.option.position + 1, textIn(row.option.text, locale), row.count, null, share(row.share)]);
      for (const row of results.byBatch) body += csvRow(['batch', null, row.batch.label ?? '', row.votes, row.codesIssued, null]);
      body += csvRow(['total', null, textIn(poll.question, locale), results.totalVotes ?? 0, results.codesIssued ?? 0, share(results.turnout ?? 0)]);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
      res.setHeader('Content-Disposition', `attachment; filename="poll-${poll.shortCode}-results.csv"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.status(200).send(body);
    } catch (error) {
      if (error instanceof DomainError) {
        res.status(STATUS[error.code] ?? 400).json({ error: { code: error.code, message: error.message } });
        return;
      }
      throw error;
    }
  }
}
