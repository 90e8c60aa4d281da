import { AssuranceLevel } from '@medskapa/shared';
import type { DataSource, Repository } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../config/config';
import type { SessionsService } from '../auth/sessions.service';
import { keyedHash } from '../auth/tokens';
import type { RateLimitsService } from '../rate-limits/rate-limits.service';
import type { User } from '../users/user.entity';
import { EidErrorCode } from './eid-claims';
import type { EidLoginAttempt } from './eid-login-attempt.entity';
import type { EidOidcClient } from './eid-oidc.client';
import { EidFailure, EidService } from './eid.service';

const PNR_CLAIM = 'https://id.oidc.se/claim/personalIdentityNumber';
const config = loadConfig({ EID_ISSUER: 'https://broker.example', EID_CLIENT_ID: 'kalix', EID_CLIENT_SECRET: 's3cret' });
const hashOf = (pnr: string) => keyedHash(config.secret, pnr);

interface Setup {
  attempt?: { id: string; link_user_id: string | null } | null;
  users?: Array<Partial<User>>;
  claims?: Record<string, unknown>;
}

/** The service with its repositories, transaction, OIDC client and sessions replaced by fakes. */
function setup({ attempt = { id: 'attempt-1', link_user_id: null }, users = [], claims = {} }: Setup = {}) {
  const consumed = attempt ? [{ code_verifier: 'verifier', nonce: 'nonce', return_to: '/kalix', ...attempt }] : [];
  const queryBuilder: Record<string, unknown> = {};
  for (const method of ['update', 'set', 'where', 'returning', 'delete']) queryBuilder[method] = () => queryBuilder;
  queryBuilder.execute = vi.fn().mockResolvedValueOnce({ raw: consumed }).mockResolvedValue({ raw: [] });
  const attempts = { createQueryBuilder: () => queryBuilder } as unknown as Repository<EidLoginAttempt>;

  const userRepository = {
    findOneBy: vi.fn(async (where: Partial<User>) =>
      users.find((u) => (where.eidSubjectHash ? u.eidSubjectHash === where.eidSubjectHash : u.id === where.id)) ?? null,
    ),
    update: vi.fn(async () => ({ affected: 1 })),
    create: vi.fn((values: Partial<User>) => values),
    save: vi.fn(async (values: Partial<User>) => ({ id: 'new-user', deletedAt: null, ...values })),
  };
  const manager = { getRepository: () => userRepository };
  const dataSource = { transaction: (work: (m: unknown) => unknown) => work(manager) } as unknown as DataSource;
  const oidc = {
    exchange: vi.fn(async () => ({ sub: 'x', acr: 'http://id.elegnamnden.se/loa/1.0/loa3', [PNR_CLAIM]: '19811218-9876', ...claims })),
  } as unknown as EidOidcClient & { exchange: ReturnType<typeof vi.fn> };
  const sessions = {
    create: vi.fn(async (userId: string) => ({ token: 'token', session: { userId, expiresAt: new Date('2030-01-01') } })),
  } as unknown as SessionsService & { create: ReturnType<typeof vi.fn> };
  const service = new EidService(attempts, dataSource, config, oidc, sessions, {} as RateLimitsService);
  const finish = (query: string, attemptId: string | null = 'attempt-1') =>
    service.finish({ query: new URLSearchParams(query), attemptId, locale: 'fit' });
  return { service, finish, userRepository, oidc, sessions };
}

async function failure(promise: Promise<unknown>): Promise<EidFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EidFailure);
  return error as EidFailure;
}

describe('EidService.finish', () => {
  it('creates a verified account holding only the keyed hash of the 12-digit personnummer', async () => {
    const { finish, userRepository, sessions } = setup({ claims: { given_name: 'Anna', family_name: 'Nilsson' } });
    const signedIn = await finish('code=c&state=s');
    expect(signedIn).toMatchObject({ outcome: 'CREATED', returnTo: '/kalix', token: 'token' });
    const created = userRepository.save.mock.calls[0]![0];
    expect(created).toMatchObject({
      displayName: 'Anna Nilsson',
      locale: 'fit',
      email: null,
      passwordHash: null,
      eidSubjectHash: hashOf('198112189876'),
      assuranceLevel: AssuranceLevel.SUBSTANTIAL,
    });
    expect(JSON.stringify(created)).not.toContain('9876');
    expect(sessions.create).toHaveBeenCalledWith('new-user', 'EID', expect.anything());
  });

  it('signs in the account that has the e-ID and updates its level', async () => {
    const { finish, userRepository } = setup({
      users: [{ id: 'anna', eidSubjectHash: hashOf('198112189876'), deletedAt: null }],
      claims: { acr: 'http://id.elegnamnden.se/loa/1.0/loa4' },
    });
    expect(await finish('code=c&state=s')).toMatchObject({ outcome: 'SIGNED_IN', user: { id: 'anna' } });
    expect(userRepository.update).toHaveBeenCalledWith({ id: 'anna' }, expect.objectContaining({ assuranceLevel: AssuranceLevel.HIGH }));
    expect(userRepository.save).not.toHaveBeenCalled();
  });

  it('links the e-ID to the person who started the sign-in', async () => {
    const { finish, userRepository } = setup({
      attempt: { id: 'attempt-1', link_user_id: 'eeva' },
      users: [{ id: 'eeva', eidSubjectHash: null, deletedAt: null }],
    });
    expect(await finish('code=c&state=s')).toMatchObject({ outcome: 'LINKED', user: { id: 'eeva' } });
    expect(userRepository.update).toHaveBeenCalledWith({ id: 'eeva' }, expect.objectContaining({ eidSubjectHash: hashOf('198112189876') }));
  });

  it('refuses to move an e-ID from one account to another, or to replace an account’s e-ID', async () => {
    const taken = setup({
      attempt: { id: 'attempt-1', link_user_id: 'olle' },
      users: [{ id: 'anna', eidSubjectHash: hashOf('198112189876'), deletedAt: null }, { id: 'olle', eidSubjectHash: null, deletedAt: null }],
    });
    expect((await failure(taken.finish('code=c&state=s'))).code).toBe(EidErrorCode.FAILED);
    const replacing = setup({
      attempt: { id: 'attempt-1', link_user_id: 'olle' },
      users: [{ id: 'olle', eidSubjectHash: hashOf('196505052381'), deletedAt: null }],
    });
    expect((await failure(replacing.finish('code=c&state=s'))).code).toBe(EidErrorCode.FAILED);
    for (const { userRepository, sessions } of [taken, replacing]) {
      expect(userRepository.update).not.toHaveBeenCalled();
      expect(sessions.create).not.toHaveBeenCalled();
    }
  });

  it('maps the ways a callback can fail to CANCELLED, EXPIRED and FAILED', async () => {
    const cancelled = setup();
    expect((await failure(cancelled.finish('error=access_denied&state=s'))).code).toBe(EidErrorCode.CANCELLED);
    expect(cancelled.oidc.exchange).not.toHaveBeenCalled();
    expect((await failure(setup().finish('error=server_error&state=s'))).code).toBe(EidErrorCode.FAILED);
    expect((await failure(setup().finish('code=c'))).code).toBe(EidErrorCode.EXPIRED);
    expect((await failure(setup({ attempt: null }).finish('code=c&state=s'))).code).toBe(EidErrorCode.EXPIRED);
    expect((await failure(setup().finish('code=c&state=s', 'another-attempt'))).code).toBe(EidErrorCode.FAILED);
    expect((await failure(setup().finish('code=c&state=s', null))).code).toBe(EidErrorCode.FAILED);
    const noNumber = await failure(setup({ claims: { [PNR_CLAIM]: undefined } }).finish('code=c&state=s'));
    expect(noNumber.code).toBe(EidErrorCode.FAILED);
    const badToken = setup();
    badToken.oidc.exchange.mockRejectedValueOnce(new Error('unexpected ID Token "nonce" claim value'));
    expect(await failure(badToken.finish('code=c&state=s'))).toMatchObject({ code: EidErrorCode.FAILED, reason: expect.stringContaining('nonce') });
  });

  it('records LOW for an acr it does not know', async () => {
    const { finish, userRepository } = setup({ claims: { acr: 'urn:example:unknown' } });
    await finish('code=c&state=s');
    expect(userRepository.save.mock.calls[0]![0]).toMatchObject({ assuranceLevel: AssuranceLevel.LOW });
  });
});
