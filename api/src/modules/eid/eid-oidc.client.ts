import type { Locale } from '@medskapa/shared';
import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import type { AppConfig, EidConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';

export const EID_CALLBACK_PATH = '/auth/eid/callback';

export interface EidAuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface EidChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What the provider said about the person: the validated ID token's claims, completed from userinfo. */
export type EidClaims = Record<string, unknown>;

// The provider's pages in the reader's language where it has it (Meänkieli readers get Swedish).
const UI_LOCALES: Record<Locale, string> = { sv: 'sv', fi: 'fi sv', fit: 'sv fi' };

/**
 * The OpenID Connect relying party (openid-client): discovery once per process, then the
 * authorization code flow with PKCE (S256), state and nonce. Kept apart from the rules in
 * EidService so those can be tested without a provider.
 */
@Injectable()
export class EidOidcClient {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The redirect URI registered with the provider. */
  get redirectUri(): string {
    return `${this.config.publicUrl}${EID_CALLBACK_PATH}`;
  }

  private get eid(): EidConfig {
    if (!this.config.eid) throw new Error('e-ID is not configured (EID_ISSUER is unset)');
    return this.config.eid;
  }

  /** Fetches the provider's metadata on first use; a failure is not cached, so the next sign-in retries. */
  private discover(): Promise<oidc.Configuration> {
    const eid = this.eid;
    // http:// issuers are refused in production by the configuration; they exist for local tests.
    const insecure = new URL(eid.issuer).protocol === 'http:';
    this.configuration ??= oidc
      .discovery(new URL(eid.issuer), eid.clientId, undefined, oidc.ClientSecretBasic(eid.clientSecret), {
        execute: insecure ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  async authorizationRequest(locale: Locale): Promise<EidAuthorizationRequest> {
    const configuration = await this.discover();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      response_type: 'code',
      scope: this.eid.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      // Always a fresh identification: no single sign-on from a provider session a previous
      // person left behind on a shared computer (libraries, Folkets hus).
      prompt: 'login',
      ui_locales: UI_LOCALES[locale],
    });
    return { url, state, nonce, codeVerifier };
  }

  /**
   * Exchanges the code from the callback's query (checking state, the `iss` parameter, PKCE and
   * the ID token's signature, audience, expiry and nonce) and returns the ID token's claims. When
   * the personnummer or the name is not in the ID token, they are fetched from userinfo.
   */
  async exchange(callbackQuery: URLSearchParams, checks: EidChecks): Promise<EidClaims> {
    const configuration = await this.discover();
    const currentUrl = new URL(this.redirectUri);
    currentUrl.search = callbackQuery.toString();
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('The token response has no ID token');
    const claims: EidClaims = { ...idToken };
    const missingName = claims.name === undefined && claims.given_name === undefined;
    if ((claims[this.eid.personalNumberClaim] === undefined || missingName) && tokens.access_token) {
      const userinfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      // The signed ID token wins where both have a claim.
      return { ...userinfo, ...claims };
    }
    return claims;
  }
}

/** An openid-client error as a log line: name, code and message only, never the claims in `cause`. */
export function describeOidcError(error: unknown): string {
  if (error instanceof oidc.ResponseBodyError) return `${error.name} ${error.status} ${error.error}`;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
  }
  return 'unknown error';
}
