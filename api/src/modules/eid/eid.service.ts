import { AssuranceLevel, ErrorCode, type Locale } from '@medskapa/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { SessionsService } from '../auth/sessions.service';
import { hashToken, keyedHash } from '../auth/tokens';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { User } from '../users/user.entity';
import type { EidLoginOptions } from './dto/eid-login-options';
import { assuranceLevelOf, displayNameFrom, EidErrorCode, normalizeSubject, safeReturnTo } from './eid-claims';
import { EidLoginAttempt } from './eid-login-attempt.entity';
import { describeOidcError, EidOidcClient } from './eid-oidc.client';

export const EID_START_PATH = '/auth/eid/start';
export const EID_ATTEMPT_TTL_MS = 10 * 60 * 1000;

/**
 * A sign-in that cannot go on. `code` goes to the browser (`/login?eidError=…`); `reason` only to
 * the server log and never holds personal data.
 */
export class EidFailure extends Error {
  constructor(
    readonly code: EidErrorCode,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export interface EidStarted {
  /** The provider's authorization endpoint with the request. */
  redirectUrl: string;
  /** Set as a cookie, so only the browser that started the sign-in can finish it. */
  attemptId: string;
  expiresAt: Date;
}

export interface EidSignedIn {
  token: string;
  expiresAt: Date;
  user: User;
  returnTo: string;
  /** How the account was found: by its e-ID, newly linked to the signed-in person, or created. */
  outcome: 'SIGNED_IN' | 'LINKED' | 'CREATED';
}

interface ConsumedAttempt {
  id: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  link_user_id: string | null;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } })?.driverError?.code === '23505';
}

/** Sign-in with e-ID over OpenID Connect. The personnummer is only ever held as keyedHash(secret, number). */
@Injectable()
export class EidService {
  private readonly logger = new Logger('Eid');

  constructor(
    @InjectRepository(EidLoginAttempt) private readonly attempts: Repository<EidLoginAttempt>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly oidc: EidOidcClient,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  options(): EidLoginOptions {
    const eid = this.config.eid;
    return { enabled: !!eid, displayName: eid?.displayName ?? null, startUrl: eid ? EID_START_PATH : null };
  }

  /** Records the attempt (PKCE verifier, nonce, hashed state, return path) and builds the provider URL. */
  async start(input: { returnTo: unknown; viewer: Viewer | null; clientAddress: string; locale: Locale }): Promise<EidStarted> {
    if (!this.config.eid) throw new EidFailure(EidErrorCode.FAILED, 'e-ID sign-in is not configured');
    try {
      await this.rateLimits.hit('loginPerClient', input.clientAddress);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.RATE_LIMITED) {
        throw new EidFailure(EidErrorCode.FAILED, 'too many sign-in attempts from this client address');
      }
      throw error;
    }
    await this.deleteStaleAttempts();
    let request;
    try {
      request = await this.oidc.authorizationRequest(input.locale);
    } catch (error) {
      throw new EidFailure(EidErrorCode.FAILED, `provider discovery failed: ${describeOidcError(error)}`);
    }
    const expiresAt = new Date(Date.now() + EID_ATTEMPT_TTL_MS);
    const attempt = await this.attempts.save(
      this.attempts.create({
        stateHash: hashToken(request.state),
        codeVerifier: request.codeVerifier,
        nonce: request.nonce,
        returnTo: safeReturnTo(input.returnTo),
        linkUserId: input.viewer?.userId ?? null,
        expiresAt,
      }),
    );
    return { redirectUrl: request.url.href, attemptId: attempt.id, expiresAt };
  }

  /**
   * The provider's redirect back: consumes the attempt (once), exchanges the code, finds the
   * account by the hashed personnummer (or links it to the person who started, or creates one),
   * marks it verified and opens an EID session.
   */
  async finish(input: { query: URLSearchParams; attemptId: string | null; locale: Locale }): Promise<EidSignedIn> {
    const eid = this.config.eid;
    if (!eid) throw new EidFailure(EidErrorCode.FAILED, 'e-ID sign-in is not configured');
    const { query } = input;
    const state = query.get('state');
    if (!state || state.length > 512) throw new EidFailure(EidErrorCode.EXPIRED, 'callback without a state');
    const attempt = await this.consume(state);
    if (!attempt) throw new EidFailure(EidErrorCode.EXPIRED, 'unknown, expired or already used state');
    if (attempt.id !== input.attemptId) {
      throw new EidFailure(EidErrorCode.FAILED, 'the attempt cookie does not match the state (another browser?)');
    }
    const providerError = query.get('error');
    if (providerError) {
      const code = providerError === 'access_denied' ? EidErrorCode.CANCELLED : EidErrorCode.FAILED;
      throw new EidFailure(code, `the provider answered with error "${providerError.replace(/[^\w.-]/g, '').slice(0, 64)}"`);
    }

    let claims;
    try {
      claims = await this.oidc.exchange(query, { state, nonce: attempt.nonce, codeVerifier: attempt.code_verifier });
    } catch (error) {
      throw new EidFailure(EidErrorCode.FAILED, `code exchange or ID token validation failed: ${describeOidcError(error)}`);
    }
    const subject = normalizeSubject(claims[eid.personalNumberClaim]);
    if (!subject) throw new EidFailure(EidErrorCode.FAILED, `neither the ID token nor userinfo has a usable "${eid.personalNumberClaim}" claim`);
    let assuranceLevel = assuranceLevelOf(claims.acr);
    if (!assuranceLevel) {
      this.logger.warn(`Unrecognised acr ${JSON.stringify(String(claims.acr ?? '')).slice(0, 120)}; recording LOW`);
      assuranceLevel = AssuranceLevel.LOW;
    }
    const subjectHash = keyedHash(this.config.secret, subject);

    const account = { subjectHash, assuranceLevel, linkUserId: attempt.link_user_id, claims, locale: input.locale };
    let signedIn: Omit<EidSignedIn, 'returnTo'>;
    try {
      signedIn = await this.signIn(account);
    } catch (error) {
      // Two first sign-ins with the same e-ID at once: the other one created the account; use it.
      if (!isUniqueViolation(error)) throw error;
      signedIn = await this.signIn(account);
    }
    await this.deleteStaleAttempts();
    return { ...signedIn, returnTo: attempt.return_to };
  }

  private signIn(input: {
    subjectHash: string;
    assuranceLevel: AssuranceLevel;
    linkUserId: string | null;
    claims: Record<string, unknown>;
    locale: Locale;
  }): Promise<Omit<EidSignedIn, 'returnTo'>> {
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(User);
      const verified = { assuranceLevel: input.assuranceLevel, identityVerifiedAt: new Date() };
      let user = await users.findOneBy({ eidSubjectHash: input.subjectHash });
      let outcome: EidSignedIn['outcome'];
      if (user) {
        if (user.deletedAt) throw new EidFailure(EidErrorCode.FAILED, 'the account of this e-ID was deleted');
        if (input.linkUserId && input.linkUserId !== user.id) {
          throw new EidFailure(EidErrorCode.FAILED, 'this e-ID is already linked to another account');
        }
        await users.update({ id: user.id }, verified);
        outcome = 'SIGNED_IN';
      } else if (input.linkUserId) {
        user = await users.findOneBy({ id: input.linkUserId });
        if (!user || user.deletedAt) throw new EidFailure(EidErrorCode.FAILED, 'the account to link no longer exists');
        if (user.eidSubjectHash) throw new EidFailure(EidErrorCode.FAILED, 'the account is already linked to another e-ID');
        await users.update({ id: user.id }, { ...verified, eidSubjectHash: input.subjectHash });
        outcome = 'LINKED';
      } else {
        user = await users.save(
          users.create({
            email: null,
            passwordHash: null,
            displayName: displayNameFrom(input.claims, input.locale),
            locale: input.locale,
            eidSubjectHash: input.subjectHash,
            ...verified,
          }),
        );
        outcome = 'CREATED';
      }
      const { token, session } = await this.sessions.create(user.id, 'EID', manager);
      return { token, expiresAt: session.expiresAt, user: { ...user, ...verified } as User, outcome };
    });
  }

  /** Marks the attempt used in the statement that checks it, so a state works exactly once. */
  private async consume(state: string): Promise<ConsumedAttempt | null> {
    const result = await this.attempts
      .createQueryBuilder()
      .update()
      .set({ consumedAt: () => 'now()' })
      .where('state_hash = :hash AND consumed_at IS NULL AND expires_at > now()', { hash: hashToken(state) })
      .returning(['id', 'codeVerifier', 'nonce', 'returnTo', 'linkUserId'])
      .execute();
    return (result.raw as ConsumedAttempt[])[0] ?? null;
  }

  /** Opportunistic clean-up: used and expired attempts serve no purpose. */
  private async deleteStaleAttempts(): Promise<void> {
    await this.attempts
      .createQueryBuilder()
      .delete()
      .where('consumed_at IS NOT NULL OR expires_at <= now()')
      .execute();
  }
}
