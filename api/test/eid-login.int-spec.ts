import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keyedHash } from '../src/modules/auth/tokens';
import { freePort } from './support/free-port';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Sign-in with e-ID end to end against a real OpenID Connect provider (the `oidc-provider`
 * package) started here on a free port: no mocks. The "person at the provider" is the
 * interaction route below, which logs in the account the test chose and grants consent.
 * Requests are plain fetch with redirect: 'manual', cookies carried by hand per browser.
 */

const PNR_CLAIM = 'https://id.oidc.se/claim/personalIdentityNumber';
const LOA3 = 'http://id.elegnamnden.se/loa/1.0/loa3';
const LOA4 = 'http://id.elegnamnden.se/loa/1.0/loa4';
const CLIENT_ID = 'medskapa-kalix';
const CLIENT_SECRET = 'a-client-secret-only-the-test-provider-knows';

// Skatteverket's test personnummer (never issued to a real person).
const ANNA = { sub: 'anna-at-broker', pnr: '198112189876', given_name: 'Anna', family_name: 'Nilsson', acr: LOA3 };
const MATTI = { sub: 'matti-at-broker', pnr: '199001012384', given_name: 'Matti', family_name: 'Keinänen', acr: LOA4 };
const EEVA = { sub: 'eeva-at-broker', pnr: '197002102395', given_name: 'Eeva', family_name: 'Lampinen', acr: LOA3 };
const OLLE = { sub: 'olle-at-broker', pnr: '196505052381', given_name: 'Olle', family_name: 'Lind', acr: LOA3 };
type TestPerson = typeof ANNA;
const PEOPLE = [ANNA, MATTI, EEVA, OLLE];

// ---------------------------------------------------------------------------------------------
// The OpenID Connect provider

/** The parts of oidc-provider's API this test uses (the package ships no TypeScript types). */
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<{ uid: string; params: Record<string, string> }>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission: boolean }): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => { addOIDCScope(scope: string): void; save(): Promise<string> };
}

interface TestProvider {
  issuer: string;
  /** What the person does at the provider next: sign in as someone, or cancel. */
  next: { person: TestPerson } | { cancel: true };
  /** The paths of every request the provider received, e.g. '/me' for userinfo. */
  paths: string[];
  close(): Promise<void>;
}

async function startProvider(options: { redirectUri: string; claimsInIdToken: boolean }): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-signing-key', use: 'sig', alg: 'RS256' };
  const specifier = 'oidc-provider'; // ESM only: loaded with import(), as CommonJS cannot require it here
  const { default: Provider } = (await import(specifier)) as { default: new (issuer: string, config: object) => OidcProvider };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    jwks: { keys: [signingKey] },
    cookies: { keys: ['test-provider-cookie-key'] },
    acrValues: [LOA3, LOA4],
    // acr in every ID token (as Swedish brokers do); the personnummer claim with `profile`, like the name.
    claims: { openid: ['sub', 'acr'], profile: ['name', 'given_name', 'family_name', PNR_CLAIM] },
    // true (the default): scope claims go only to userinfo; false: into the ID token as well.
    conformIdTokenClaims: !options.claimsInIdToken,
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      const person = PEOPLE.find((p) => p.sub === sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          name: `${person.given_name} ${person.family_name}`,
          given_name: person.given_name,
          family_name: person.family_name,
          [PNR_CLAIM]: person.pnr,
        }),
      };
    },
  });

  const state: TestProvider = { issuer, next: { person: ANNA }, paths: [], close: async () => undefined };
  const handle = provider.callback();
  const server: Server = createServer((req, res) => {
    state.paths.push(new URL(req.url ?? '/', issuer).pathname);
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    // The person at the provider: identifies (BankID would happen here) and consents, or cancels.
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const next = state.next;
      if ('cancel' in next) {
        await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled.' }, { mergeWithLastSubmission: false });
        return;
      }
      const grant = new provider.Grant({ accountId: next.person.sub, clientId: details.params.client_id! });
      grant.addOIDCScope(details.params.scope!);
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: next.person.sub, acr: next.person.acr }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

// ---------------------------------------------------------------------------------------------
// A browser: cookies per origin, redirects followed by hand

class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookieHeader(url: string): string {
    return [...(this.jars.get(new URL(url).origin) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  cookie(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).origin)?.get(name);
  }

  /** Forgets every cookie of the origin of `url`. */
  clearCookies(url: string): void {
    this.jars.delete(new URL(url).origin);
  }

  setCookie(url: string, name: string, value: string): void {
    const origin = new URL(url).origin;
    if (!this.jars.has(origin)) this.jars.set(origin, new Map());
    this.jars.get(origin)!.set(name, value);
  }

  private store(url: string, response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const name = pair!.slice(0, pair!.indexOf('=')).trim();
      const value = pair!.slice(pair!.indexOf('=') + 1).trim();
      const expired = attributes.some((a) => {
        const [key, val] = a.trim().split('=');
        return (key!.toLowerCase() === 'max-age' && Number(val) <= 0) || (key!.toLowerCase() === 'expires' && new Date(val!).getTime() < Date.now());
      });
      if (expired || value === '') this.jars.get(new URL(url).origin)?.delete(name);
      else this.setCookie(url, name, value);
    }
  }

  async get(url: string): Promise<Response> {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: this.cookieHeader(url), accept: 'text/html' } });
    this.store(url, response);
    return response;
  }

  /**
   * Follows redirects from `url` until one leaves /auth/eid/ on the app (the page the person
   * lands on) or a response is not a redirect. `stopAt` ends early at a URL matching it.
   */
  async follow(url: string, appUrl: string, stopAt?: RegExp): Promise<{ landing: string; chain: string[]; status: number }> {
    const chain: string[] = [];
    let current = url;
    for (let hop = 0; hop < 20; hop++) {
      chain.push(current);
      if (stopAt?.test(current)) return { landing: current, chain, status: 0 };
      const response = await this.get(current);
      await response.text();
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        return { landing: current, chain, status: response.status };
      }
      const next = new URL(location, current);
      if (next.origin === new URL(appUrl).origin && !next.pathname.startsWith('/auth/eid/')) {
        chain.push(next.href);
        return { landing: location, chain, status: response.status };
      }
      current = next.href;
    }
    throw new Error(`too many redirects: ${chain.join(' → ')}`);
  }
}

// ---------------------------------------------------------------------------------------------

const ME = `{ me { id displayName locale verification { assuranceLevel verifiedAt } } }`;
interface Me {
  me: { id: string; displayName: string; locale: string; verification: { assuranceLevel: string; verifiedAt: string } | null } | null;
}

describe('sign-in with e-ID against a locally started OpenID Connect provider', () => {
  let api: TestApp;
  let provider: TestProvider;
  let db: DataSource;
  const output: string[] = [];

  beforeAll(async () => {
    // Everything the app logs, to prove no personnummer reaches the log.
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
        output.push(String(chunk));
        return true;
      });
    }
    const appPort = await freePort();
    const appUrl = `http://127.0.0.1:${appPort}`;
    provider = await startProvider({ redirectUri: `${appUrl}/auth/eid/callback`, claimsInIdToken: false });
    api = await startTestApp({
      PORT: String(appPort),
      PUBLIC_URL: appUrl,
      LOG_LEVEL: 'log',
      EID_ISSUER: provider.issuer,
      EID_CLIENT_ID: CLIENT_ID,
      EID_CLIENT_SECRET: CLIENT_SECRET,
      EID_DISPLAY_NAME: 'BankID eller Freja eID',
    });
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
    await provider?.close();
    vi.restoreAllMocks();
  });

  /** One whole sign-in in `browser` as `person`: start → provider → interaction → callback → landing page. */
  async function signIn(browser: Browser, person: TestPerson, returnTo?: string) {
    provider.next = { person };
    // Swedish brokers identify afresh every time; the test provider would otherwise first ask to
    // sign out the previous person of its own single sign-on session (a form this browser cannot post).
    browser.clearCookies(provider.issuer);
    const start = `${api.url}/auth/eid/start${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`;
    return browser.follow(start, api.url);
  }

  const me = async (browser: Browser) =>
    (await api.graphql<Me>(ME, {}, { cookie: browser.cookieHeader(api.url) })).data!.me;

  const usersWithSubject = async (pnr: string) =>
    db.query(`SELECT id, email, password_hash, assurance_level, identity_verified_at FROM app_user WHERE eid_subject_hash = $1`, [
      keyedHash(api.config.secret, pnr),
    ]);

  it('tells the client that e-ID is offered, with the button label and where to start', async () => {
    const { data } = await api.graphql(`{ eidLogin { enabled displayName startUrl } }`);
    expect(data).toEqual({ eidLogin: { enabled: true, displayName: 'BankID eller Freja eID', startUrl: '/auth/eid/start' } });
  });

  it('redirects to the provider with PKCE (S256), state and nonce, keeping only a hash of the state', async () => {
    const browser = new Browser();
    const response = await browser.get(`${api.url}/auth/eid/start?returnTo=/kalix`);
    expect(response.status).toBe(302);
    const authorize = new URL(response.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    const params = Object.fromEntries(authorize.searchParams);
    expect(params).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: `${api.url}/auth/eid/callback`,
      scope: 'openid profile',
      code_challenge_method: 'S256',
      prompt: 'login',
    });
    expect(params.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.state).toBeTruthy();
    expect(params.nonce).toBeTruthy();
    const attemptId = browser.cookie(api.url, 'medskapa_eid_attempt');
    const [row] = await db.query(`SELECT * FROM eid_login_attempt WHERE id = $1`, [attemptId]);
    expect(row).toMatchObject({ return_to: '/kalix', link_user_id: null, consumed_at: null });
    expect(row.state_hash).not.toContain(params.state);
    expect(row.code_verifier).not.toBe(params.code_challenge);
    expect((new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()) / 1000).toBeCloseTo(10 * 60, -1);
    expect(response.headers.get('set-cookie')).toMatch(/medskapa_eid_attempt=.*HttpOnly.*SameSite=Lax/i);
  });

  it('creates a verified account on the first sign-in and lands on returnTo with an EID session', async () => {
    const browser = new Browser();
    browser.setCookie(api.url, 'lang', 'fi');
    const { landing, chain } = await signIn(browser, ANNA, '/kalix/ideas?tab=new');
    expect(landing).toBe('/kalix/ideas?tab=new');
    // The round trip really went through the provider and its interaction.
    expect(chain.some((url) => url.startsWith(`${provider.issuer}/interaction/`))).toBe(true);
    expect(chain.some((url) => url.startsWith(`${api.url}/auth/eid/callback?code=`))).toBe(true);

    const person = await me(browser);
    expect(person).toMatchObject({ displayName: 'Anna Nilsson', locale: 'fi', verification: { assuranceLevel: 'SUBSTANTIAL' } });
    expect(Date.now() - new Date(person!.verification!.verifiedAt).getTime()).toBeLessThan(60_000);
    const sessions = await api.graphql<{ mySessions: Array<{ method: string }> }>(`{ mySessions { method } }`, {}, { cookie: browser.cookieHeader(api.url) });
    expect(sessions.data!.mySessions).toEqual([{ method: 'EID' }]);
    const [account] = await usersWithSubject(ANNA.pnr);
    expect(account).toMatchObject({ id: person!.id, email: null, password_hash: null, assurance_level: 'SUBSTANTIAL' });
    // This provider keeps the personnummer out of the ID token: the app fetched it from userinfo.
    expect(provider.paths).toContain('/me');
  });

  it('signs the same person into the same account the next time (no duplicate), with the new level', async () => {
    const first = new Browser();
    await signIn(first, MATTI);
    const firstId = (await me(first))!.id;
    const second = new Browser();
    const { landing } = await signIn(second, { ...MATTI, acr: LOA3 });
    expect(landing).toBe('/');
    const again = await me(second);
    expect(again).toMatchObject({ id: firstId, displayName: 'Matti Keinänen', locale: 'sv', verification: { assuranceLevel: 'SUBSTANTIAL' } });
    expect(await usersWithSubject(MATTI.pnr)).toHaveLength(1);
  });

  it('links e-ID to the account of a signed-in person who starts it', async () => {
    const browser = new Browser();
    const register = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
      body: JSON.stringify({
        query: `mutation($input: RegisterInput!) { register(input: $input) { user { id } } }`,
        variables: { input: { email: `eeva.${randomUUID()}@example.se`, password: 'älven-fryser-i-november', displayName: 'Eeva L', locale: 'fit' } },
      }),
    });
    const { data } = (await register.json()) as { data: { register: { user: { id: string } } } };
    const session = /medskapa_session=([^;]+)/.exec(register.headers.get('set-cookie') ?? '')![1]!;
    browser.setCookie(api.url, 'medskapa_session', session);
    expect((await me(browser))!.verification).toBeNull();

    const { landing } = await signIn(browser, EEVA, '/profile');
    expect(landing).toBe('/profile');
    const person = await me(browser);
    // Same account, its own name and language kept, now verified.
    expect(person).toMatchObject({ id: data.register.user.id, displayName: 'Eeva L', locale: 'fit', verification: { assuranceLevel: 'SUBSTANTIAL' } });
    const [account] = await usersWithSubject(EEVA.pnr);
    expect(account.id).toBe(data.register.user.id);
    expect(account.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses to link an e-ID that already belongs to another account, changing nothing', async () => {
    const annaBrowser = new Browser();
    await signIn(annaBrowser, ANNA);
    const annaId = (await me(annaBrowser))!.id;
    const other = new Browser();
    await signIn(other, OLLE);
    const olleId = (await me(other))!.id;
    // Olle, signed in, now proves Anna's identity: that e-ID is Anna's account's.
    const { landing } = await signIn(other, ANNA);
    expect(landing).toBe('/login?eidError=FAILED');
    expect((await usersWithSubject(ANNA.pnr)).map((u: { id: string }) => u.id)).toEqual([annaId]);
    expect((await usersWithSubject(OLLE.pnr)).map((u: { id: string }) => u.id)).toEqual([olleId]);
    expect((await me(other))!.id).toBe(olleId);
  });

  it('stores no personnummer in clear anywhere in the database, and logs none', async () => {
    const tables: Array<{ table_name: string }> = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['app_user', 'eid_login_attempt', 'session']));
    const [users] = await db.query(`SELECT count(*)::int AS n FROM app_user WHERE eid_subject_hash IS NOT NULL`);
    expect(users.n).toBeGreaterThanOrEqual(4);
    for (const { table_name: table } of tables) {
      const rows: Array<{ row: string }> = await db.query(`SELECT t::text AS row FROM "${table}" t`);
      const dump = rows.map((r) => r.row).join('\n');
      for (const { pnr } of PEOPLE) {
        expect(dump, table).not.toContain(pnr);
        expect(dump, table).not.toContain(pnr.slice(2)); // the 10-digit form
        expect(dump, table).not.toContain(`${pnr.slice(2, 8)}-${pnr.slice(8)}`);
      }
    }
    const log = output.join('');
    expect(log).toContain('e-ID sign-in: CREATED (SUBSTANTIAL)');
    for (const { pnr } of PEOPLE) expect(log).not.toContain(pnr.slice(2));
  });

  it('lets a state be used once: replaying the callback fails with EXPIRED', async () => {
    const browser = new Browser();
    provider.next = { person: ANNA };
    const attemptCookie = { value: '' };
    // Stop at the callback to keep its URL and the attempt cookie, then deliver it twice.
    const { landing: callback } = await browser.follow(`${api.url}/auth/eid/start`, api.url, /\/auth\/eid\/callback\?/);
    attemptCookie.value = browser.cookie(api.url, 'medskapa_eid_attempt')!;
    expect((await browser.follow(callback, api.url)).landing).toBe('/');
    browser.setCookie(api.url, 'medskapa_eid_attempt', attemptCookie.value);
    const replay = await browser.get(callback);
    expect(replay.status).toBe(302);
    expect(replay.headers.get('location')).toBe('/login?eidError=EXPIRED');
  });

  it('finishes a sign-in only in the browser that started it (login CSRF)', async () => {
    const attacker = new Browser();
    provider.next = { person: OLLE };
    const { landing: callback } = await attacker.follow(`${api.url}/auth/eid/start`, api.url, /\/auth\/eid\/callback\?/);
    const victim = new Browser();
    const response = await victim.get(callback);
    expect(response.headers.get('location')).toBe('/login?eidError=FAILED');
    expect(response.headers.getSetCookie().join()).not.toContain('medskapa_session=');
    expect(await me(victim)).toBeNull();
  });

  it('sends a cancelled sign-in (access_denied) to /login?eidError=CANCELLED without creating anything', async () => {
    const [before] = await db.query(`SELECT count(*)::int AS n FROM app_user`);
    provider.next = { cancel: true };
    const browser = new Browser();
    const { landing, chain } = await browser.follow(`${api.url}/auth/eid/start`, api.url);
    expect(chain.some((url) => url.includes('/auth/eid/callback?') && url.includes('error=access_denied'))).toBe(true);
    expect(landing).toBe('/login?eidError=CANCELLED');
    const [after] = await db.query(`SELECT count(*)::int AS n FROM app_user`);
    expect(after.n).toBe(before.n);
    expect(await me(browser)).toBeNull();
  });

  it('sends an expired attempt to /login?eidError=EXPIRED', async () => {
    const browser = new Browser();
    provider.next = { person: ANNA };
    const { landing: callback } = await browser.follow(`${api.url}/auth/eid/start`, api.url, /\/auth\/eid\/callback\?/);
    await db.query(`UPDATE eid_login_attempt SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      browser.cookie(api.url, 'medskapa_eid_attempt'),
    ]);
    expect((await browser.follow(callback, api.url)).landing).toBe('/login?eidError=EXPIRED');
  });

  it('answers nonsense at the callback with a redirect, never an error page', async () => {
    for (const query of ['', '?state=made-up&code=made-up', '?code=x', `?state=${'x'.repeat(5000)}`]) {
      const response = await new Browser().get(`${api.url}/auth/eid/callback${query}`);
      expect(response.status, query).toBe(302);
      expect(response.headers.get('location'), query).toBe('/login?eidError=EXPIRED');
    }
  });

  it('replaces an unsafe returnTo with /', async () => {
    for (const returnTo of ['//evil.example', 'https://evil.example', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)']) {
      const { landing } = await signIn(new Browser(), ANNA, returnTo);
      expect(landing, returnTo).toBe('/');
    }
  });

  it('deletes used and expired attempts as it goes', async () => {
    await new Browser().get(`${api.url}/auth/eid/start`);
    const [stale] = await db.query(`SELECT count(*)::int AS n FROM eid_login_attempt WHERE consumed_at IS NOT NULL OR expires_at <= now()`);
    expect(stale.n).toBe(0);
  });
});

describe('sign-in with e-ID when the provider puts every claim in the ID token', () => {
  it('needs no userinfo request and still verifies the account', async () => {
    const appPort = await freePort();
    const appUrl = `http://127.0.0.1:${appPort}`;
    const provider = await startProvider({ redirectUri: `${appUrl}/auth/eid/callback`, claimsInIdToken: true });
    const api = await startTestApp({ PORT: String(appPort), PUBLIC_URL: appUrl, EID_ISSUER: provider.issuer, EID_CLIENT_ID: CLIENT_ID, EID_CLIENT_SECRET: CLIENT_SECRET });
    try {
      provider.next = { person: MATTI };
      const browser = new Browser();
      expect((await browser.follow(`${api.url}/auth/eid/start`, api.url)).landing).toBe('/');
      const { data } = await api.graphql<Me>(ME, {}, { cookie: browser.cookieHeader(api.url) });
      expect(data!.me).toMatchObject({ displayName: 'Matti Keinänen', verification: { assuranceLevel: 'HIGH' } });
      expect(provider.paths).toContain('/token');
      expect(provider.paths).not.toContain('/me');
    } finally {
      await api.close();
      await provider.close();
    }
  });
});

describe('sign-in with e-ID when it is not configured', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('is not offered, and its routes send the browser back to sign-in', async () => {
    const { data } = await api.graphql(`{ eidLogin { enabled displayName startUrl } }`);
    expect(data).toEqual({ eidLogin: { enabled: false, displayName: null, startUrl: null } });
    for (const path of ['/auth/eid/start', '/auth/eid/callback?code=x&state=y']) {
      const response = await fetch(`${api.url}${path}`, { redirect: 'manual', headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location'), path).toBe('/login?eidError=FAILED');
    }
  });
});
