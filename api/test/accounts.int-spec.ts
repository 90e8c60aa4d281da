import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, latestEmailTo, loginAs, startTestApp, type TestApp, tokenFromLink } from './support/test-app';

let api: TestApp;
let db: DataSource;
beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
});
afterAll(async () => {
  await api.close();
});

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id displayName email emailVerified roles municipality { slug } homePlace { name } } } }`;
const ME = `{ me { id displayName email emailVerified locale birthYear roles homePlace { name } } }`;
let counter = 0;
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${++counter}@example.se`;

// Registration is rate-limited per client address; each call here comes from its own address.
const clientAddress = () => ({ 'x-forwarded-for': `198.51.100.${counter % 250}` });

async function register(overrides: Record<string, unknown> = {}) {
  const [tore] = await db.query(`SELECT id FROM place WHERE name = 'Töre'`);
  return api.graphql<{ register: { token: string; user: Record<string, unknown> } }>(
    REGISTER,
    { input: { email: uniqueEmail('anna'), password: 'älven-fryser-i-november', displayName: 'Anna Nilsson', locale: 'fit', birthYear: 1990, homePlaceId: tore.id, ...overrides } },
    clientAddress(),
  );
}

describe('register', () => {
  it('creates the account, signs in with an httpOnly SameSite=Lax cookie and sends a verification e-mail in the chosen language', async () => {
    const email = uniqueEmail('Tuula');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: REGISTER,
        variables: { input: { email: `  ${email.toUpperCase()} `, password: 'älven-fryser-i-november', displayName: 'Tuula', locale: 'fit' } },
      }),
    });
    const body = (await response.json()) as { data: { register: { token: string; user: { email: string; emailVerified: boolean; roles: string[] } } } };
    expect(body.data.register.user).toMatchObject({ email: email.toLowerCase(), emailVerified: false, roles: ['RESIDENT'] });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/medskapa_session=[A-Za-z0-9_-]{43}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const mail = await latestEmailTo(api, email.toLowerCase());
    expect(mail).toMatchObject({ kind: 'emailVerification', locale: 'fit' });
    expect(mail.body_text).toContain('/verify-email?token=');
    const [row] = await db.query(`SELECT password_hash FROM app_user WHERE email = $1`, [email.toLowerCase()]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('takes the municipality from the home place', async () => {
    const { data } = await register();
    expect(data!.register.user).toMatchObject({ municipality: { slug: 'kalix' }, homePlace: { name: 'Töre' } });
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM app_user`))[0].n;
    const { errors } = await register({ email: 'not-an-email', password: 'short', displayName: '', birthYear: 2024 });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (errors?.[0]?.extensions?.fields as Array<{ path: string }>).map((f) => f.path).sort();
    expect(paths).toEqual(['input.birthYear', 'input.displayName', 'input.email', 'input.password']);
    const common = await register({ password: 'password123' });
    expect(common.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'password' }] });
    expect((await db.query(`SELECT count(*)::int AS n FROM app_user`))[0].n).toBe(before);
  });

  it('treats e-mail addresses case-insensitively: a second account for the same address is a CONFLICT', async () => {
    const email = uniqueEmail('dup');
    expect((await register({ email })).errors).toBeUndefined();
    const again = await register({ email: email.toUpperCase() });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.email' }] });
  });
});

describe('e-mail verification', () => {
  it('verifies with the e-mailed link exactly once', async () => {
    const email = uniqueEmail('verify');
    const { data } = await register({ email });
    const token = tokenFromLink((await latestEmailTo(api, email)).body_text);
    const first = await api.graphql<{ verifyEmail: { emailVerified: boolean } }>(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: token });
    expect(first.errors).toBeUndefined();
    const me = await api.graphql<{ me: { emailVerified: boolean } }>(ME, {}, bearer(data!.register.token));
    expect(me.data!.me.emailVerified).toBe(true);
    const second = await api.graphql(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: token });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'token' }] });
  });
});

describe('login and sessions', () => {
  it('signs in with the demo password and answers the same for a wrong password and an unknown e-mail', async () => {
    const token = await loginAs(api, 'resident@kalix.example');
    const me = await api.graphql<{ me: { displayName: string; roles: string[] } }>(ME, {}, bearer(token));
    expect(me.data!.me).toMatchObject({ displayName: 'Johan Karlsson', roles: ['RESIDENT'] });
    const wrong = await api.graphql(`mutation { login(email: "resident@kalix.example", password: "wrong-password-1") { token } }`);
    const unknown = await api.graphql(`mutation { login(email: "nobody@kalix.example", password: "wrong-password-1") { token } }`);
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong e-mail address or password.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(unknown.errors?.[0]?.extensions).toEqual(wrong.errors?.[0]?.extensions);
  });

  it('accepts the token as a cookie and as a bearer header; logout revokes it everywhere', async () => {
    const token = await loginAs(api, 'moderator@kalix.example');
    const viaCookie = await api.graphql<{ me: { displayName: string } }>(ME, {}, { cookie: `medskapa_session=${token}` });
    expect(viaCookie.data!.me.displayName).toBe('Sara Lundberg');
    expect((await api.graphql(`mutation { logout }`, {}, bearer(token))).data).toEqual({ logout: true });
    const after = await api.graphql<{ me: null }>(ME, {}, bearer(token));
    expect(after.data!.me).toBeNull();
  });

  it('lists and revokes one session', async () => {
    const first = await loginAs(api, 'elevrad@kalix.example');
    const second = await loginAs(api, 'elevrad@kalix.example');
    const { data } = await api.graphql<{ mySessions: Array<{ id: string; method: string }> }>(`{ mySessions { id method } }`, {}, bearer(first));
    expect(data!.mySessions.length).toBeGreaterThanOrEqual(2);
    const [secondSession] = await db.query(
      `SELECT s.id FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'elevrad@kalix.example' ORDER BY s.created_at DESC LIMIT 1`,
    );
    await api.graphql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: secondSession.id }, bearer(first));
    expect((await api.graphql<{ me: null }>(ME, {}, bearer(second))).data!.me).toBeNull();
    expect((await api.graphql<{ me: { id: string } }>(ME, {}, bearer(first))).data!.me).not.toBeNull();
  });

  it('stops accepting a session once it has expired', async () => {
    const token = await loginAs(api, 'moderator@kalix.example');
    const mine = await api.graphql<{ mySessions: Array<{ id: string; current: boolean }> }>(`{ mySessions { id current } }`, {}, bearer(token));
    const current = mine.data!.mySessions.find((s) => s.current)!;
    expect(current).toBeDefined();
    await db.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE id = $1`, [current.id]);
    expect((await api.graphql<{ me: null }>(ME, {}, bearer(token))).data!.me).toBeNull();
  });

  it('says UNAUTHENTICATED for account actions when signed out', async () => {
    expect((await api.graphql(ME)).data).toEqual({ me: null });
    for (const query of [`{ exportMyData }`, `{ mySessions { id } }`, `mutation { deleteMyAccount }`, `mutation { updateProfile(input: { displayName: "X" }) { id } }`]) {
      const { errors } = await api.graphql(query);
      expect(errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
    }
  });
});

describe('password reset', () => {
  it('always answers true, mails a single-use link, sets the password and signs out every session', async () => {
    const email = uniqueEmail('reset');
    const { data } = await register({ email });
    const oldToken = data!.register.token;
    expect((await api.graphql(`mutation { requestPasswordReset(email: "no-such-person@example.se") }`)).data).toEqual({ requestPasswordReset: true });
    expect((await api.graphql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: email })).data).toEqual({ requestPasswordReset: true });
    const mail = await latestEmailTo(api, email);
    expect(mail.kind).toBe('passwordReset');
    const token = tokenFromLink(mail.body_text);
    const reset = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
    expect((await api.graphql(reset, { t: token, p: 'password123' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.graphql(reset, { t: token, p: 'nya-lösenordet-för-töre' })).data).toEqual({ resetPassword: true });
    expect((await api.graphql(reset, { t: token, p: 'ett-annat-lösenord-för-töre' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'token' }] });
    expect((await api.graphql<{ me: null }>(ME, {}, bearer(oldToken))).data!.me).toBeNull();
    await expect(loginAs(api, email, 'nya-lösenordet-för-töre')).resolves.toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses an expired link', async () => {
    const email = uniqueEmail('expired');
    await register({ email });
    await api.graphql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: email });
    const token = tokenFromLink((await latestEmailTo(api, email)).body_text);
    await db.query(`UPDATE user_token SET expires_at = now() - interval '1 minute' WHERE kind = 'PASSWORD_RESET'`);
    const { errors } = await api.graphql(`mutation($t: String!) { resetPassword(token: $t, newPassword: "nya-lösenordet-för-töre") }`, { t: token });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('profile', () => {
  it('updates name, language (Meänkieli), birth year and home place; birth year is never shown to others', async () => {
    const { data } = await register();
    const token = data!.register.token;
    const [nyborg] = await db.query(`SELECT id FROM place WHERE name = 'Nyborg'`);
    const { data: updated, errors } = await api.graphql<{ updateProfile: Record<string, unknown> }>(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName locale birthYear homePlace { name } } }`,
      { input: { displayName: 'Anna N.', locale: 'fit', birthYear: 1985, homePlaceId: nyborg.id } },
      bearer(token),
    );
    expect(errors).toBeUndefined();
    expect(updated!.updateProfile).toEqual({ displayName: 'Anna N.', locale: 'fit', birthYear: 1985, homePlace: { name: 'Nyborg' } });
    const admin = await loginAs(api, 'admin@kalix.example');
    const id = data!.register.user.id as string;
    const { data: listed } = await api.graphql<{ users: { edges: Array<{ node: { id: string; birthYear: number | null; email: string | null } }> } }>(
      `{ users(municipalitySlug: "kalix", search: "Anna N.") { edges { node { id birthYear email } } } }`,
      {},
      bearer(admin),
    );
    const node = listed!.users.edges.find((e) => e.node.id === id)!.node;
    expect(node.birthYear).toBeNull();
    expect(node.email).toMatch(/@example\.se$/);
  });

  it('refuses a home place that does not exist', async () => {
    const { data } = await register();
    const { errors } = await api.graphql(
      `mutation { updateProfile(input: { homePlaceId: "3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f" }) { id } }`,
      {},
      bearer(data!.register.token),
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.homePlaceId' }] });
  });
});

describe('roles and the audit log', () => {
  it('lets a Kalix admin grant and revoke roles, records both, and refuses everyone else', async () => {
    const { data } = await register();
    const userId = data!.register.user.id as string;
    const grant = `mutation($u: ID!, $r: Role!) { grantRole(userId: $u, municipalitySlug: "kalix", role: $r) { id roles } }`;
    const officer = await loginAs(api, 'officer@kalix.example');
    expect((await api.graphql(grant, { u: userId, r: 'MODERATOR' }, bearer(officer))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.graphql(grant, { u: userId, r: 'MODERATOR' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await loginAs(api, 'admin@kalix.example');
    const granted = await api.graphql<{ grantRole: { roles: string[] } }>(grant, { u: userId, r: 'MODERATOR' }, bearer(admin));
    expect(granted.data!.grantRole.roles).toEqual(['RESIDENT', 'MODERATOR']);
    const revoke = `mutation($u: ID!, $r: Role!) { revokeRole(userId: $u, municipalitySlug: "kalix", role: $r) { roles } }`;
    expect((await api.graphql<{ revokeRole: { roles: string[] } }>(revoke, { u: userId, r: 'MODERATOR' }, bearer(admin))).data!.revokeRole.roles).toEqual(['RESIDENT']);
    const log = await api.graphql<{ auditLog: { edges: Array<{ node: { action: string; actorName: string; actorRoles: string[]; targetId: string; details: { role: string } } }> } }>(
      `{ auditLog(municipalitySlug: "kalix", first: 10) { totalCount edges { node { action actorName actorRoles targetId details } } } }`,
      {},
      bearer(admin),
    );
    const mine = log.data!.auditLog.edges.map((e) => e.node).filter((n) => n.targetId === userId);
    expect(mine.map((n) => n.action)).toEqual(['ROLE_REVOKED', 'ROLE_GRANTED']);
    expect(mine[1]).toMatchObject({ actorName: 'Maria Lindqvist', actorRoles: ['ADMIN'], details: { role: 'MODERATOR' } });
    expect((await api.graphql(`{ auditLog(municipalitySlug: "kalix") { totalCount } }`, {}, bearer(officer))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the last admin of a municipality', async () => {
    const admin = await loginAs(api, 'admin@kalix.example');
    const [row] = await db.query(`SELECT id FROM app_user WHERE email = 'admin@kalix.example'`);
    const { errors } = await api.graphql(`mutation($u: ID!) { revokeRole(userId: $u, municipalitySlug: "kalix", role: ADMIN) { id } }`, { u: row.id }, bearer(admin));
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
  });

  it('shows the outbox to officers and not to residents', async () => {
    const officer = await loginAs(api, 'officer@kalix.example');
    const { data } = await api.graphql<{ outbox: { totalCount: number; edges: Array<{ node: { kind: string } }> } }>(`{ outbox(first: 5) { totalCount edges { node { kind subject } } } }`, {}, bearer(officer));
    expect(data!.outbox.totalCount).toBeGreaterThan(0);
    const resident = await loginAs(api, 'resident@kalix.example');
    expect((await api.graphql(`{ outbox { totalCount } }`, {}, bearer(resident))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("keeps one municipality's e-mails from another municipality's officers", async () => {
    const email = uniqueEmail('norsjo.officer');
    const { data } = await register({ email, homePlaceId: null, municipalitySlug: 'norsjo' });
    await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) SELECT $1, id, 'OFFICER' FROM municipality WHERE slug = 'norsjo'`, [data!.register.user.id]);
    const { data: outbox, errors } = await api.graphql<{ outbox: { edges: Array<{ node: { toAddress: string } }> } }>(
      `{ outbox(first: 100) { edges { node { toAddress } } } }`,
      {},
      bearer(data!.register.token),
    );
    expect(errors).toBeUndefined();
    const addresses = outbox!.outbox.edges.map((e) => e.node.toAddress);
    expect(addresses).toContain(email);
    expect(addresses.some((a) => a.endsWith('@kalix.example') || a.startsWith('anna.'))).toBe(false);
  });
});

describe('GDPR', () => {
  it('exports everything held about the viewer and nothing secret', async () => {
    const { data } = await register();
    const exported = await api.graphql<{ exportMyData: string }>(`{ exportMyData }`, {}, bearer(data!.register.token));
    const json = JSON.parse(exported.data!.exportMyData);
    expect(json.account).toMatchObject({ displayName: 'Anna Nilsson', birthYear: 1990, homePlace: { name: 'Töre' } });
    expect(json.sessions).toHaveLength(1);
    expect(json.emailsSentToYou[0]).toMatchObject({ kind: 'emailVerification' });
    expect(exported.data!.exportMyData).not.toMatch(/argon2|token_hash|tokenHash|passwordHash/);
  });

  it('deletes personal data, keeps the row as a removed user and ends every session', async () => {
    const email = uniqueEmail('delete');
    const { data } = await register({ email });
    const token = data!.register.token;
    expect((await api.graphql(`mutation { deleteMyAccount }`, {}, bearer(token))).data).toEqual({ deleteMyAccount: true });
    expect((await api.graphql<{ me: null }>(ME, {}, bearer(token))).data!.me).toBeNull();
    const [row] = await db.query(`SELECT email, password_hash, display_name, birth_year, home_place_id, deleted_at FROM app_user WHERE id = $1`, [data!.register.user.id]);
    expect(row).toMatchObject({ email: null, password_hash: null, display_name: '', birth_year: null, home_place_id: null });
    expect(row.deleted_at).not.toBeNull();
    expect((await db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE to_address = $1`, [email]))[0].n).toBe(0);
    const login = await api.graphql(`mutation($e: String!) { login(email: $e, password: "älven-fryser-i-november") { token } }`, { e: email });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('CSRF', () => {
  it('refuses a mutation sent as a simple cross-site form would (text/plain), even with the session cookie', async () => {
    const token = await loginAs(api, 'officer@kalix.example');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: `medskapa_session=${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(400);
    expect((await api.graphql<{ me: { id: string } }>(ME, {}, bearer(token))).data!.me).not.toBeNull();
  });
});
