import { ErrorCode } from '@medskapa/shared';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error';
import { RequestLoaders } from '../../graphql/loader-registry';
import { requestLocale } from '../../graphql/request-locale';
import { workshopCalendar } from './workshop-ics';
import { WorkshopsService, workshopText } from './workshops.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 404,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * GET /workshops/:id.ics, public: the workshop as an iCalendar event (texts in the request's
 * language), STATUS:CANCELLED once cancelled, so calendars that subscribed update.
 */
@Controller('workshops')
export class WorkshopsController {
  constructor(
    private readonly service: WorkshopsService,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Get(':file')
  async ics(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const match = /^(.+)\.ics$/.exec(file);
      if (!match) throw DomainError.notFound('workshop', file);
      const loaders = new RequestLoaders(this.moduleRef);
      const workshop = await this.service.byId(match[1]!, loaders);
      const [place, municipality] = await Promise.all([this.service.placeOf(workshop, loaders), this.service.municipalityOf(workshop, loaders)]);
      const locale = requestLocale(req);
      const body = workshopCalendar({
        uid: `${workshop.id}@medskapa`,
        stamp: new Date(),
        start: workshop.startsAt,
        end: workshop.endsAt,
        summary: workshopText(workshop.title, locale, workshop.originalLocale) ?? '',
        location: place ? `${workshop.venue}, ${place.name}` : workshop.venue,
        description: workshopText(workshop.description, locale, workshop.originalLocale) ?? '',
        url: this.service.pageUrl(workshop, municipality.slug),
        cancelled: workshop.cancelledAt !== null,
        lastModified: workshop.updatedAt,
      });
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="workshop-${workshop.id}.ics"`);
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Vary', 'Accept-Language, Cookie');
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
