import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { csvHeader, csvRecord, UTF8_BOM } from './open-data.format';
import { OpenDataService } from './open-data.service';

type Format = 'csv' | 'json';

const CONTENT_TYPE: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/** Today in Sweden, for file names: 2026-11-22. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Writes a chunk, waiting for the socket to drain when its buffer is full; false once the client has gone. */
async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(chunk)) return true;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
  return !res.destroyed;
}

/**
 * Open data (public, no sign-in, CORS open): every idea of a municipality that is not hidden, as
 * CSV or JSON, without personal data. Streamed page by page, so the size of the municipality does
 * not matter to memory. The columns are documented in README.md ("Open data").
 */
@Controller('open-data')
export class OpenDataController {
  private readonly logger = new Logger(OpenDataController.name);

  constructor(private readonly service: OpenDataService) {}

  @Get('ideas.csv')
  csv(@Query('municipality') municipality: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.export('csv', municipality, req, res);
  }

  @Get('ideas.json')
  json(@Query('municipality') municipality: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.export('json', municipality, req, res);
  }

  private async export(format: Format, slug: unknown, req: Request, res: Response): Promise<void> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    // Helmet's default (same-origin) would stop other sites' pages from using the data.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (slug === undefined || slug === '') {
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: 'Give the municipality, e.g. ?municipality=kalix.' } });
      return;
    }
    const municipality = await this.service.municipality(slug);
    if (!municipality) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: `No municipality matches "${String(slug)}".` } });
      return;
    }

    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPE[format]);
    const disposition = format === 'csv' ? 'attachment' : 'inline';
    res.setHeader('Content-Disposition', `${disposition}; filename="${municipality.slug}-ideas-${today()}.${format}"`);
    res.setHeader('Cache-Control', 'public, max-age=300');

    let aborted = false;
    req.on('close', () => {
      if (!res.writableEnded) aborted = true;
    });
    try {
      let first = true;
      if (!(await write(res, format === 'csv' ? UTF8_BOM + csvHeader() : '['))) return;
      for await (const page of this.service.ideaPages(municipality)) {
        if (aborted) return;
        const chunk =
          format === 'csv'
            ? page.map(csvRecord).join('')
            : page.map((record) => {
                const text = `${first ? '' : ','}\n${JSON.stringify(record)}`;
                first = false;
                return text;
              }).join('');
        if (!(await write(res, chunk))) return;
      }
      if (format === 'json') await write(res, first ? ']' : '\n]');
      res.end();
    } catch (error) {
      // Headers are sent: the only honest signal left is a broken download.
      this.logger.error(`Open-data export of ${municipality.slug} failed: ${error instanceof Error ? error.message : String(error)}`);
      res.destroy();
    }
  }
}
