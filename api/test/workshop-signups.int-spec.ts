/**
 * Workshop sign-ups: with an account or a name and an e-mail address, the limits and closings,
 * the confirmation and its cancel link, the organizers' list and messages, cancellation e-mails,
 * and the erasure of names and addresses after the workshop.
 */
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WorkshopSignupsService } from '../src/modules/workshops/workshop-signups.service';
import { bearer, type GraphQLResponse, latestEmailTo, loginAs, startTestApp, type TestApp, tokenFromLink } from './support/test-app';

let api: TestApp;
let db: DataSource;
const tokens: Record<string, string> = {};
let villageId: string;
let toreId: string;
let residentLocale: string;
const as = (who: string) => bearer(tokens[who]!);
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
const reasonOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.reason;
const fieldsOf = (r: GraphQLResponse) => ((r.errors?.[0]?.extensions?.fields ?? []) as Array<{ path: string }>).map((f) => f.path);
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
let sequence = 0;
const address = (who: string) => `${who}.${Date.now().toString(36)}.${++sequence}@byn.example`;

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  for (const who of ['forening', 'officer', 'resident', 'elevrad']) tokens[who] = await loginAs(api, `${who}@kalix.example`);
  const kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  villageId = (
    await one<{ id: string }>(
      `SELECT o.id FROM organization o JOIN membership m ON m.organization_id = o.id JOIN app_user u ON u.id = m.user_id
        WHERE o.kind = 'VILLAGE_ASSOCIATION' AND m.role = 'LEADER' AND u.email = 'forening@kalix.example' LIMIT 1`,
    )
  ).id;
  toreId = (await one<{ id: string }>(`SELECT id FROM place WHERE municipality_id = $1 AND name = 'Töre'`, [kalixId])).id;
  residentLocale = (await one<{ locale: string }>(`SELECT locale FROM app_user WHERE email = 'resident@kalix.example'`)).locale;
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  await db.query(`DELETE FROM rate_limit_counter`);
});

const CREATE = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const SIGN_UP = `mutation($id: ID!, $input: WorkshopSignupInput) { signUpForWorkshop(workshopId: $id, input: $input) { id signupCount viewerSignedUp } }`;
const CANCEL_MINE = `mutation($id: ID!) { cancelWorkshopSignup(workshopId: $id) { id signupCount viewerSignedUp } }`;
const CANCEL_BY_TOKEN = `mutation($token: String!) { cancelWorkshopSignupByToken(token: $token) { id title signupCount } }`;
const SIGNUPS = `query($id: ID!) { workshopSignups(workshopId: $id) { id name email hasAccount locale signedUpAt personalDataErasedAt } }`;
const MESSAGE = `mutation($id: ID!, $subject: String!, $body: String!) { messageWorkshopSignups(workshopId: $id, subject: $subject, body: $body) }`;
const CANCEL_WORKSHOP = `mutation($id: ID!, $reason: String!) { cancelWorkshop(id: $id, reason: $reason) { id } }`;

type SignUpData = { signUpForWorkshop: { id: string; signupCount: number; viewerSignedUp: boolean } };
type SignupRow = { id: string; name: string | null; email: string | null; hasAccount: boolean; locale: string; personalDataErasedAt: string | null };

async function createWorkshop(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await api.graphql<{ createWorkshop: { id: string } }>(
    CREATE,
    {
      input: {
        organizationId: villageId,
        title: 'Framtidsverkstad i Töre',
        originalLocale: 'sv',
        translations: [{ locale: 'fi', title: 'Tulevaisuustyöpaja Töressä' }],
        startsAt: hours(48),
        endsAt: hours(51),
        venue: 'Töre bygdegård',
        placeId: toreId,
        signupEnabled: true,
        signupLimit: null,
        ...overrides,
      },
    },
    as('forening'),
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.createWorkshop.id;
}

const countSignups = async (id: string) => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM workshop_signup WHERE workshop_id = $1`, [id])).n;
const countEmailsTo = async (to: string) => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_message WHERE to_address = $1`, [to])).n;

describe('signing up with an account', () => {
  it('signs up once (again is a quiet success), confirms by e-mail and can be cancelled', async () => {
    const id = await createWorkshop();
    const before = await countEmailsTo('resident@kalix.example');
    const first = await api.graphql<SignUpData>(SIGN_UP, { id, input: { name: 'ignored', email: 'ignored@example.se' } }, as('resident'));
    expect(first.errors).toBeUndefined();
    expect(first.data!.signUpForWorkshop).toEqual({ id, signupCount: 1, viewerSignedUp: true });
    const again = await api.graphql<SignUpData>(SIGN_UP, { id }, as('resident'));
    expect(again.data!.signUpForWorkshop).toEqual({ id, signupCount: 1, viewerSignedUp: true });
    expect(await countEmailsTo('resident@kalix.example')).toBe(before + 1);
    expect(await countEmailsTo('ignored@example.se')).toBe(0);
    const mail = await latestEmailTo(api, 'resident@kalix.example');
    expect(mail.kind).toBe('workshops.signupConfirmation');
    expect(mail.locale).toBe(residentLocale);
    expect(mail.body_text).toContain('Töre bygdegård');
    expect(mail.body_text).toContain(`/workshops/${id}.ics`);
    expect(tokenFromLink(mail.body_text)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only a hash of the cancel token is stored.
    const stored = await one<{ cancel_token_hash: string }>(`SELECT cancel_token_hash FROM workshop_signup WHERE workshop_id = $1`, [id]);
    expect(stored.cancel_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(mail.body_text).not.toContain(stored.cancel_token_hash);

    const cancelled = await api.graphql<{ cancelWorkshopSignup: SignUpData['signUpForWorkshop'] }>(CANCEL_MINE, { id }, as('resident'));
    expect(cancelled.data!.cancelWorkshopSignup).toEqual({ id, signupCount: 0, viewerSignedUp: false });
    expect(codeOf(await api.graphql(CANCEL_MINE, { id }))).toBe('UNAUTHENTICATED');
  });

  it('writes in the language asked for', async () => {
    const id = await createWorkshop();
    await api.graphql(SIGN_UP, { id, input: { locale: 'fi' } }, as('elevrad'));
    const mail = await latestEmailTo(api, 'elevrad@kalix.example');
    expect(mail.locale).toBe('fi');
    expect(mail.subject).toBe('Olet ilmoittautunut: Tulevaisuustyöpaja Töressä');
    expect(codeOf(await api.graphql(SIGN_UP, { id, input: { locale: 'en' } }, as('forening')))).toBe('BAD_USER_INPUT');
  });
});

describe('signing up without an account', () => {
  it('needs a name and an address, confirms in the chosen language and leaks nothing on a second sign-up', async () => {
    const id = await createWorkshop();
    const missing = await api.graphql(SIGN_UP, { id, input: { locale: 'fi' } });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(missing).sort()).toEqual(['input.email', 'input.name']);
    expect(fieldsOf(await api.graphql(SIGN_UP, { id, input: { name: 'A', email: 'a@example.se' } }))).toEqual(['input.name']);
    expect(fieldsOf(await api.graphql(SIGN_UP, { id, input: { name: 'Aino', email: 'not an address' } }))).toEqual(['input.email']);
    expect(fieldsOf(await api.graphql(SIGN_UP, { id, input: { name: 'A'.repeat(101), email: 'a@example.se' } }))).toEqual(['input.name']);
    expect(codeOf(await api.graphql(SIGN_UP, { id }))).toBe('BAD_USER_INPUT');
    expect(await countSignups(id)).toBe(0);

    const email = address('aino');
    const first = await api.graphql<SignUpData>(SIGN_UP, { id, input: { name: 'Aino Keskitalo', email, locale: 'fi' } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.signUpForWorkshop).toEqual({ id, signupCount: 1, viewerSignedUp: false });
    const mail = await latestEmailTo(api, email);
    expect(mail).toMatchObject({ kind: 'workshops.signupConfirmation', locale: 'fi', subject: 'Olet ilmoittautunut: Tulevaisuustyöpaja Töressä' });
    expect(mail.body_text).toContain('Hei Aino Keskitalo!');
    expect(mail.body_text).toContain('Töre bygdegård');
    expect(mail.body_text).toContain(`${api.config.publicUrl}/kalix/workshops/${id}`);

    // The same address again (any case): the same answer, nothing written, nothing sent.
    const again = await api.graphql<SignUpData>(SIGN_UP, { id, input: { name: 'Someone Else', email: email.toUpperCase(), locale: 'sv' } });
    expect(again.errors).toBeUndefined();
    expect(again.data!.signUpForWorkshop).toEqual(first.data!.signUpForWorkshop);
    expect(await countSignups(id)).toBe(1);
    expect(await one(`SELECT count(*)::int AS n FROM outbox_message WHERE lower(to_address) = $1`, [email])).toEqual({ n: 1 });
  });

  it('gives the local time in the reader\'s language', async () => {
    // 16:00–19:00 UTC in January is 17:00–20:00 in Sweden.
    const id = await createWorkshop({ startsAt: '2030-01-15T16:00:00Z', endsAt: '2030-01-15T19:00:00Z' });
    const sv = address('tid-sv');
    const fi = address('tid-fi');
    await api.graphql(SIGN_UP, { id, input: { name: 'Sven', email: sv, locale: 'sv' } });
    await api.graphql(SIGN_UP, { id, input: { name: 'Aino', email: fi, locale: 'fi' } });
    expect((await latestEmailTo(api, sv)).body_text).toContain('tisdag 15 januari 2030 17:00–20:00');
    expect((await latestEmailTo(api, fi)).body_text).toMatch(/tiistai(na)? 15\. tammikuuta 2030 17\.00–20\.00/);
  });

  it('cancels by the link in the e-mail, once', async () => {
    const id = await createWorkshop();
    const email = address('lars');
    await api.graphql(SIGN_UP, { id, input: { name: 'Lars Berg', email } });
    const token = tokenFromLink((await latestEmailTo(api, email)).body_text);
    const cancelled = await api.graphql<{ cancelWorkshopSignupByToken: { id: string; signupCount: number } }>(CANCEL_BY_TOKEN, { token });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelWorkshopSignupByToken).toMatchObject({ id, signupCount: 0 });
    expect(codeOf(await api.graphql(CANCEL_BY_TOKEN, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await api.graphql(CANCEL_BY_TOKEN, { token: 'short' }))).toBe('BAD_USER_INPUT');
    // Signing up again works after cancelling.
    expect((await api.graphql<SignUpData>(SIGN_UP, { id, input: { name: 'Lars Berg', email } })).data!.signUpForWorkshop.signupCount).toBe(1);
  });

  it('is rate-limited per client address', async () => {
    const id = await createWorkshop();
    for (let i = 0; i < 20; i++) {
      expect(codeOf(await api.graphql(SIGN_UP, { id, input: { name: `Person ${i}`, email: address('many') } }))).toBeUndefined();
    }
    expect(codeOf(await api.graphql(SIGN_UP, { id, input: { name: 'En för mycket', email: address('many') } }))).toBe('RATE_LIMITED');
    expect(await countSignups(id)).toBe(20);
  });
});

describe('closed and full', () => {
  it('refuses when full, and when sign-ups are off, the workshop is cancelled or has started', async () => {
    const full = await createWorkshop({ signupLimit: 2 });
    await api.graphql(SIGN_UP, { id: full, input: { name: 'Ett', email: address('ett') } });
    await api.graphql(SIGN_UP, { id: full }, as('resident'));
    const third = await api.graphql(SIGN_UP, { id: full, input: { name: 'Tre', email: address('tre') } });
    expect([codeOf(third), reasonOf(third)]).toEqual(['CONFLICT', 'WORKSHOP_FULL']);
    const byAccount = await api.graphql(SIGN_UP, { id: full }, as('elevrad'));
    expect([codeOf(byAccount), reasonOf(byAccount)]).toEqual(['CONFLICT', 'WORKSHOP_FULL']);
    // The one already signed up stays a quiet success.
    expect(codeOf(await api.graphql(SIGN_UP, { id: full }, as('resident')))).toBeUndefined();
    expect(await countSignups(full)).toBe(2);

    const off = await createWorkshop({ signupEnabled: false });
    const started = await createWorkshop();
    await db.query(`UPDATE workshop SET starts_at = now() - interval '1 minute' WHERE id = $1`, [started]);
    const cancelled = await createWorkshop();
    await api.graphql(CANCEL_WORKSHOP, { id: cancelled, reason: 'Inställt' }, as('forening'));
    for (const id of [off, started, cancelled]) {
      for (const [variables, headers] of [
        [{ id, input: { name: 'Stängd', email: address('closed') } }, {}],
        [{ id }, as('resident')],
      ] as const) {
        const response = await api.graphql(SIGN_UP, variables, headers);
        expect([codeOf(response), reasonOf(response)]).toEqual(['CONFLICT', 'SIGNUP_CLOSED']);
      }
      expect(await countSignups(id)).toBe(0);
    }
    expect(codeOf(await api.graphql(SIGN_UP, { id: '00000000-0000-4000-8000-000000000000' }, as('resident')))).toBe('NOT_FOUND');
  });
});

describe('concurrent sign-ups', () => {
  it('never go past the limit', async () => {
    const id = await createWorkshop({ signupLimit: 3 });
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api.graphql(SIGN_UP, { id, input: { name: `Samtidig ${i}`, email: address('race') } })),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(3);
    expect(responses.filter((r) => reasonOf(r) === 'WORKSHOP_FULL')).toHaveLength(5);
    expect(await countSignups(id)).toBe(3);
  });
});

describe('organizers', () => {
  it('see who signed up (addresses only of those without an account) and write to everyone in their language', async () => {
    const id = await createWorkshop();
    const fiEmail = address('fi');
    const svEmail = address('sv');
    await api.graphql(SIGN_UP, { id, input: { name: 'Aino', email: fiEmail, locale: 'fi' } });
    await api.graphql(SIGN_UP, { id, input: { name: 'Sven', email: svEmail, locale: 'sv' } });
    await api.graphql(SIGN_UP, { id, input: { locale: 'fit' } }, as('resident'));

    expect(codeOf(await api.graphql(SIGNUPS, { id }, as('resident')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(SIGNUPS, { id }, as('elevrad')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(SIGNUPS, { id }))).toBe('UNAUTHENTICATED');
    const list = await api.graphql<{ workshopSignups: SignupRow[] }>(SIGNUPS, { id }, as('forening'));
    expect(list.errors).toBeUndefined();
    expect(list.data!.workshopSignups.map(({ name, email, hasAccount, locale }) => ({ name, email, hasAccount, locale }))).toEqual([
      { name: 'Aino', email: fiEmail, hasAccount: false, locale: 'fi' },
      { name: 'Sven', email: svEmail, hasAccount: false, locale: 'sv' },
      { name: expect.any(String), email: null, hasAccount: true, locale: 'fit' },
    ]);
    expect((await api.graphql<{ workshopSignups: SignupRow[] }>(SIGNUPS, { id }, as('officer'))).data!.workshopSignups).toHaveLength(3);

    expect(codeOf(await api.graphql(MESSAGE, { id, subject: 'Ändrad tid', body: 'Vi börjar en halvtimme senare.' }, as('resident')))).toBe('FORBIDDEN');
    expect(fieldsOf(await api.graphql(MESSAGE, { id, subject: 'Rad ett\nrad två', body: 'Text' }, as('forening')))).toEqual(['input.subject']);
    const sent = await api.graphql<{ messageWorkshopSignups: number }>(MESSAGE, { id, subject: 'Ändrad tid', body: 'Vi börjar en halvtimme senare. {{name}}' }, as('forening'));
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.messageWorkshopSignups).toBe(3);
    const fi = await latestEmailTo(api, fiEmail);
    expect(fi).toMatchObject({ kind: 'workshops.organizerMessage', locale: 'fi', subject: 'Ändrad tid – Tulevaisuustyöpaja Töressä' });
    expect(fi.body_text).toContain('Hei Aino!');
    // The organizer's text is passed as it is, never interpolated.
    expect(fi.body_text).toContain('Vi börjar en halvtimme senare. {{name}}');
    expect((await latestEmailTo(api, svEmail)).body_text).toContain('Hej Sven!');
    const resident = await latestEmailTo(api, 'resident@kalix.example');
    expect(resident).toMatchObject({ kind: 'workshops.organizerMessage', locale: 'fit' });
    expect(await one(`SELECT details->>'recipients' AS n FROM audit_event WHERE target_id = $1 AND action = 'workshop.message'`, [id])).toEqual({ n: '3' });

    // At most 10 messages a day per workshop.
    for (let i = 0; i < 9; i++) expect(codeOf(await api.graphql(MESSAGE, { id, subject: `Nummer ${i}`, body: 'Text' }, as('forening')))).toBeUndefined();
    expect(codeOf(await api.graphql(MESSAGE, { id, subject: 'En för mycket', body: 'Text' }, as('forening')))).toBe('RATE_LIMITED');
  });

  it('cancelling the workshop tells everyone signed up, in their language', async () => {
    const id = await createWorkshop();
    const fiEmail = address('peruttu');
    await api.graphql(SIGN_UP, { id, input: { name: 'Aino', email: fiEmail, locale: 'fi' } });
    await api.graphql(SIGN_UP, { id }, as('elevrad'));
    await api.graphql(CANCEL_WORKSHOP, { id, reason: 'Snöstorm – vi tar en ny tid i januari.' }, as('forening'));
    const fi = await latestEmailTo(api, fiEmail);
    expect(fi).toMatchObject({ kind: 'workshops.cancelled', locale: 'fi', subject: 'Peruttu: Tulevaisuustyöpaja Töressä' });
    expect(fi.body_text).toContain('Snöstorm – vi tar en ny tid i januari.');
    expect((await latestEmailTo(api, 'elevrad@kalix.example')).kind).toBe('workshops.cancelled');
  });
});

describe('erasure after the workshop', () => {
  it('erases names and addresses of sign-ups without an account a day after the end; counts stay right', async () => {
    const past = await createWorkshop();
    const recent = await createWorkshop();
    const pastEmail = address('past');
    const recentEmail = address('recent');
    await api.graphql(SIGN_UP, { id: past, input: { name: 'Gammal Anmälan', email: pastEmail } });
    await api.graphql(SIGN_UP, { id: past }, as('resident'));
    await api.graphql(SIGN_UP, { id: recent, input: { name: 'Färsk Anmälan', email: recentEmail } });
    const pastToken = tokenFromLink((await latestEmailTo(api, pastEmail)).body_text);
    // past ended 25 hours ago, recent 23 hours ago.
    await db.query(`UPDATE workshop SET starts_at = now() - interval '28 hours', ends_at = now() - interval '25 hours' WHERE id = $1`, [past]);
    await db.query(`UPDATE workshop SET starts_at = now() - interval '26 hours', ends_at = now() - interval '23 hours' WHERE id = $1`, [recent]);

    const service = api.app.get(WorkshopSignupsService);
    expect(await service.erasePastSignupPersonalData(new Date())).toBeGreaterThanOrEqual(2);
    // Running again (another process) erases nothing more.
    expect(await service.erasePastSignupPersonalData(new Date())).toBe(0);

    const rows = await db.query(`SELECT name, email, email_normalized, cancel_token_hash, personal_data_erased_at, user_id FROM workshop_signup WHERE workshop_id = $1 ORDER BY user_id NULLS FIRST`, [past]);
    expect(rows[0]).toMatchObject({ name: null, email: null, email_normalized: null, cancel_token_hash: null, user_id: null });
    expect(rows[0].personal_data_erased_at).not.toBeNull();
    expect(rows[1]).toMatchObject({ cancel_token_hash: null, personal_data_erased_at: null });
    expect(await one(`SELECT name, email FROM workshop_signup WHERE workshop_id = $1`, [recent])).toEqual({ name: 'Färsk Anmälan', email: recentEmail });

    const list = await api.graphql<{ workshopSignups: SignupRow[] }>(SIGNUPS, { id: past }, as('forening'));
    expect(list.data!.workshopSignups[0]).toMatchObject({ name: null, email: null, hasAccount: false });
    expect(list.data!.workshopSignups[0]!.personalDataErasedAt).not.toBeNull();
    const count = await api.graphql<{ workshop: { signupCount: number } }>(`query($id: ID!) { workshop(id: $id) { signupCount } }`, { id: past });
    expect(count.data!.workshop.signupCount).toBe(2);
    expect(codeOf(await api.graphql(CANCEL_BY_TOKEN, { token: pastToken }))).toBe('NOT_FOUND');
    // Erased people are no longer written to; the account holder still is.
    expect((await api.graphql<{ messageWorkshopSignups: number }>(MESSAGE, { id: past, subject: 'Tack!', body: 'Tack för att ni kom.' }, as('forening'))).data!.messageWorkshopSignups).toBe(1);

    // A day later the recent one goes too.
    expect(await service.erasePastSignupPersonalData(new Date(Date.now() + 2 * 3600_000))).toBe(1);
    expect(await one(`SELECT name, email FROM workshop_signup WHERE workshop_id = $1`, [recent])).toEqual({ name: null, email: null });
  });
});
