import { isLocale, type Locale } from '@medskapa/shared';
import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { LANG_COOKIE } from '../../graphql/request-locale';
import { SessionsService } from '../auth/sessions.service';
import { EidErrorCode } from './eid-claims';
import { EID_ATTEMPT_TTL_MS, EidFailure, EidService } from './eid.service';

/** Binds an attempt to the browser that started it (login CSRF); holds only the attempt's random id. */
export const EID_ATTEMPT_COOKIE = 'medskapa_eid_attempt';
const COOKIE_PATH = '/auth/eid';

/**
 * REST, because the browser is redirected: /auth/eid/start → the provider → /auth/eid/callback →
 * back into the app. Every outcome is a 302; failures go to /login?eidError=<code>, never a 500.
 */
@Controller('auth/eid')
export class EidController {
  private readonly logger = new Logger('Eid');

  constructor(
    private readonly eid: EidService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('start')
  async start(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo: unknown): Promise<void> {
    try {
      const viewer = await this.sessions.viewerFor(this.sessions.tokenOf(req));
      const started = await this.eid.start({ returnTo, viewer, clientAddress: req.ip ?? 'unknown', locale: localeOf(req) });
      res.cookie(EID_ATTEMPT_COOKIE, started.attemptId, { ...this.attemptCookie(), maxAge: EID_ATTEMPT_TTL_MS });
      this.redirect(res, started.redirectUrl);
    } catch (error) {
      this.fail(res, error, 'start');
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const attemptId = (req.cookies as Record<string, unknown> | undefined)?.[EID_ATTEMPT_COOKIE];
    res.clearCookie(EID_ATTEMPT_COOKIE, this.attemptCookie());
    try {
      const rawQuery = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
      const signedIn = await this.eid.finish({
        query: new URLSearchParams(rawQuery),
        attemptId: typeof attemptId === 'string' ? attemptId : null,
        locale: localeOf(req),
      });
      this.sessions.setCookie(res, signedIn.token, signedIn.expiresAt);
      this.logger.log(`e-ID sign-in: ${signedIn.outcome} (${signedIn.user.assuranceLevel})`);
      this.redirect(res, signedIn.returnTo);
    } catch (error) {
      this.fail(res, error, 'callback');
    }
  }

  private attemptCookie(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.isProduction, path: COOKIE_PATH };
  }

  private redirect(res: Response, location: string): void {
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, location);
  }

  /** Logs what went wrong (never personal data) and sends the browser to the sign-in page with a code. */
  private fail(res: Response, error: unknown, step: string): void {
    if (error instanceof EidFailure) {
      this.logger.warn(`e-ID ${step} failed (${error.code}): ${error.reason}`);
    } else {
      this.logger.error(`e-ID ${step} failed unexpectedly: ${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}`);
    }
    const code = error instanceof EidFailure ? error.code : EidErrorCode.FAILED;
    this.redirect(res, `/login?eidError=${code}`);
  }
}

/** New accounts take the language the person chose in the app (the `lang` cookie), else Swedish. */
function localeOf(req: Request): Locale {
  const lang = (req.cookies as Record<string, unknown> | undefined)?.[LANG_COOKIE];
  return isLocale(lang) ? lang : 'sv';
}
