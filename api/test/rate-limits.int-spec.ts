import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../src/modules/rate-limits/rate-limits';
import { startTestApp, type TestApp } from './support/test-app';

// Two API processes' worth of apps on ONE database: limits must hold across them.
let first: TestApp;
let second: TestApp;
beforeAll(async () => {
  first = await startTestApp();
  second = await startTestApp({}, { database: first.database });
});
afterAll(async () => {
  await second.close();
  await first.close();
});

const LOGIN = `mutation($e: String!) { login(email: $e, password: "not-the-password-1") { token } }`;

describe('rate limits shared through PostgreSQL', () => {
  it('stops sign-in attempts for one e-mail after the limit, counted across two app instances, with retryAfter', async () => {
    const email = 'officer@kalix.example';
    const { limit } = RATE_LIMITS.loginPerEmail;
    const codes: string[] = [];
    for (let attempt = 0; attempt < limit; attempt++) {
      const api = attempt % 2 === 0 ? first : second;
      codes.push((await api.graphql(LOGIN, { e: email })).errors?.[0]?.extensions?.code as string);
    }
    expect(codes.every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    const blocked = await second.graphql(LOGIN, { e: email });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(blocked.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    // Even the right password is refused while the window lasts.
    const right = await first.graphql(`mutation { login(email: "officer@kalix.example", password: "medskapa-demo") { token } }`);
    expect(right.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another address is not affected.
    const other = await first.graphql(`mutation { login(email: "moderator@kalix.example", password: "medskapa-demo") { token } }`);
    expect(other.errors).toBeUndefined();
  });

  it('limits password reset requests per address without revealing whether it exists', async () => {
    const email = 'nobody-here@example.se';
    for (let i = 0; i < RATE_LIMITS.passwordResetPerEmail.limit; i++) {
      expect((await first.graphql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: email })).data).toEqual({ requestPasswordReset: true });
    }
    const blocked = await second.graphql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: email });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('limits registrations per client address', async () => {
    const register = (i: number) =>
      (i % 2 ? first : second).graphql(
        `mutation($input: RegisterInput!) { register(input: $input) { token } }`,
        { input: { email: `many.${i}@example.se`, password: 'älven-fryser-i-november', displayName: `Person ${i}`, locale: 'sv' } },
        { 'x-forwarded-for': '192.0.2.77' },
      );
    const { limit } = RATE_LIMITS.registerPerClient;
    for (let i = 0; i < limit; i++) expect((await register(i)).errors, `registration ${i}`).toBeUndefined();
    expect((await register(limit)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const [{ n }] = await first.app.get(DataSource).query(`SELECT count(*)::int AS n FROM app_user WHERE email LIKE 'many.%'`);
    expect(n).toBe(limit);
  });

  it('limits every write per client, across instances', async () => {
    const { limit } = RATE_LIMITS.writes;
    // Registration is a write; the per-client register limit is lower, so use a write that is cheap and open: logout.
    const results = await Promise.all(
      Array.from({ length: limit + 5 }, (_, i) => (i % 2 ? first : second).graphql(`mutation { logout }`, {}, { 'x-forwarded-for': '203.0.113.9' })),
    );
    const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThanOrEqual(5);
    expect(results.filter((r) => r.data?.logout === true).length).toBeLessThanOrEqual(limit);
  });
});
