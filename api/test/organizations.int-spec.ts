import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@medskapa/shared';
import type { Viewer } from '../src/common/viewer';
import { SessionsService } from '../src/modules/auth/sessions.service';
import { OrganizationsService } from '../src/modules/organizations/organizations.service';
import { bearer, latestEmailTo, loginAs, startTestApp, type TestApp, tokenFromLink } from './support/test-app';

let api: TestApp;
let db: DataSource;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let kalixId: string;
const as = (who: string) => bearer(tokens[who]!);

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  for (const who of ['admin', 'officer', 'moderator', 'forening', 'elevrad', 'resident']) {
    tokens[who] = await loginAs(api, `${who}@kalix.example`);
    ids[who] = (await db.query(`SELECT id FROM app_user WHERE email = $1`, [`${who}@kalix.example`]))[0].id;
  }
  kalixId = (await db.query(`SELECT id FROM municipality WHERE slug = 'kalix'`))[0].id;
});
afterAll(async () => {
  await api.close();
});

let counter = 0;
const unique = (name: string) => `${name} ${Date.now().toString(36)}${++counter}`;
const placeId = async (name: string) => (await db.query(`SELECT id FROM place WHERE name = $1`, [name]))[0].id as string;
const orgId = async (name: string) => (await db.query(`SELECT id FROM organization WHERE name = $1`, [name]))[0].id as string;
const count = async (table: string) => (await db.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n as number;

const ORG_FIELDS = `id name kind status description contactEmail reviewReason memberCount createdAt
  municipality { slug } homePlace { name }
  members { role user { displayName } }
  viewerMembership { role }`;
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORG_FIELDS} } }`;
const ORGANIZATION = `query($id: ID!) { organization(id: $id) { ${ORG_FIELDS} } }`;
const ORGANIZATIONS = `query($slug: String!, $status: OrganizationStatus, $kind: OrganizationKind) {
  organizations(municipalitySlug: $slug, status: $status, kind: $kind) { id name status } }`;
const REVIEW = `mutation($id: ID!, $decision: OrganizationReviewDecision!, $reason: String) {
  reviewOrganization(id: $id, decision: $decision, reason: $reason) { id status reviewReason } }`;
const INVITE = `mutation($org: ID!, $email: String!, $role: MembershipRole) {
  inviteMember(organizationId: $org, email: $email, role: $role) { id email role expiresAt acceptedAt organization { name } } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { role organization { id name } user { id } } }`;
const REMOVE = `mutation($org: ID!, $user: ID!) { removeMember(organizationId: $org, userId: $user) }`;
const SET_ROLE = `mutation($org: ID!, $user: ID!, $role: MembershipRole!) { setMemberRole(organizationId: $org, userId: $user, role: $role) { role } }`;
const AUDIT = `{ auditLog(municipalitySlug: "kalix", first: 30) { edges { node { action targetType targetId actorName actorRoles details } } } }`;

type Org = Record<string, unknown> & { id: string; status: string };

async function createOrg(who: string, overrides: Record<string, unknown> = {}): Promise<Org> {
  const { data, errors } = await api.graphql<{ createOrganization: Org }>(
    CREATE,
    { input: { municipalitySlug: 'kalix', name: unique('Förening'), kind: 'VILLAGE_ASSOCIATION', ...overrides } },
    as(who),
  );
  expect(errors).toBeUndefined();
  return data!.createOrganization;
}

async function approvedOrgLedBy(who: string): Promise<Org> {
  const org = await createOrg(who);
  const review = await api.graphql(REVIEW, { id: org.id, decision: 'APPROVE' }, as('officer'));
  expect(review.errors).toBeUndefined();
  return { ...org, status: 'APPROVED' };
}

async function auditActions(targetId: string) {
  const { data, errors } = await api.graphql<{ auditLog: { edges: Array<{ node: Record<string, unknown> & { targetId: string } }> } }>(
    AUDIT,
    {},
    as('admin'),
  );
  expect(errors).toBeUndefined();
  return data!.auditLog.edges.map((e) => e.node).filter((n) => n.targetId === targetId);
}

/** Invites by GraphQL and reads the token from the e-mailed link in the outbox. */
async function invite(who: string, organizationId: string, email: string, role?: string) {
  const result = await api.graphql<{ inviteMember: Record<string, unknown> }>(INVITE, { org: organizationId, email, role }, as(who));
  expect(result.errors).toBeUndefined();
  const mail = await latestEmailTo(api, email);
  return { invitation: result.data!.inviteMember, mail, token: tokenFromLink(mail.body_text) };
}

describe('the demo seed', () => {
  it('has the organizations of api-contract.md with their leaders, and one waiting for review', async () => {
    const rows = await db.query(
      `SELECT o.name, o.kind, o.status, p.name AS place, array_agg(u.email || ':' || m.role ORDER BY m.role, u.email) AS members
         FROM organization o JOIN place p ON p.id = o.home_place_id
         JOIN membership m ON m.organization_id = o.id JOIN app_user u ON u.id = m.user_id
        WHERE o.name IN ('Töre byaförening', 'Elevrådet Furuhedsskolan', 'Kalix ungdomsråd', 'Sangis hembygdsförening')
          AND o.municipality_id = $1
        GROUP BY o.id, p.name ORDER BY o.name`,
      [kalixId],
    );
    expect(rows).toEqual([
      { name: 'Elevrådet Furuhedsskolan', kind: 'SCHOOL_COUNCIL', status: 'APPROVED', place: 'Kalix', members: ['elevrad@kalix.example:LEADER'] },
      { name: 'Kalix ungdomsråd', kind: 'YOUTH_COUNCIL', status: 'APPROVED', place: 'Kalix', members: ['officer@kalix.example:LEADER'] },
      { name: 'Sangis hembygdsförening', kind: 'HEMBYGDSFORENING', status: 'PENDING', place: 'Sangis', members: ['resident@kalix.example:LEADER'] },
      {
        name: 'Töre byaförening',
        kind: 'VILLAGE_ASSOCIATION',
        status: 'APPROVED',
        place: 'Töre',
        members: ['forening@kalix.example:LEADER', 'resident@kalix.example:MEMBER'],
      },
    ]);
  });
});

describe('creating an organization', () => {
  it('lets a resident register one: PENDING, with the resident as its LEADER, and nothing in the audit log', async () => {
    const org = await createOrg('elevrad', {
      kind: 'HEMBYGDSFORENING',
      homePlaceId: await placeId('Sangis'),
      contactEmail: ' Styrelsen@Sangis.example ',
      description: '  Vi samlar bygdens historia.  ',
    });
    expect(org).toMatchObject({
      kind: 'HEMBYGDSFORENING',
      status: 'PENDING',
      description: 'Vi samlar bygdens historia.',
      contactEmail: 'styrelsen@sangis.example',
      memberCount: 1,
      municipality: { slug: 'kalix' },
      homePlace: { name: 'Sangis' },
      members: [{ role: 'LEADER', user: { displayName: 'Elsa Berg' } }],
      viewerMembership: { role: 'LEADER' },
    });
    const [row] = await db.query(`SELECT created_by_id, reviewed_by_id FROM organization WHERE id = $1`, [org.id]);
    expect(row).toEqual({ created_by_id: ids.elevrad, reviewed_by_id: null });
    expect(await auditActions(org.id)).toEqual([]);
  });

  it('approves at once when an officer of the municipality creates it, and records that', async () => {
    const org = await createOrg('officer', { kind: 'FOLKETS_HUS' });
    expect(org).toMatchObject({ status: 'APPROVED', viewerMembership: { role: 'LEADER' } });
    expect(await auditActions(org.id)).toEqual([
      expect.objectContaining({ action: 'ORGANIZATION_APPROVED', actorName: 'Erik Nilsson', actorRoles: ['OFFICER'] }),
    ]);
  });

  it('refuses a name taken in the municipality in any letter case (CONFLICT) and stores nothing', async () => {
    const before = [await count('organization'), await count('membership')];
    const { errors } = await api.graphql(CREATE, { input: { municipalitySlug: 'kalix', name: 'TÖRE BYAFÖRENING', kind: 'OTHER' } }, as('resident'));
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.name' }] });
    expect([await count('organization'), await count('membership')]).toEqual(before);
    // The same name in another municipality is fine.
    const norsjo = await api.graphql<{ createOrganization: Org }>(
      CREATE,
      { input: { municipalitySlug: 'norsjo', name: 'Töre byaförening', kind: 'OTHER' } },
      as('resident'),
    );
    expect(norsjo.errors).toBeUndefined();
  });

  it('refuses invalid input field by field with the shared limits, and stores nothing', async () => {
    const before = await count('organization');
    const { errors } = await api.graphql(
      CREATE,
      { input: { municipalitySlug: 'kalix', name: ' x ', kind: 'OTHER', contactEmail: 'not-mail', description: 'å'.repeat(2001) } },
      as('resident'),
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (errors?.[0]?.extensions?.fields as Array<{ path: string }>).map((f) => f.path).sort();
    expect(paths).toEqual(['input.contactEmail', 'input.description', 'input.name']);
    // A home place must belong to the same municipality.
    const elsewhere = await api.graphql(
      CREATE,
      { input: { municipalitySlug: 'kalix', name: unique('Förening'), kind: 'OTHER', homePlaceId: await placeId('Norsjö') } },
      as('resident'),
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.homePlaceId' }] });
    const signedOut = await api.graphql(CREATE, { input: { municipalitySlug: 'kalix', name: unique('Förening'), kind: 'OTHER' } });
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count('organization')).toBe(before);
  });
});

describe('visibility', () => {
  it('lists only approved organizations to the public; officers may list pending and rejected ones', async () => {
    const pending = await createOrg('resident');
    const names = async (headers: Record<string, string> = {}, status?: string) => {
      const { data, errors } = await api.graphql<{ organizations: Org[] }>(ORGANIZATIONS, { slug: 'kalix', status }, headers);
      return { names: data?.organizations.map((o) => o.name), statuses: data?.organizations.map((o) => o.status), code: errors?.[0]?.extensions?.code };
    };
    const publicList = await names();
    expect(publicList.names).toEqual(expect.arrayContaining(['Elevrådet Furuhedsskolan', 'Kalix ungdomsråd', 'Töre byaförening']));
    expect(publicList.names).not.toContain(pending.name);
    expect(new Set(publicList.statuses)).toEqual(new Set(['APPROVED']));
    const forOfficer = await names(as('officer'), 'PENDING');
    expect(forOfficer.names).toEqual(expect.arrayContaining(['Sangis hembygdsförening', pending.name]));
    expect((await names(as('resident'), 'PENDING')).code).toBe('FORBIDDEN');
    expect((await names({}, 'REJECTED')).code).toBe('UNAUTHENTICATED');
    expect((await names(as('moderator'), 'PENDING')).code).toBe('FORBIDDEN');
    const { data } = await api.graphql<{ organizations: Org[] }>(ORGANIZATIONS, { slug: 'kalix', kind: 'SCHOOL_COUNCIL' });
    expect(data!.organizations.map((o) => o.name)).toEqual(['Elevrådet Furuhedsskolan']);
  });

  it('shows a pending organization only to its members and officers; others get NOT_FOUND', async () => {
    const pending = await createOrg('resident');
    for (const headers of [{}, as('elevrad'), as('moderator')]) {
      const { data, errors } = await api.graphql(ORGANIZATION, { id: pending.id }, headers);
      expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(data?.organization).toBeNull();
    }
    for (const who of ['resident', 'officer', 'admin']) {
      const { errors } = await api.graphql(ORGANIZATION, { id: pending.id }, as(who));
      expect(errors, who).toBeUndefined();
    }
    const unknown = await api.graphql(ORGANIZATION, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await api.graphql(ORGANIZATION, { id: '42' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows members to members and officers, the contact address to leaders and officers, and the count to everyone', async () => {
    const tore = await orgId('Töre byaförening');
    const view = async (headers: Record<string, string> = {}) =>
      (await api.graphql<{ organization: Org & { members: unknown[] } }>(ORGANIZATION, { id: tore }, headers)).data!.organization;
    const anonymous = await view();
    expect(anonymous).toMatchObject({ memberCount: 2, members: [], contactEmail: null, viewerMembership: null });
    expect(await view(as('elevrad'))).toMatchObject({ members: [], contactEmail: null, viewerMembership: null });
    const member = await view(as('resident'));
    expect(member).toMatchObject({ contactEmail: null, viewerMembership: { role: 'MEMBER' } });
    expect(member.members).toEqual([
      { role: 'LEADER', user: { displayName: 'Lars Öhman' } },
      { role: 'MEMBER', user: { displayName: 'Johan Karlsson' } },
    ]);
    expect(await view(as('forening'))).toMatchObject({ contactEmail: 'forening@kalix.example', viewerMembership: { role: 'LEADER' } });
    expect((await view(as('officer'))).members).toHaveLength(2);
    expect((await view(as('officer'))).contactEmail).toBe('forening@kalix.example');
  });

  it('lists my organizations under me, and nobody else sees them except admins', async () => {
    const mine = await api.graphql<{ me: { organizations: Array<{ role: string; organization: { name: string; status: string } }> } }>(
      `{ me { organizations { role organization { name status } } } }`,
      {},
      as('resident'),
    );
    expect(mine.data!.me.organizations.map((m) => [m.organization.name, m.role]).sort()).toEqual(
      expect.arrayContaining([
        ['Sangis hembygdsförening', 'LEADER'],
        ['Töre byaförening', 'MEMBER'],
      ]),
    );
    // Another member sees the resident through the member list, but not their organizations.
    const throughMembers = `query($id: ID!) { organization(id: $id) { members { user { displayName organizations { role } } } } }`;
    const tore = await orgId('Töre byaförening');
    const { data } = await api.graphql<{ organization: { members: Array<{ user: { displayName: string; organizations: unknown[] } }> } }>(
      throughMembers,
      { id: tore },
      as('forening'),
    );
    expect(data!.organization.members.find((m) => m.user.displayName === 'Johan Karlsson')!.user.organizations).toEqual([]);
    const byAdmin = await api.graphql<{ users: { edges: Array<{ node: { email: string; organizations: unknown[] } }> } }>(
      `{ users(municipalitySlug: "kalix", search: "resident@") { edges { node { email organizations { role organization { name } } } } } }`,
      {},
      as('admin'),
    );
    expect(byAdmin.data!.users.edges[0]!.node.organizations.length).toBeGreaterThanOrEqual(2);
  });

  it('resolves a list of organizations with their members and places in a constant number of statements', async () => {
    const query = `query($status: OrganizationStatus) { organizations(municipalitySlug: "kalix", status: $status) {
      name memberCount contactEmail municipality { slug } homePlace { name } viewerMembership { role }
      members { role user { displayName organizations { organization { name } } } } } }`;
    api.statements.reset();
    const approved = await api.graphql<{ organizations: unknown[] }>(query, {}, as('officer'));
    const approvedStatements = api.statements.count;
    for (let i = 0; i < 4; i++) await createOrg('resident');
    api.statements.reset();
    const pending = await api.graphql<{ organizations: unknown[] }>(query, { status: 'PENDING' }, as('officer'));
    expect(approved.errors).toBeUndefined();
    expect(pending.errors).toBeUndefined();
    expect(pending.data!.organizations.length).toBeGreaterThan(approved.data!.organizations.length);
    expect(api.statements.count).toBeLessThanOrEqual(approvedStatements);
    expect(api.statements.count).toBeLessThanOrEqual(10);
  });
});

describe('review', () => {
  it('lets an officer approve, or reject with a reason, recording both in the audit log for admins', async () => {
    const first = await createOrg('resident');
    const noReason = await api.graphql(REVIEW, { id: first.id, decision: 'REJECT', reason: '  ' }, as('officer'));
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason' }] });
    expect((await db.query(`SELECT status FROM organization WHERE id = $1`, [first.id]))[0].status).toBe('PENDING');

    const rejected = await api.graphql<{ reviewOrganization: Org }>(
      REVIEW,
      { id: first.id, decision: 'REJECT', reason: 'Föreningen finns redan under ett annat namn.' },
      as('officer'),
    );
    expect(rejected.data!.reviewOrganization).toEqual({ id: first.id, status: 'REJECTED', reviewReason: 'Föreningen finns redan under ett annat namn.' });
    const again = await api.graphql(REVIEW, { id: first.id, decision: 'REJECT', reason: 'Igen.' }, as('officer'));
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Its leader still sees it and why; the public does not.
    const byLeader = await api.graphql<{ organization: Org }>(ORGANIZATION, { id: first.id }, as('resident'));
    expect(byLeader.data!.organization).toMatchObject({ status: 'REJECTED', reviewReason: 'Föreningen finns redan under ett annat namn.' });
    expect((await api.graphql(ORGANIZATION, { id: first.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const second = await createOrg('resident');
    const approved = await api.graphql<{ reviewOrganization: Org }>(REVIEW, { id: second.id, decision: 'APPROVE' }, as('admin'));
    expect(approved.data!.reviewOrganization).toMatchObject({ status: 'APPROVED' });
    const [row] = await db.query(`SELECT reviewed_by_id, reviewed_at FROM organization WHERE id = $1`, [second.id]);
    expect(row.reviewed_by_id).toBe(ids.admin);
    expect(row.reviewed_at).not.toBeNull();

    expect(await auditActions(first.id)).toEqual([
      expect.objectContaining({
        action: 'ORGANIZATION_REJECTED',
        targetType: 'Organization',
        actorName: 'Erik Nilsson',
        details: expect.objectContaining({ reason: 'Föreningen finns redan under ett annat namn.', previousStatus: 'PENDING' }),
      }),
    ]);
    expect(await auditActions(second.id)).toEqual([expect.objectContaining({ action: 'ORGANIZATION_APPROVED', actorRoles: ['ADMIN'] })]);
  });

  it('refuses everyone but officers of the municipality, changing nothing', async () => {
    const org = await createOrg('resident');
    const auditBefore = await count('audit_event');
    for (const who of ['resident', 'forening', 'moderator']) {
      const { errors } = await api.graphql(REVIEW, { id: org.id, decision: 'APPROVE' }, as(who));
      expect(errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    expect((await api.graphql(REVIEW, { id: org.id, decision: 'APPROVE' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await db.query(`SELECT status FROM organization WHERE id = $1`, [org.id]))[0].status).toBe('PENDING');
    expect(await count('audit_event')).toBe(auditBefore);
  });
});

describe('updating', () => {
  it('lets leaders and officers edit, records it, and refuses members', async () => {
    const org = await approvedOrgLedBy('forening');
    const UPDATE = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { name description homePlace { name } contactEmail } }`;
    const byLeader = await api.graphql<{ updateOrganization: Record<string, unknown> }>(
      UPDATE,
      { id: org.id, input: { description: 'Ny beskrivning', homePlaceId: await placeId('Töre'), contactEmail: '' } },
      as('forening'),
    );
    expect(byLeader.errors).toBeUndefined();
    expect(byLeader.data!.updateOrganization).toMatchObject({ description: 'Ny beskrivning', homePlace: { name: 'Töre' }, contactEmail: null });
    const taken = await api.graphql(UPDATE, { id: org.id, input: { name: 'kalix UNGDOMSRÅD' } }, as('officer'));
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.name' }] });
    const byOfficer = await api.graphql(UPDATE, { id: org.id, input: { description: null } }, as('officer'));
    expect(byOfficer.errors).toBeUndefined();
    expect(await auditActions(org.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'ORGANIZATION_UPDATED', actorName: 'Lars Öhman' }),
        expect.objectContaining({ action: 'ORGANIZATION_UPDATED', actorName: 'Erik Nilsson' }),
      ]),
    );
    const tore = await orgId('Töre byaförening');
    const byMember = await api.graphql(UPDATE, { id: tore, input: { description: 'Kapad' } }, as('resident'));
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await db.query(`SELECT description FROM organization WHERE id = $1`, [tore]))[0].description).not.toBe('Kapad');
  });
});

describe('invitations', () => {
  it("e-mails a single-use link in the invitee's language; whoever opens it signed in joins, once", async () => {
    const org = await approvedOrgLedBy('forening');
    // The moderator has an account in Finnish: the e-mail is in Finnish.
    const { invitation, mail, token } = await invite('forening', org.id, 'Moderator@Kalix.example');
    expect(invitation).toMatchObject({ email: 'moderator@kalix.example', role: 'MEMBER', acceptedAt: null, organization: { name: org.name } });
    const days = (new Date(invitation.expiresAt as string).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(mail).toMatchObject({ kind: 'invitation', locale: 'fi' });
    expect(mail.subject).toContain(org.name as string);
    expect(mail.body_text).toContain('Lars Öhman');
    expect(mail.body_text).toContain(`${api.config.publicUrl}/invitations/accept?token=`);
    // Officers read it in the outbox too.
    const outbox = await api.graphql<{ outbox: { edges: Array<{ node: { kind: string; subject: string } }> } }>(
      `{ outbox(toAddress: "moderator@kalix.example", first: 1) { edges { node { kind subject } } } }`,
      {},
      as('officer'),
    );
    expect(outbox.data!.outbox.edges[0]!.node.kind).toBe('invitation');
    // Only the hash of the token is stored.
    const [stored] = await db.query(`SELECT token_hash FROM organization_invitation WHERE id = $1`, [invitation.id]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);

    const signedOut = await api.graphql(ACCEPT, { token });
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The elevråd leader opens the link sent to the moderator's address: the link is the proof.
    const accepted = await api.graphql<{ acceptInvitation: { role: string; user: { id: string }; organization: { id: string } } }>(
      ACCEPT,
      { token },
      as('elevrad'),
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation).toMatchObject({ role: 'MEMBER', user: { id: ids.elevrad }, organization: { id: org.id } });
    const [row] = await db.query(`SELECT accepted_at, accepted_by_id FROM organization_invitation WHERE id = $1`, [invitation.id]);
    expect(row.accepted_by_id).toBe(ids.elevrad);
    expect(row.accepted_at).not.toBeNull();

    const members = await count('membership');
    for (const who of ['elevrad', 'moderator']) {
      const second = await api.graphql(ACCEPT, { token }, as(who));
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'token' }] });
    }
    expect(await count('membership')).toBe(members);
    expect(await auditActions(org.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'MEMBER_INVITED', actorName: 'Lars Öhman', actorRoles: ['RESIDENT'] })]),
    );
  });

  it("writes to an address without an account in the inviter's language", async () => {
    const org = await approvedOrgLedBy('forening'); // Lars Öhman reads Meänkieli
    const { mail } = await invite('forening', org.id, `ny.medlem.${Date.now()}@example.se`);
    expect(mail.locale).toBe('fit');
  });

  it('refuses an expired or withdrawn link, and a second invitation replaces the first', async () => {
    const org = await approvedOrgLedBy('forening');
    const expired = await invite('forening', org.id, `utgangen.${Date.now()}@example.se`);
    await db.query(`UPDATE organization_invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.invitation.id]);
    const late = await api.graphql(ACCEPT, { token: expired.token }, as('moderator'));
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'token' }] });

    const address = `dubbel.${Date.now()}@example.se`;
    const first = await invite('forening', org.id, address);
    const second = await invite('forening', org.id, address);
    expect((await api.graphql(ACCEPT, { token: first.token }, as('moderator'))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }`;
    const byMember = await api.graphql(REVOKE, { id: second.invitation.id }, as('resident'));
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const revoked = await api.graphql<{ revokeInvitation: { revokedAt: string | null } }>(REVOKE, { id: second.invitation.id }, as('forening'));
    expect(revoked.data!.revokeInvitation.revokedAt).not.toBeNull();
    expect((await api.graphql(REVOKE, { id: second.invitation.id }, as('forening'))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await api.graphql(ACCEPT, { token: second.token }, as('moderator'))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await db.query(`SELECT 1 FROM membership WHERE organization_id = $1 AND user_id = $2`, [org.id, ids.moderator])).length).toBe(0);
    expect(await auditActions(org.id)).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'INVITATION_REVOKED' })]));
  });

  it('lets leaders and officers list invitations; members get FORBIDDEN', async () => {
    const tore = await orgId('Töre byaförening');
    const LIST = `query($id: ID!) { organizationInvitations(organizationId: $id) { id email role } }`;
    await invite('forening', tore, `lista.${Date.now()}@example.se`);
    for (const who of ['forening', 'officer']) {
      const { data, errors } = await api.graphql<{ organizationInvitations: unknown[] }>(LIST, { id: tore }, as(who));
      expect(errors, who).toBeUndefined();
      expect(data!.organizationInvitations.length).toBeGreaterThan(0);
    }
    expect((await api.graphql(LIST, { id: tore }, as('resident'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.graphql(LIST, { id: tore })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is for leaders of approved organizations (and officers), not for members or leaders of pending ones', async () => {
    const pending = await createOrg('elevrad');
    const before = [await count('organization_invitation'), await count('outbox_message')];
    const byPendingLeader = await api.graphql(INVITE, { org: pending.id, email: 'someone@example.se' }, as('elevrad'));
    expect(byPendingLeader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tore = await orgId('Töre byaförening');
    const byMember = await api.graphql(INVITE, { org: tore, email: 'someone@example.se' }, as('resident'));
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const alreadyMember = await api.graphql(INVITE, { org: tore, email: 'resident@kalix.example' }, as('forening'));
    expect(alreadyMember.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const badEmail = await api.graphql(INVITE, { org: tore, email: 'nope' }, as('forening'));
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'email' }] });
    expect([await count('organization_invitation'), await count('outbox_message')]).toEqual(before);
    // An officer may invite to a pending organization, e.g. its first leader.
    const byOfficer = await api.graphql(INVITE, { org: pending.id, email: 'ledare@example.se', role: 'LEADER' }, as('officer'));
    expect(byOfficer.errors).toBeUndefined();
  });

  it('promotes an existing member invited as LEADER, and is idempotent for members', async () => {
    const org = await approvedOrgLedBy('forening');
    const asMember = await invite('forening', org.id, 'moderator@kalix.example');
    expect((await api.graphql(ACCEPT, { token: asMember.token }, as('moderator'))).errors).toBeUndefined();
    const asLeader = await invite('officer', org.id, `x.${Date.now()}@example.se`, 'LEADER');
    const accepted = await api.graphql<{ acceptInvitation: { role: string } }>(ACCEPT, { token: asLeader.token }, as('moderator'));
    expect(accepted.data!.acceptInvitation.role).toBe('LEADER');
    const rows = await db.query(`SELECT role FROM membership WHERE organization_id = $1 AND user_id = $2`, [org.id, ids.moderator]);
    expect(rows).toEqual([{ role: 'LEADER' }]);
  });

  it('is rate-limited per inviter', async () => {
    const org = await approvedOrgLedBy('forening');
    // Fill this window's counter up to the limit (50 a day), as 50 earlier invitations would have.
    await db.query(
      `INSERT INTO rate_limit_counter (bucket, window_start, hits) VALUES ($1, now(), 50)
       ON CONFLICT (bucket) DO UPDATE SET hits = 50, window_start = now()`,
      [`invitationsPerUser:${ids.forening}`],
    );
    const before = await count('organization_invitation');
    const { errors } = await api.graphql(INVITE, { org: org.id, email: `limit.${Date.now()}@example.se` }, as('forening'));
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(await count('organization_invitation')).toBe(before);
    await db.query(`DELETE FROM rate_limit_counter WHERE bucket = $1`, [`invitationsPerUser:${ids.forening}`]);
  });
});

describe('members', () => {
  it('keeps the last leader: they can neither leave, be removed nor be demoted (CONFLICT)', async () => {
    const org = await approvedOrgLedBy('forening');
    const before = await count('membership');
    const leave = await api.graphql(REMOVE, { org: org.id, user: ids.forening }, as('forening'));
    expect(leave.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const removeByOfficer = await api.graphql(REMOVE, { org: org.id, user: ids.forening }, as('officer'));
    expect(removeByOfficer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const demote = await api.graphql(SET_ROLE, { org: org.id, user: ids.forening, role: 'MEMBER' }, as('officer'));
    expect(demote.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count('membership')).toBe(before);
  });

  it('lets a member leave, a leader promote and remove members, and records what others did', async () => {
    const org = await approvedOrgLedBy('forening');
    for (const who of ['resident', 'moderator']) {
      const { token } = await invite('forening', org.id, `${who}@kalix.example`);
      expect((await api.graphql(ACCEPT, { token }, as(who))).errors).toBeUndefined();
    }
    // A member may not remove someone else or change roles.
    expect((await api.graphql(REMOVE, { org: org.id, user: ids.moderator }, as('resident'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.graphql(SET_ROLE, { org: org.id, user: ids.resident, role: 'LEADER' }, as('resident'))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    // The resident leaves by themself: not audited.
    const leave = await api.graphql<{ removeMember: boolean }>(REMOVE, { org: org.id, user: ids.resident }, as('resident'));
    expect(leave.data!.removeMember).toBe(true);
    expect((await api.graphql(REMOVE, { org: org.id, user: ids.resident }, as('forening'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The leader promotes the moderator; now the original leader may step down and leave.
    const promoted = await api.graphql<{ setMemberRole: { role: string } }>(SET_ROLE, { org: org.id, user: ids.moderator, role: 'LEADER' }, as('forening'));
    expect(promoted.data!.setMemberRole.role).toBe('LEADER');
    const demoted = await api.graphql(SET_ROLE, { org: org.id, user: ids.forening, role: 'MEMBER' }, as('moderator'));
    expect(demoted.errors).toBeUndefined();
    const removed = await api.graphql(REMOVE, { org: org.id, user: ids.forening }, as('moderator'));
    expect(removed.errors).toBeUndefined();
    const members = await db.query(`SELECT user_id, role FROM membership WHERE organization_id = $1`, [org.id]);
    expect(members).toEqual([{ user_id: ids.moderator, role: 'LEADER' }]);

    const actions = (await auditActions(org.id)).map((a) => [a.action, (a.details as { userId?: string }).userId ?? null]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['MEMBER_ROLE_CHANGED', ids.moderator],
        ['MEMBER_ROLE_CHANGED', ids.forening],
        ['MEMBER_REMOVED', ids.forening],
      ]),
    );
    expect(actions).not.toContainEqual(['MEMBER_REMOVED', ids.resident]);
  });
});

describe('helpers for organizations acting (polls, workshops)', () => {
  const viewerOf = async (who: string): Promise<Viewer> => (await api.app.get(SessionsService).viewerFor(tokens[who]!))!;

  it('requireLeader admits leaders of approved organizations and officers; isMember answers membership', async () => {
    const service = api.app.get(OrganizationsService);
    const tore = await orgId('Töre byaförening');
    const sangis = await orgId('Sangis hembygdsförening'); // pending, led by the resident
    expect((await service.requireLeader(await viewerOf('forening'), tore)).name).toBe('Töre byaförening');
    expect((await service.requireLeader(await viewerOf('officer'), sangis)).name).toBe('Sangis hembygdsförening');
    await expect(service.requireLeader(await viewerOf('resident'), tore)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(service.requireLeader(await viewerOf('resident'), sangis)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(service.requireLeader(null, tore)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(service.requireLeader(await viewerOf('forening'), '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await service.isMember(await viewerOf('resident'), tore)).toBe(true);
    expect(await service.isMember(await viewerOf('elevrad'), tore)).toBe(false);
    expect(await service.isMember(null, tore)).toBe(false);
    const [norsjo] = await db.query(`SELECT id FROM municipality WHERE slug = 'norsjo'`);
    const norsjoAdmin: Viewer = { ...(await viewerOf('elevrad')), roles: new Map([[norsjo.id as string, [Role.ADMIN]]]) };
    await expect(service.requireLeader(norsjoAdmin, tore)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('personal data', () => {
  it('exports memberships and invitations sent; deleting the account removes memberships, even of a last leader', async () => {
    // A fresh person who leads an organization alone and has invited someone.
    const email = `ensam.ledare.${Date.now()}@example.se`;
    const registered = await api.graphql<{ register: { token: string; user: { id: string } } }>(
      `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`,
      { input: { email, password: 'älven-fryser-i-november', displayName: 'Ensam Ledare', locale: 'sv', municipalitySlug: 'kalix' } },
      { 'x-forwarded-for': '198.51.100.77' },
    );
    tokens.lonely = registered.data!.register.token;
    const userId = registered.data!.register.user.id;
    const org = await createOrg('lonely');
    await api.graphql(REVIEW, { id: org.id, decision: 'APPROVE' }, as('officer'));
    await invite('lonely', org.id, `inbjuden.${Date.now()}@example.se`);
    const tore = await orgId('Töre byaförening');
    const invitedToTore = await invite('forening', tore, email);

    const exported = await api.graphql<{ exportMyData: string }>(`{ exportMyData }`, {}, as('lonely'));
    const data = JSON.parse(exported.data!.exportMyData);
    expect(data.organizationMemberships).toEqual([expect.objectContaining({ role: 'LEADER', organization: { id: org.id, name: org.name } })]);
    expect(data.organizationsCreated).toEqual([expect.objectContaining({ id: org.id, status: 'APPROVED' })]);
    expect(data.organizationInvitationsSent).toEqual([expect.objectContaining({ role: 'MEMBER', organization: { id: org.id, name: org.name } })]);
    expect(data.organizationInvitationsReceived).toEqual([expect.objectContaining({ organization: { id: tore, name: 'Töre byaförening' } })]);

    const deleted = await api.graphql<{ deleteMyAccount: boolean }>(`mutation { deleteMyAccount }`, {}, as('lonely'));
    expect(deleted.errors).toBeUndefined();
    expect(await db.query(`SELECT id FROM membership WHERE user_id = $1`, [userId])).toEqual([]);
    expect(await db.query(`SELECT id FROM organization_invitation WHERE id = $1`, [invitedToTore.invitation.id])).toEqual([]);
    // The organization stays, without a leader, until an officer appoints one.
    const view = await api.graphql<{ organization: Org }>(ORGANIZATION, { id: org.id }, as('officer'));
    expect(view.data!.organization).toMatchObject({ status: 'APPROVED', memberCount: 0, members: [] });
    const [row] = await db.query(`SELECT created_by_id FROM organization WHERE id = $1`, [org.id]);
    expect(row.created_by_id).toBe(userId);
    const { token } = await invite('officer', org.id, 'elevrad@kalix.example', 'LEADER');
    const accepted = await api.graphql<{ acceptInvitation: { role: string } }>(ACCEPT, { token }, as('elevrad'));
    expect(accepted.data!.acceptInvitation.role).toBe('LEADER');
  });
});
