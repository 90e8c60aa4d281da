import { MembershipRole, OrganizationStatus, Role } from '@medskapa/shared';
import { describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../../common/viewer';
import type { Membership } from './membership.entity';
import type { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

const KALIX = 'kalix-id';
const ORG_ID = '3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f';
const viewer = (userId: string, roles: Record<string, Role[]> = {}): Viewer => ({
  userId,
  sessionId: 's',
  displayName: 'Anna',
  locale: 'sv',
  municipalityId: KALIX,
  roles: new Map(Object.entries(roles)),
});

/** The service with only the two repositories requireLeader and isMember read; nothing else may be touched. */
function serviceWith(organization: Partial<Organization> | null, memberships: Array<Partial<Membership>>) {
  const organizations = { findOneBy: vi.fn(async () => (organization ? { id: ORG_ID, municipalityId: KALIX, ...organization } : null)) };
  const find = (where: { userId: string }) => memberships.find((m) => m.userId === where.userId) ?? null;
  const membershipRepository = {
    findOneBy: vi.fn(async (where: { userId: string }) => find(where)),
    existsBy: vi.fn(async (where: { userId: string }) => find(where) !== null),
  };
  const untouchable = new Proxy({}, { get: () => { throw new Error('not expected to be used'); } });
  const args = [organizations, membershipRepository, untouchable, untouchable, untouchable, untouchable, untouchable, untouchable, untouchable, untouchable];
  return new OrganizationsService(...(args as ConstructorParameters<typeof OrganizationsService>));
}

describe('OrganizationsService.requireLeader', () => {
  const leaderOf = [{ userId: 'lars', role: MembershipRole.LEADER }, { userId: 'johan', role: MembershipRole.MEMBER }];

  it('admits a leader of an approved organization and officers of its municipality', async () => {
    const approved = serviceWith({ status: OrganizationStatus.APPROVED }, leaderOf);
    await expect(approved.requireLeader(viewer('lars'), ORG_ID)).resolves.toMatchObject({ id: ORG_ID });
    const pending = serviceWith({ status: OrganizationStatus.PENDING }, leaderOf);
    await expect(pending.requireLeader(viewer('erik', { [KALIX]: [Role.OFFICER] }), ORG_ID)).resolves.toMatchObject({ id: ORG_ID });
    await expect(pending.requireLeader(viewer('maria', { [KALIX]: [Role.ADMIN] }), ORG_ID)).resolves.toMatchObject({ id: ORG_ID });
  });

  it('refuses members, leaders of organizations not yet approved, moderators and officers elsewhere', async () => {
    const approved = serviceWith({ status: OrganizationStatus.APPROVED }, leaderOf);
    await expect(approved.requireLeader(viewer('johan'), ORG_ID)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(approved.requireLeader(viewer('sara', { [KALIX]: [Role.MODERATOR] }), ORG_ID)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(approved.requireLeader(viewer('nils', { 'norsjo-id': [Role.ADMIN] }), ORG_ID)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rejected = serviceWith({ status: OrganizationStatus.REJECTED }, leaderOf);
    await expect(rejected.requireLeader(viewer('lars'), ORG_ID)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers UNAUTHENTICATED, BAD_USER_INPUT and NOT_FOUND before looking at roles', async () => {
    const service = serviceWith(null, []);
    await expect(service.requireLeader(null, ORG_ID)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(service.requireLeader(viewer('lars'), '42')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(service.requireLeader(viewer('lars'), ORG_ID)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('OrganizationsService.isMember', () => {
  it('is true for members of any role only', async () => {
    const service = serviceWith({ status: OrganizationStatus.APPROVED }, [{ userId: 'johan', role: MembershipRole.MEMBER }]);
    expect(await service.isMember(viewer('johan'), ORG_ID)).toBe(true);
    expect(await service.isMember(viewer('elsa'), ORG_ID)).toBe(false);
    expect(await service.isMember(null, ORG_ID)).toBe(false);
    expect(await service.isMember(viewer('johan'), 'not-an-id')).toBe(false);
  });
});
