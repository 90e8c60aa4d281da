import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { DigestService } from './digest.service';

/** How often the process looks for people due a digest; each gets at most one a day. */
export const DIGEST_TICK_MS = 10 * 60 * 1000;

/**
 * Runs the daily digest in-process. Every API process ticks; the digest's row locks make that
 * safe, so no leader election is needed. Off in tests, which call DigestService directly.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DigestScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly digests: DigestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => void this.tick(), DIGEST_TICK_MS);
    // Never keep the process alive just for the digest.
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    // A slow run (many people) must not overlap with the next tick of the same process.
    if (this.running) return;
    this.running = true;
    try {
      const run = await this.digests.sendDailyDigests();
      if (run.emails > 0) this.logger.log(`Sent ${run.emails} daily digest e-mails.`);
    } catch (error) {
      this.logger.error(`Daily digest failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
