import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';

export interface HealthReport {
  status: 'ok' | 'error';
  database: { status: 'up' | 'down'; latencyMs?: number; pendingMigrations?: boolean };
}

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 when the database answers and has every migration; 503 otherwise. */
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      const pendingMigrations = await this.dataSource.showMigrations();
      const status = pendingMigrations ? 'error' : 'ok';
      if (pendingMigrations) res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status, database: { status: 'up', latencyMs, pendingMigrations } };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: { status: 'down' } };
    }
  }
}
