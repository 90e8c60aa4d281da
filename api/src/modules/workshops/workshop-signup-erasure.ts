import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { WorkshopSignupsService } from './workshop-signups.service';

/** How often the process erases names and addresses of sign-ups of workshops that ended over a day ago. */
export const SIGNUP_ERASURE_TICK_MS = 60 * 60 * 1000;

/**
 * Runs the erasure in-process, like the digest. Every API process ticks; the erasure is one
 * UPDATE that only touches rows not yet erased, so two processes at once erase each row once.
 * Off in tests, which call WorkshopSignupsService.erasePastSignupPersonalData directly.
 */
@Injectable()
export class WorkshopSignupErasureScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkshopSignupErasureScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly signups: WorkshopSignupsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => void this.tick(), SIGNUP_ERASURE_TICK_MS);
    this.timer.unref();
    // Also once shortly after start, so a process that restarts often still erases.
    setTimeout(() => void this.tick(), 60_000).unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const erased = await this.signups.erasePastSignupPersonalData(new Date());
      if (erased > 0) this.logger.log(`Erased personal data of ${erased} workshop sign-ups.`);
    } catch (error) {
      this.logger.error(`Workshop sign-up erasure failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
