import { ErrorCode } from '@medskapa/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { RATE_LIMITS, type RateLimitName } from './rate-limits';

/**
 * Fixed-window counters in PostgreSQL: one atomic upsert per hit, so several API processes
 * behind a load balancer enforce one limit together.
 */
@Injectable()
export class RateLimitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one hit; RATE_LIMITED (with retryAfter in seconds) once the window's limit is passed. */
  async hit(name: RateLimitName, subject: string): Promise<void> {
    if (!this.config.rateLimits) return;
    const { limit, windowSeconds } = RATE_LIMITS[name];
    // A window opens at a bucket's first hit and lasts windowSeconds; a hit after it opens a new one.
    const rows: Array<{ hits: number; retry_after: number }> = await this.dataSource.query(
      `INSERT INTO rate_limit_counter AS c (bucket, window_start, hits) VALUES ($1, now(), 1)
       ON CONFLICT (bucket) DO UPDATE SET
         hits = CASE WHEN c.window_start > now() - make_interval(secs => $2) THEN c.hits + 1 ELSE 1 END,
         window_start = CASE WHEN c.window_start > now() - make_interval(secs => $2) THEN c.window_start ELSE now() END
       RETURNING hits, ceil(extract(epoch FROM (window_start + make_interval(secs => $2)) - now()))::int AS retry_after`,
      [`${name}:${subject}`, windowSeconds],
    );
    const { hits, retry_after: retryAfter } = rows[0]!;
    if (Math.random() < 0.01) void this.pruneOldWindows();
    if (hits > limit) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfter} seconds.`, {
        retryAfter: Math.max(1, retryAfter),
      });
    }
  }

  private async pruneOldWindows(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE window_start < now() - interval '2 days'`).catch(() => undefined);
  }
}
