/**
 * Workshops: planning (create/update/cancel with every rule), reading (filters, ordering,
 * language fallback, DataLoaders) and the public .ics file.
 */
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, type GraphQLResponse, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
const tokens: Record<string, string> = {};
let kalixId: string;
let villageId: string;
let schoolCouncilId: string;
let pendingOrgId: string;
let toreId: string;
let nyborgId: string;
let foreignPlaceId: string;
let kalixGoalIds: string[];
let foreignGoalId: string;
const as = (who: string) => bearer(tokens[who]!);
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: GraphQLResponse) => ((r.errors?.[0]?.extensions?.fields ?? []) as Array<{ path: string }>).map((f) => f.path);
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  for (const who of ['forening', 'officer', 'admin', 'resident', 'elevrad', 'moderator']) tokens[who] = await loginAs(api, `${who}@kalix.example`);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  villageId = (
    await one<{ id: string }>(
      `SELECT o.id FROM organization o JOIN membership m ON m.organization_id = o.id JOIN app_user u ON u.id = m.user_id
        WHERE o.kind = 'VILLAGE_ASSOCIATION' AND m.role = 'LEADER' AND u.email = 'forening@kalix.example' LIMIT 1`,
    )
  ).id;
  schoolCouncilId = (await one<{ id: string }>(`SELECT id FROM organization WHERE name = 'Elevrådet Furuhedsskolan'`)).id;
  // An organization forening@ leads that the municipality has not approved yet.
  const forening = await one<{ id: string }>(`SELECT id FROM app_user WHERE email = 'forening@kalix.example'`);
  pendingOrgId = (
    await one<{ id: string }>(
      `INSERT INTO organization (municipality_id, name, kind, status, created_by_id) VALUES ($1, 'Nyborgs hembygdsförening (ny)', 'HEMBYGDSFORENING', 'PENDING', $2) RETURNING id`,
      [kalixId, forening.id],
    )
  ).id;
  await db.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'LEADER')`, [pendingOrgId, forening.id]);
  const placeNamed = async (name: string) => (await one<{ id: string }>(`SELECT id FROM place WHERE municipality_id = $1 AND name = $2`, [kalixId, name])).id;
  toreId = await placeNamed('Töre');
  nyborgId = await placeNamed('Nyborg');
  const foreign = await one<{ id: string } | undefined>(`SELECT id FROM place WHERE municipality_id <> $1 LIMIT 1`, [kalixId]);
  foreignPlaceId =
    foreign?.id ??
    (
      await one<{ id: string }>(
        `INSERT INTO place (municipality_id, name, kind) SELECT id, 'Bastuträsk', 'VILLAGE' FROM municipality WHERE slug <> 'kalix' LIMIT 1 RETURNING id`,
      )
    ).id;
  const goals: Array<{ id: string }> = await db.query(
    `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 ORDER BY g.code LIMIT 11`,
    [kalixId],
  );
  kalixGoalIds = goals.map((g) => g.id);
  foreignGoalId = (
    await one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id <> $1 LIMIT 1`,
      [kalixId],
    )
  ).id;
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  await db.query(`DELETE FROM rate_limit_counter`);
});

function input(overrides: Record<string, unknown> = {}) {
  return {
    organizationId: villageId,
    title: 'Framtidsverkstad i Töre',
    description: 'Hur vill vi att Töre ska se ut 2035? Vi utgår från kommunens målbilder.',
    originalLocale: 'sv',
    translations: [{ locale: 'fi', title: 'Tulevaisuustyöpaja Töressä', description: 'Millainen Töre on vuonna 2035?' }],
    startsAt: hours(48),
    endsAt: hours(51),
    venue: 'Töre bygdegård, Skolvägen 2',
    placeId: toreId,
    goalIds: kalixGoalIds.slice(0, 2),
    signupEnabled: true,
    signupLimit: 30,
    ...overrides,
  };
}

const FIELDS = `id title titleTranslations { locale text status } description descriptionTranslations { locale text status } originalLocale
  startsAt endsAt venue place { id name } organization { id name } municipality { slug } goals { id } signupEnabled signupLimit signupCount
  viewerSignedUp viewerCanManage cancelledAt createdAt icsUrl`;
const CREATE = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelWorkshop(id: $id, reason: $reason) { id cancelledAt } }`;
const GET = `query($id: ID!) { workshop(id: $id) { ${FIELDS} } }`;

interface WorkshopData {
  id: string;
  title: string;
  description: string | null;
  titleTranslations: Array<{ locale: string; text: string; status: string }>;
  goals: Array<{ id: string }>;
  place: { id: string; name: string } | null;
  cancelledAt: string | null;
  viewerCanManage: boolean;
  signupCount: number;
  icsUrl: string;
  [key: string]: unknown;
}

async function create(overrides: Record<string, unknown> = {}, who = 'forening'): Promise<WorkshopData> {
  const response = await api.graphql<{ createWorkshop: WorkshopData }>(CREATE, { input: input(overrides) }, as(who));
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.createWorkshop;
}

const countWorkshops = async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM workshop`)).n;

describe('createWorkshop', () => {
  it('creates a workshop for the leader of an approved organization, with translations, place, goals and an audit record', async () => {
    const workshop = await create();
    expect(workshop).toMatchObject({
      title: 'Framtidsverkstad i Töre',
      originalLocale: 'sv',
      venue: 'Töre bygdegård, Skolvägen 2',
      place: { id: toreId, name: 'Töre' },
      organization: { id: villageId },
      municipality: { slug: 'kalix' },
      signupEnabled: true,
      signupLimit: 30,
      signupCount: 0,
      viewerSignedUp: false,
      viewerCanManage: true,
      cancelledAt: null,
      icsUrl: `/workshops/${workshop.id}.ics`,
    });
    expect(workshop.goals.map((g) => g.id).sort()).toEqual(kalixGoalIds.slice(0, 2).sort());
    expect(workshop.titleTranslations).toEqual([
      { locale: 'sv', text: 'Framtidsverkstad i Töre', status: 'REVIEWED' },
      { locale: 'fi', text: 'Tulevaisuustyöpaja Töressä', status: 'REVIEWED' },
      { locale: 'fit', text: '', status: 'MISSING' },
    ]);
    const audit = await one(`SELECT action, target_type, actor_id IS NOT NULL AS by_someone FROM audit_event WHERE target_id = $1`, [workshop.id]);
    expect(audit).toEqual({ action: 'workshop.create', target_type: 'WORKSHOP', by_someone: true });
  });

  it('lets officers and admins of the municipality create for any organization, of any kind', async () => {
    expect((await create({ organizationId: schoolCouncilId }, 'officer')).organization).toEqual(expect.objectContaining({ id: schoolCouncilId }));
    expect((await create({}, 'admin')).viewerCanManage).toBe(true);
  });

  it('refuses signed-out people, residents, moderators, leaders of another organization and leaders of an unapproved one', async () => {
    const before = await countWorkshops();
    expect(codeOf(await api.graphql(CREATE, { input: input() }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.graphql(CREATE, { input: input() }, as('resident')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(CREATE, { input: input() }, as('moderator')))).toBe('FORBIDDEN');
    // elevrad@ leads the school council, not the village association; forening@ the other way round.
    expect(codeOf(await api.graphql(CREATE, { input: input() }, as('elevrad')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(CREATE, { input: input({ organizationId: schoolCouncilId }) }, as('forening')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(CREATE, { input: input({ organizationId: pendingOrgId }) }, as('forening')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(CREATE, { input: input({ organizationId: '00000000-0000-4000-8000-000000000000' }) }, as('forening')))).toBe('NOT_FOUND');
    expect(await countWorkshops()).toBe(before);
  });

  it('validates every field and names it, changing nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 'x' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ description: 'x'.repeat(5001) }, 'input.description'],
      [{ originalLocale: 'en' }, 'input.originalLocale'],
      [{ translations: [{ locale: 'sv', title: 'Samma språk' }] }, 'input.translations.0.locale'],
      [{ translations: [{ locale: 'fi', title: 'Yksi' }, { locale: 'fi', title: 'Kaksi' }] }, 'input.translations.1.locale'],
      [{ translations: [{ locale: 'xx', title: 'Okänt' }] }, 'input.translations.0.locale'],
      [{ translations: [{ locale: 'fi', title: 'y' }] }, 'input.translations.0.title'],
      [{ startsAt: '2030-05-01T16:00:00Z', endsAt: '2030-05-01T16:00:00Z' }, 'input.endsAt'],
      [{ startsAt: '2030-05-01T16:00:00Z', endsAt: '2030-05-01T15:00:00Z' }, 'input.endsAt'],
      [{ startsAt: '2030-05-01T16:00:00Z', endsAt: '2030-05-02T16:00:00.001Z' }, 'input.endsAt'],
      [{ venue: 'x' }, 'input.venue'],
      [{ venue: 'x'.repeat(201) }, 'input.venue'],
      [{ placeId: 'not-a-uuid' }, 'input.placeId'],
      [{ placeId: foreignPlaceId }, 'input.placeId'],
      [{ placeId: '00000000-0000-4000-8000-000000000000' }, 'input.placeId'],
      [{ goalIds: [foreignGoalId] }, 'input.goalIds'],
      [{ goalIds: kalixGoalIds.slice(0, 11) }, 'input.goalIds'],
      [{ signupLimit: 0 }, 'input.signupLimit'],
      [{ signupLimit: 1001 }, 'input.signupLimit'],
      [{ organizationId: 'nope' }, 'input.organizationId'],
    ];
    expect(kalixGoalIds.length).toBe(11);
    const before = await countWorkshops();
    for (const [overrides, path] of cases) {
      const response = await api.graphql(CREATE, { input: input(overrides) }, as('forening'));
      expect(codeOf(response), JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response), JSON.stringify(overrides)).toContain(path);
    }
    expect(await countWorkshops()).toBe(before);
    // Exactly 24 hours, 1000 places and ten goals are fine; no description, place or goals too.
    const start = Date.now() + 5 * 3600_000;
    await create({ startsAt: new Date(start).toISOString(), endsAt: new Date(start + 24 * 3600_000).toISOString(), signupLimit: 1000, goalIds: kalixGoalIds.slice(0, 10) });
    const bare = await create({ description: null, translations: null, placeId: null, goalIds: null, signupLimit: null, signupEnabled: false });
    expect(bare).toMatchObject({ description: null, place: null, goals: [], signupLimit: null, signupEnabled: false });
  });

  it('refuses personnummer, phone numbers and e-mail addresses in titles and descriptions, naming kind and field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 'Ring 070-123 45 67' }, 'input.title'],
      [{ description: 'Anmälan till lars.ohman@example.se' }, 'input.description'],
      [{ description: 'Min kompis 19811218-9876 kommer.' }, 'input.description'],
      [{ translations: [{ locale: 'fi', title: 'Työpaja', description: 'Soita 070-123 45 67' }] }, 'input.translations.0.description'],
    ];
    const before = await countWorkshops();
    for (const [overrides, path] of cases) {
      const response = await api.graphql(CREATE, { input: input(overrides) }, as('forening'));
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)).toEqual([path]);
      expect(JSON.stringify(response.errors)).not.toContain('070-123');
    }
    expect(await countWorkshops()).toBe(before);
  });
});

describe('updateWorkshop and cancelWorkshop', () => {
  const updateInput = (overrides: Record<string, unknown> = {}) => {
    const { organizationId: _org, ...rest } = input(overrides);
    return rest;
  };

  it('replaces the fields and goals for managers and records it', async () => {
    const workshop = await create();
    const response = await api.graphql<{ updateWorkshop: WorkshopData }>(
      UPDATE,
      { id: workshop.id, input: updateInput({ title: 'Byakväll i Nyborg', placeId: nyborgId, goalIds: [kalixGoalIds[3]], translations: [] }) },
      as('forening'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateWorkshop).toMatchObject({ title: 'Byakväll i Nyborg', place: { id: nyborgId }, goals: [{ id: kalixGoalIds[3] }] });
    expect(response.data!.updateWorkshop.titleTranslations.find((t) => t.locale === 'fi')).toEqual({ locale: 'fi', text: '', status: 'MISSING' });
    expect(await one(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1 AND action = 'workshop.update'`, [workshop.id])).toEqual({ n: 1 });
    // An officer may too; a leader of another organization and a resident may not.
    expect(codeOf(await api.graphql(UPDATE, { id: workshop.id, input: updateInput() }, as('officer')))).toBeUndefined();
    expect(codeOf(await api.graphql(UPDATE, { id: workshop.id, input: updateInput({ title: 'Kapad' }) }, as('elevrad')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(UPDATE, { id: workshop.id, input: updateInput({ title: 'Kapad' }) }, as('resident')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(UPDATE, { id: workshop.id, input: updateInput({ title: 'Kapad' }) }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.graphql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: updateInput() }, as('officer')))).toBe('NOT_FOUND');
    expect(codeOf(await api.graphql(UPDATE, { id: workshop.id, input: updateInput({ placeId: foreignPlaceId }) }, as('forening')))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.graphql(UPDATE, { id: workshop.id, input: updateInput({ goalIds: [foreignGoalId] }) }, as('forening')))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.graphql(UPDATE, { id: workshop.id, input: updateInput({ title: 'Ring 070-123 45 67' }) }, as('forening')))).toBe('BAD_USER_INPUT');
    const after = await api.graphql<{ workshop: WorkshopData }>(GET, { id: workshop.id });
    expect(after.data!.workshop.title).toBe('Framtidsverkstad i Töre');
  });

  it('cancels once (audited), keeps the workshop readable and refuses changes afterwards', async () => {
    const workshop = await create();
    expect(codeOf(await api.graphql(CANCEL, { id: workshop.id, reason: 'Sjukdom' }, as('elevrad')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(CANCEL, { id: workshop.id, reason: 'x' }, as('forening')))).toBe('BAD_USER_INPUT');
    const cancelled = await api.graphql<{ cancelWorkshop: { cancelledAt: string } }>(CANCEL, { id: workshop.id, reason: 'Sjukdom i styrelsen' }, as('forening'));
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelWorkshop.cancelledAt).not.toBeNull();
    const again = await api.graphql<{ cancelWorkshop: { cancelledAt: string } }>(CANCEL, { id: workshop.id, reason: 'Igen' }, as('officer'));
    expect(again.data!.cancelWorkshop.cancelledAt).toBe(cancelled.data!.cancelWorkshop.cancelledAt);
    expect(await one(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1 AND action = 'workshop.cancel'`, [workshop.id])).toEqual({ n: 1 });
    const update = await api.graphql(UPDATE, { id: workshop.id, input: updateInput() }, as('forening'));
    expect(codeOf(update)).toBe('CONFLICT');
    expect(update.errors![0]!.extensions!.reason).toBe('WORKSHOP_CANCELLED');
    expect((await api.graphql<{ workshop: WorkshopData }>(GET, { id: workshop.id })).data!.workshop.cancelledAt).not.toBeNull();
  });
});

describe('reading', () => {
  const LIST = `query($slug: String!, $when: WorkshopWhen, $place: ID, $org: ID, $goal: ID, $first: Int, $after: String) {
    workshops(filter: { municipalitySlug: $slug, when: $when, placeId: $place, organizationId: $org, goalId: $goal }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id title startsAt cancelledAt } } } }`;
  type ListData = { workshops: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string; startsAt: string; cancelledAt: string | null } }> } };
  const list = async (variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await api.graphql<ListData>(LIST, { slug: 'kalix', ...variables }, headers);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.workshops;
  };

  it('filters by place, organization, målbild and time, upcoming soonest first and past latest first, cancelled ones included', async () => {
    await db.query(`DELETE FROM workshop`);
    const soon = await create({ startsAt: hours(2), endsAt: hours(4), placeId: nyborgId, goalIds: [kalixGoalIds[5]] });
    const later = await create({ startsAt: hours(200), endsAt: hours(202) });
    const cancelled = await create({ startsAt: hours(100), endsAt: hours(101) });
    await api.graphql(CANCEL, { id: cancelled.id, reason: 'Inställt på grund av väder' }, as('forening'));
    const school = await create({ organizationId: schoolCouncilId, startsAt: hours(30), endsAt: hours(31) }, 'officer');
    const recent = await create({ startsAt: hours(10), endsAt: hours(11) });
    const old = await create({ startsAt: hours(20), endsAt: hours(21) });
    await db.query(`UPDATE workshop SET starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '2 hours' WHERE id = $1`, [recent.id]);
    await db.query(`UPDATE workshop SET starts_at = now() - interval '30 days', ends_at = now() - interval '30 days' + interval '2 hours' WHERE id = $1`, [old.id]);

    const ids = (c: ListData['workshops']) => c.edges.map((e) => e.node.id);
    expect(ids(await list({ when: 'UPCOMING' }))).toEqual([soon.id, school.id, cancelled.id, later.id]);
    expect(ids(await list({ when: 'PAST' }))).toEqual([recent.id, old.id]);
    expect(ids(await list({}))).toEqual([later.id, cancelled.id, school.id, soon.id, recent.id, old.id]);
    expect((await list({ when: 'UPCOMING' })).edges.find((e) => e.node.id === cancelled.id)!.node.cancelledAt).not.toBeNull();
    expect(ids(await list({ place: nyborgId }))).toEqual([soon.id]);
    expect(ids(await list({ goal: kalixGoalIds[5] }))).toEqual([soon.id]);
    expect(ids(await list({ org: schoolCouncilId }))).toEqual([school.id]);

    // Paging keeps the order.
    const first = await list({ when: 'UPCOMING', first: 2 });
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ when: 'UPCOMING', first: 2, after: first.pageInfo.endCursor });
    expect([...ids(first), ...ids(second)]).toEqual([soon.id, school.id, cancelled.id, later.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    expect(codeOf(await api.graphql(LIST, { slug: 'atlantis' }))).toBe('NOT_FOUND');
    expect(codeOf(await api.graphql(LIST, { slug: 'kalix', place: 'x' }))).toBe('BAD_USER_INPUT');
  });

  it("shows texts in the reader's language, falling back to the original", async () => {
    const fiOriginal = await create({
      title: 'Kyläilta Sangiksessa',
      description: 'Puhutaan kylän tulevaisuudesta.',
      originalLocale: 'fi',
      translations: [{ locale: 'sv', title: 'Byakväll i Sangis', description: null }],
    });
    const read = async (headers: Record<string, string>) => (await api.graphql<{ workshop: WorkshopData }>(GET, { id: fiOriginal.id }, headers)).data!.workshop;
    expect(await read({ 'accept-language': 'sv' })).toMatchObject({ title: 'Byakväll i Sangis', description: 'Puhutaan kylän tulevaisuudesta.' });
    expect(await read({ 'accept-language': 'fi' })).toMatchObject({ title: 'Kyläilta Sangiksessa', description: 'Puhutaan kylän tulevaisuudesta.' });
    // Meänkieli falls back to Finnish (the original here).
    expect(await read({ cookie: 'lang=fit' })).toMatchObject({ title: 'Kyläilta Sangiksessa' });
    const svOnly = await create({ translations: [] });
    expect((await api.graphql<{ workshop: WorkshopData }>(GET, { id: svOnly.id }, { cookie: 'lang=fit' })).data!.workshop.title).toBe('Framtidsverkstad i Töre');
  });

  it('answers NOT_FOUND for an unknown workshop and BAD_USER_INPUT for a malformed id', async () => {
    expect(codeOf(await api.graphql(GET, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(codeOf(await api.graphql(GET, { id: 'abc' }))).toBe('BAD_USER_INPUT');
  });

  it('tells managers apart: viewerCanManage for leader, officer and admin only', async () => {
    const workshop = await create();
    const can = async (headers: Record<string, string>) => (await api.graphql<{ workshop: WorkshopData }>(GET, { id: workshop.id }, headers)).data!.workshop.viewerCanManage;
    expect(await can({})).toBe(false);
    expect(await can(as('resident'))).toBe(false);
    expect(await can(as('elevrad'))).toBe(false);
    expect(await can(as('moderator'))).toBe(false);
    expect(await can(as('forening'))).toBe(true);
    expect(await can(as('officer'))).toBe(true);
    expect(await can(as('admin'))).toBe(true);
  });

  it('resolves a page of 20 workshops with as many SQL statements as a page of 2 (DataLoaders)', async () => {
    for (let i = 0; i < 20; i++) {
      const w = await create({ goalIds: kalixGoalIds.slice(i % 3, (i % 3) + 2), placeId: i % 2 ? toreId : nyborgId, organizationId: i % 4 ? villageId : schoolCouncilId }, 'officer');
      if (i % 5 === 0) await db.query(`INSERT INTO workshop_signup (workshop_id, name, email, email_normalized) VALUES ($1, 'Anna', 'a@example.se', 'a@example.se')`, [w.id]);
    }
    const page = (first: number) =>
      `{ workshops(filter: { municipalitySlug: "kalix" }, first: ${first}) { edges { node { ${FIELDS} } } } }`;
    const statementsFor = async (first: number) => {
      api.statements.reset();
      const { errors, data } = await api.graphql<{ workshops: { edges: unknown[] } }>(page(first), {}, as('forening'));
      expect(errors).toBeUndefined();
      expect(data!.workshops.edges).toHaveLength(first);
      return api.statements.count;
    };
    expect(await statementsFor(20)).toBe(await statementsFor(2));
  });
});

describe('GET /workshops/:id.ics', () => {
  it('serves one VEVENT in UTC with escaped, folded text, and STATUS:CANCELLED once cancelled', async () => {
    const workshop = await create({
      title: 'Framtidsverkstad; Töre, del 1',
      description: `Rad ett\nRad två med komma, semikolon; och bakstreck \\ ${'långt ord '.repeat(20)}`,
      startsAt: '2030-01-15T16:00:00.000Z',
      endsAt: '2030-01-15T19:30:00.000Z',
    });
    const fetchIcs = (id: string, headers: Record<string, string> = {}) => fetch(`${api.url}/workshops/${id}.ics`, { headers: { accept: 'text/html,*/*', ...headers } });
    const response = await fetchIcs(workshop.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const physical = text.split('\r\n');
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain(`UID:${workshop.id}@medskapa`);
    expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    expect(lines).toContain('DTSTART:20300115T160000Z');
    expect(lines).toContain('DTEND:20300115T193000Z');
    expect(lines).toContain('SUMMARY:Framtidsverkstad\\; Töre\\, del 1');
    expect(lines).toContain('LOCATION:Töre bygdegård\\, Skolvägen 2\\, Töre');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toBe(
      `DESCRIPTION:Rad ett\\nRad två med komma\\, semikolon\\; och bakstreck \\\\ ${'långt ord '.repeat(20)}`.trimEnd(),
    );
    expect(lines).toContain(`URL:${api.config.publicUrl}/kalix/workshops/${workshop.id}`);
    expect(lines).toContain('STATUS:CONFIRMED');

    // In Finnish when asked in Finnish (the translation's title).
    const fi = (await (await fetchIcs(workshop.id, { 'accept-language': 'fi' })).text()).replace(/\r\n /g, '').split('\r\n');
    expect(fi).toContain('SUMMARY:Tulevaisuustyöpaja Töressä');

    await api.graphql(CANCEL, { id: workshop.id, reason: 'Snöstorm' }, as('forening'));
    expect((await (await fetchIcs(workshop.id)).text()).split('\r\n')).toContain('STATUS:CANCELLED');
  });

  it('answers 404 for unknown and malformed ids', async () => {
    expect((await fetch(`${api.url}/workshops/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
    expect((await fetch(`${api.url}/workshops/nope.ics`)).status).toBe(404);
  });
});
