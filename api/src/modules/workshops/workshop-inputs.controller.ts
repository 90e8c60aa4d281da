import type { Locale } from '@medskapa/shared';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request, Response } from 'express';
import { RequestLoaders } from '../../graphql/loader-registry';
import { requestLocale } from '../../graphql/request-locale';
import { SessionsService } from '../auth/sessions.service';
import { csvRow, UTF8_BOM } from '../open-data/open-data.format';
import { OrganizationsLoaders } from '../organizations/organizations.loaders';
import { PlacesLoaders } from '../places/places.loaders';
import type { Workshop } from './workshop.entity';
import { sendError } from './workshop-attachments.controller';
import { WorkshopOutcomeService } from './workshop-outcome.service';

export const WORKSHOP_INPUT_CSV_COLUMNS = [
  'workshop_id',
  'workshop_title',
  'workshop_date',
  'workshop_place',
  'organization',
  'input_status',
  'input_text',
  'goal_codes',
  'priority',
  'dot_votes',
  'input_place',
] as const;

/** A multi-language text in the reader's language, else the organizer's. */
function titleIn(workshop: Workshop, locale: Locale): string {
  return workshop.title[locale] ?? workshop.title[workshop.originalLocale] ?? Object.values(workshop.title)[0] ?? '';
}

/** The workshop's day as people in Kalix see it (YYYY-MM-DD). */
function dayOf(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * GET /workshops/:id/inputs.csv: one row per input (RFC 4180, UTF-8 with BOM, formula guard as in
 * the open-data export). Everyone once the outcome is published (PUBLISHED inputs); managers also
 * before, with DRAFT inputs. Hidden inputs are never exported. Goal codes are separated by "; ".
 */
@Controller('workshops')
export class WorkshopInputsController {
  constructor(
    private readonly service: WorkshopOutcomeService,
    private readonly sessions: SessionsService,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Get(':id/inputs.csv')
  async inputsCsv(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.sessions.viewerFor(this.sessions.tokenOf(req));
      const loaders = new RequestLoaders(this.moduleRef);
      const workshop = await this.service.workshopById(id, loaders);
      await this.service.requireOutcomeVisible(viewer, workshop, loaders);
      const inputs = await this.service.inputs(viewer, workshop, loaders);
      const locale = requestLocale(req);
      const [organization, workshopPlace, goals, places] = await Promise.all([
        loaders.get(OrganizationsLoaders).organizationById.load(workshop.organizationId),
        workshop.placeId ? loaders.get(PlacesLoaders).placeById.load(workshop.placeId) : null,
        Promise.all(inputs.map((input) => this.service.goalsOf(input, loaders))),
        Promise.all(inputs.map((input) => this.service.placeOf(input, loaders))),
      ]);
      const title = titleIn(workshop, locale);
      let body = UTF8_BOM + csvRow([...WORKSHOP_INPUT_CSV_COLUMNS]);
      inputs.forEach((input, index) => {
        body += csvRow([
          workshop.id,
          title,
          dayOf(workshop.startsAt),
          workshopPlace?.name ?? null,
          organization?.name ?? null,
          input.status,
          input.text,
          goals[index]!.map((goal) => goal.code),
          input.priority,
          input.dotVotes,
          places[index]?.name ?? null,
        ]);
      });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
      res.setHeader('Content-Disposition', `attachment; filename="workshop-${workshop.id}-inputs.csv"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.status(200).send(body);
    } catch (error) {
      sendError(res, error);
    }
  }
}
