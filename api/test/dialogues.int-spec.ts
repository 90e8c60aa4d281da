/**
 * Dialogues (medborgardialoger): the builder rules, who may run them, draft invisibility, the
 * status machine, publishing in every language, the current phase, closing with the dialogue's
 * surveys, the återkoppling and its decisions, following and the followers' notifications, and
 * DataLoaders keeping the list at a constant number of statements. Real HTTP, real PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DialoguesService } from '../src/modules/dialogues/dialogues.service';
import { DigestService } from '../src/modules/notifications/digest.service';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, type GraphQLResponse, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
const tokens: Record<string, string> = {};
const userIds: Record<string, string> = {};
let kalixId: string;
let norsjoId: string;
let kalixGoalIds: string[];
let foreignGoalId: string;
let toreId: string;
let nyborgId: string;
let foreignPlaceId: string;

const as = (who: string) => (who === 'public' ? {} : bearer(tokens[who]!));
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
const count = async (sql: string, params: unknown[] = []) => (await one<{ n: number }>(sql, params)).n;
const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown>, who: string, extra: Record<string, string> = {}): Promise<GraphQLResponse<T>> =>
  api.graphql<T>(query, variables, { ...as(who), ...extra });

/** YYYY-MM-DD of today + days on the Swedish calendar. */
function day(days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const t = (s: string) => ({ sv: s, fi: `${s} (suomeksi)`, fit: `${s} (meänkielelä)` });

function input(overrides: Record<string, unknown> = {}) {
  return {
    title: t('Framtidens Kalix centrum'),
    purpose: t('Vi vill veta hur du vill att centrum ska se ut om tio år.'),
    promise: t('Allt som kommer in sammanställs och lämnas till kommunstyrelsen.'),
    decisionMaker: 'Kommunstyrelsen',
    decisionExpectedOn: day(120),
    targetGroups: ['RESIDENTS', 'YOUNG_PEOPLE'],
    goalIds: [kalixGoalIds[1], kalixGoalIds[0]],
    placeIds: [toreId, nyborgId],
    phases: [
      { kind: 'INFORM', startsOn: day(-20), endsOn: day(-11), description: t('Vi berättar om arbetet.') },
      { kind: 'COLLECT', startsOn: day(-10), endsOn: day(10) },
      { kind: 'FEEDBACK', startsOn: day(30), endsOn: day(40) },
    ],
    ...overrides,
  };
}

const FIELDS = `id status title purpose promise decisionMaker decisionExpectedOn targetGroups viewerCanManage
  titleTranslations { locale text status } translationStatus { locale status }
  phases { kind startsOn endsOn description isCurrent } currentPhase { kind }
  goals { id code } places { id name } openedAt closedAt feedbackPublishedAt
  whatWeHeard whatWeHeardTranslations { locale text status } whatHappensNow whatHappensNowTranslations { locale text status }
  decisions { id body meetingDate paragraph diaryNumber url summary summaryTranslations { locale text } }
  followerCount viewerFollows`;

const CREATE = `mutation($slug: String!, $input: DialogueInput!) { createDialogue(municipalitySlug: $slug, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: DialogueInput!) { updateDialogue(id: $id, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishDialogue(id: $id) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeDialogue(id: $id) { ${FIELDS} } }`;
const SAVE_FEEDBACK = `mutation($id: ID!, $input: DialogueFeedbackInput!) { saveDialogueFeedback(id: $id, input: $input) { ${FIELDS} } }`;
const PUBLISH_FEEDBACK = `mutation($id: ID!) { publishDialogueFeedback(id: $id) { ${FIELDS} } }`;
const ADD_DECISION = `mutation($id: ID!, $input: DialogueDecisionInput!) { addDialogueDecision(dialogueId: $id, input: $input) { ${FIELDS} } }`;
const REMOVE_DECISION = `mutation($id: ID!) { removeDialogueDecision(id: $id) { ${FIELDS} } }`;
const FOLLOW = `mutation($id: ID!) { followDialogue(id: $id) { id followerCount viewerFollows } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowDialogue(id: $id) { id followerCount viewerFollows } }`;
const DIALOGUE = `query($id: ID!) { dialogue(id: $id) { ${FIELDS} } }`;
const LIST = `query($slug: String!, $status: DialogueStatus) { dialogues(municipalitySlug: $slug, status: $status) { id status } }`;

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;
const reasonOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.reason;
const pathsOf = (response: GraphQLResponse) => ((response.errors?.[0]?.extensions?.fields ?? []) as Array<{ path: string }>).map((f) => f.path);

async function create(overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await gql(CREATE, { slug: 'kalix', input: input(overrides) }, 'officer');
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.createDialogue;
}

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, who = 'officer'): Promise<T> {
  const response = await gql(query, variables, who);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
}

async function openDialogue(overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = await create(overrides);
  await ok(PUBLISH, { id });
  return id;
}

async function closedDialogue(): Promise<string> {
  const id = await openDialogue();
  await ok(CLOSE, { id });
  return id;
}

async function makeUser(email: string, municipalityId: string, roles: string[] = []): Promise<void> {
  const { password_hash } = await one<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE email = 'resident@kalix.example'`);
  const { id } = await one<{ id: string }>(
    `INSERT INTO app_user (email, password_hash, display_name, locale, municipality_id, email_verified_at) VALUES ($1, $2, 'Test Person', 'sv', $3, now()) RETURNING id`,
    [email, password_hash, municipalityId],
  );
  for (const role of roles) await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) VALUES ($1, $2, $3)`, [id, municipalityId, role]);
}

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  norsjoId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'norsjo'`)).id;
  await makeUser('officer@norsjo.example', norsjoId, ['OFFICER']);
  for (const who of ['officer', 'admin', 'moderator', 'resident', 'elevrad']) {
    tokens[who] = await loginAs(api, `${who}@kalix.example`);
    userIds[who] = (await one<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [`${who}@kalix.example`])).id;
  }
  tokens.norsjoOfficer = await loginAs(api, 'officer@norsjo.example');
  const goals: Array<{ id: string }> = await db.query(
    `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 ORDER BY g.code LIMIT 2`,
    [kalixId],
  );
  kalixGoalIds = goals.map((g) => g.id);
  foreignGoalId = (
    await one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id <> $1 LIMIT 1`,
      [kalixId],
    )
  ).id;
  const placeId = async (name: string) => (await one<{ id: string }>(`SELECT id FROM place WHERE municipality_id = $1 AND name = $2`, [kalixId, name])).id;
  toreId = await placeId('Töre');
  nyborgId = await placeId('Nyborg');
  foreignPlaceId = (await one<{ id: string }>(`INSERT INTO place (municipality_id, name, kind) VALUES ($1, 'Bastuträsk', 'VILLAGE') RETURNING id`, [norsjoId])).id;
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  await db.query(`DELETE FROM rate_limit_counter`);
});

describe('creating a dialogue', () => {
  it('stores every field as a DRAFT and resolves them (texts in the request language, goals by code, places by name, phases in order)', async () => {
    const created = await create();
    expect(created).toMatchObject({
      status: 'DRAFT',
      title: 'Framtidens Kalix centrum',
      decisionMaker: 'Kommunstyrelsen',
      decisionExpectedOn: day(120),
      targetGroups: ['RESIDENTS', 'YOUNG_PEOPLE'],
      viewerCanManage: true,
      openedAt: null,
      followerCount: 0,
      viewerFollows: false,
    });
    expect(created.goals.map((g: { id: string }) => g.id)).toEqual(kalixGoalIds);
    expect(created.places.map((p: { name: string }) => p.name)).toEqual(['Nyborg', 'Töre']);
    expect(created.phases.map((p: { kind: string }) => p.kind)).toEqual(['INFORM', 'COLLECT', 'FEEDBACK']);
    expect(created.titleTranslations).toEqual([
      { locale: 'sv', text: 'Framtidens Kalix centrum', status: 'REVIEWED' },
      { locale: 'fi', text: 'Framtidens Kalix centrum (suomeksi)', status: 'REVIEWED' },
      { locale: 'fit', text: 'Framtidens Kalix centrum (meänkielelä)', status: 'REVIEWED' },
    ]);
    const finnish = await gql(DIALOGUE, { id: created.id }, 'officer', { 'accept-language': 'fi' });
    expect(finnish.data!.dialogue.title).toBe('Framtidens Kalix centrum (suomeksi)');
    expect(finnish.data!.dialogue.phases[0].description).toBe('Vi berättar om arbetet. (suomeksi)');
    expect(await one(`SELECT action, target_id FROM audit_event WHERE target_id = $1`, [created.id])).toEqual({ action: 'dialogue.create', target_id: created.id });
  });

  const uuids = (n: number) => Array.from({ length: n }, () => randomUUID());
  const base = () => input();
  const cases: Array<[string, () => Record<string, unknown>, string]> = [
    ['Swedish title missing', () => ({ title: { sv: ' ', fi: 'Otsikko', fit: 'Otsikko' } }), 'input.title.sv'],
    ['title over 200', () => ({ title: { sv: 'x'.repeat(201) } }), 'input.title.sv'],
    ['purpose over 4000', () => ({ purpose: { sv: 'x'.repeat(4001) } }), 'input.purpose.sv'],
    ['promise over 2000', () => ({ promise: { sv: 'Löfte', fi: 'x'.repeat(2001) } }), 'input.promise.fi'],
    ['phase description over 1000', () => ({ phases: [{ kind: 'INFORM', startsOn: day(1), endsOn: day(2), description: { sv: 'x'.repeat(1001) } }] }), 'input.phases.0.description.sv'],
    ['decision date not a date', () => ({ decisionExpectedOn: '2026-02-30' }), 'input.decisionExpectedOn'],
    ['over 10 target groups', () => ({ targetGroups: Array.from({ length: 11 }, () => 'RESIDENTS') }), 'input.targetGroups'],
    ['over 20 goals', () => ({ goalIds: uuids(21) }), 'input.goalIds'],
    ['over 20 places', () => ({ placeIds: uuids(21) }), 'input.placeIds'],
    ['a goal of another municipality', () => ({ goalIds: [kalixGoalIds[0], foreignGoalId] }), 'input.goalIds'],
    ['a place of another municipality', () => ({ placeIds: [toreId, foreignPlaceId] }), 'input.placeIds'],
    ['a phase kind twice', () => ({ phases: [{ kind: 'COLLECT', startsOn: day(1), endsOn: day(2) }, { kind: 'COLLECT', startsOn: day(3), endsOn: day(4) }] }), 'input.phases.1.kind'],
    ['phases out of order', () => ({ phases: [{ kind: 'COLLECT', startsOn: day(1), endsOn: day(2) }, { kind: 'INFORM', startsOn: day(3), endsOn: day(4) }] }), 'input.phases.1.kind'],
    ['overlapping phases', () => ({ phases: [{ kind: 'INFORM', startsOn: day(1), endsOn: day(5) }, { kind: 'COLLECT', startsOn: day(5), endsOn: day(9) }] }), 'input.phases.1.startsOn'],
    ['a phase ending before it starts', () => ({ phases: [{ kind: 'INFORM', startsOn: day(5), endsOn: day(4) }] }), 'input.phases.0.endsOn'],
    ['a phase date that is not a date', () => ({ phases: [{ kind: 'INFORM', startsOn: '1 maj', endsOn: day(4) }] }), 'input.phases.0.startsOn'],
  ];
  for (const [name, overrides, path] of cases) {
    it(`refuses ${name} (${path}) and writes nothing`, async () => {
      const before = await count(`SELECT count(*)::int AS n FROM dialogue`);
      const response = await gql(CREATE, { slug: 'kalix', input: { ...base(), ...overrides() } }, 'officer');
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(pathsOf(response)).toContain(path);
      expect(await count(`SELECT count(*)::int AS n FROM dialogue`)).toBe(before);
    });
  }

  it('refuses bad input on update too, leaving the dialogue as it was', async () => {
    const { id } = await create();
    const response = await gql(UPDATE, { id, input: input({ placeIds: [foreignPlaceId] }) }, 'officer');
    expect(pathsOf(response)).toEqual(['input.placeIds']);
    expect(await count(`SELECT count(*)::int AS n FROM dialogue_place WHERE dialogue_id = $1`, [id])).toBe(2);
  });

  it('is for officers and admins of the municipality: residents, moderators and officers elsewhere are FORBIDDEN, the signed out UNAUTHENTICATED', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM dialogue`);
    for (const who of ['resident', 'moderator', 'norsjoOfficer']) {
      expect(codeOf(await gql(CREATE, { slug: 'kalix', input: input() }, who)), who).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(CREATE, { slug: 'kalix', input: input() }, 'public'))).toBe('UNAUTHENTICATED');
    expect(await count(`SELECT count(*)::int AS n FROM dialogue`)).toBe(before);
    const { id } = await create();
    for (const who of ['resident', 'moderator', 'norsjoOfficer']) {
      expect(codeOf(await gql(UPDATE, { id, input: input() }, who)), who).toBe('FORBIDDEN');
      expect(codeOf(await gql(PUBLISH, { id }, who)), who).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(PUBLISH, { id }, 'public'))).toBe('UNAUTHENTICATED');
    const byAdmin = await gql(PUBLISH, { id }, 'admin');
    expect(byAdmin.data!.publishDialogue.status).toBe('OPEN');
  });
});

describe('drafts', () => {
  it('are NOT_FOUND for everyone but the managers, and listed only for them', async () => {
    const { id } = await create();
    for (const who of ['public', 'resident', 'moderator', 'norsjoOfficer']) {
      const response = await gql(DIALOGUE, { id }, who);
      expect(codeOf(response), who).toBe('NOT_FOUND');
      const list = await gql(LIST, { slug: 'kalix' }, who);
      expect(list.data!.dialogues.map((d: { id: string }) => d.id), who).not.toContain(id);
    }
    expect((await ok(DIALOGUE, { id })).dialogue.viewerCanManage).toBe(true);
    expect((await ok(LIST, { slug: 'kalix' })).dialogues.map((d: { id: string }) => d.id)).toContain(id);
    expect((await ok(LIST, { slug: 'kalix' }, 'admin')).dialogues.map((d: { id: string }) => d.id)).toContain(id);
    // Following a draft is refused the same way.
    expect(codeOf(await gql(FOLLOW, { id }, 'resident'))).toBe('NOT_FOUND');
  });

  it('lists OPEN first, then CLOSED, REPORTED and DRAFT, newest first within, and filters by status', async () => {
    const draft = (await create()).id;
    const closed = await closedDialogue();
    const olderOpen = await openDialogue();
    const newerOpen = await openDialogue();
    const reported = await closedDialogue();
    await ok(SAVE_FEEDBACK, { id: reported, input: { whatWeHeard: t('Vi hörde.'), whatHappensNow: t('Nu händer.') } });
    await ok(PUBLISH_FEEDBACK, { id: reported });
    const ours = new Set([draft, closed, olderOpen, newerOpen, reported]);
    const list = (await ok(LIST, { slug: 'kalix' })).dialogues.filter((d: { id: string }) => ours.has(d.id));
    expect(list.map((d: { id: string }) => d.id)).toEqual([newerOpen, olderOpen, closed, reported, draft]);
    const statuses = (await ok(LIST, { slug: 'kalix' })).dialogues.map((d: { status: string }) => d.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => ['OPEN', 'CLOSED', 'REPORTED', 'DRAFT'].indexOf(a) - ['OPEN', 'CLOSED', 'REPORTED', 'DRAFT'].indexOf(b)));
    const onlyClosed = (await ok(LIST, { slug: 'kalix', status: 'CLOSED' }, 'public')).dialogues;
    expect(onlyClosed.every((d: { status: string }) => d.status === 'CLOSED')).toBe(true);
    expect(onlyClosed.map((d: { id: string }) => d.id)).toContain(closed);
    expect((await ok(LIST, { slug: 'kalix', status: 'DRAFT' }, 'public')).dialogues).toEqual([]);
  });
});

describe('publishing', () => {
  it('is refused with one field per missing language while Finnish or Meänkieli is missing, and reports MACHINE_ASSISTED', async () => {
    const svOnly = (s: string) => ({ sv: s });
    const created = await create({
      title: svOnly('Bara svenska'),
      purpose: { sv: 'Syfte', fi: 'Tarkoitus' },
      promise: t('Löfte'),
      phases: [{ kind: 'COLLECT', startsOn: day(0), endsOn: day(5), description: svOnly('Samla in') }],
    });
    expect(created.translationStatus).toEqual([
      { locale: 'sv', status: 'REVIEWED' },
      { locale: 'fi', status: 'MISSING' },
      { locale: 'fit', status: 'MISSING' },
    ]);
    expect(created.titleTranslations[1]).toEqual({ locale: 'fi', text: '', status: 'MISSING' });
    const refused = await gql(PUBLISH, { id: created.id }, 'officer');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(pathsOf(refused).sort()).toEqual(['phases.0.description.fi', 'phases.0.description.fit', 'purpose.fit', 'title.fi', 'title.fit']);
    expect(await one(`SELECT status, opened_at FROM dialogue WHERE id = $1`, [created.id])).toEqual({ status: 'DRAFT', opened_at: null });

    const translated = await ok(UPDATE, {
      id: created.id,
      input: input({ phases: [{ kind: 'COLLECT', startsOn: day(0), endsOn: day(5), description: t('Samla in') }], machineAssistedLocales: ['fit'] }),
    });
    expect(translated.updateDialogue.translationStatus).toEqual([
      { locale: 'sv', status: 'REVIEWED' },
      { locale: 'fi', status: 'REVIEWED' },
      { locale: 'fit', status: 'MACHINE_ASSISTED' },
    ]);
    expect(translated.updateDialogue.titleTranslations[2].status).toBe('MACHINE_ASSISTED');
    const published = (await ok(PUBLISH, { id: created.id })).publishDialogue;
    expect(published.status).toBe('OPEN');
    expect(published.openedAt).not.toBeNull();
    expect(reasonOf(await gql(PUBLISH, { id: created.id }, 'officer'))).toBe('DIALOGUE_NOT_DRAFT');
    // Now public.
    expect((await ok(DIALOGUE, { id: created.id }, 'public')).dialogue.viewerCanManage).toBe(false);
  });

  it('needs at least one phase', async () => {
    const { id } = await create({ phases: [] });
    const refused = await gql(PUBLISH, { id }, 'officer');
    expect(pathsOf(refused)).toEqual(['phases']);
  });

  it('an OPEN dialogue cannot lose a language or its phases on update', async () => {
    const id = await openDialogue();
    const lost = await gql(UPDATE, { id, input: input({ title: { sv: 'Ny titel', fi: 'Uusi otsikko' } }) }, 'officer');
    expect(pathsOf(lost)).toEqual(['input.title.fit']);
    expect(pathsOf(await gql(UPDATE, { id, input: input({ phases: [] }) }, 'officer'))).toEqual(['input.phases']);
    const kept = await ok(UPDATE, { id, input: input({ title: t('Ny titel') }) });
    expect(kept.updateDialogue).toMatchObject({ status: 'OPEN', title: 'Ny titel' });
  });
});

describe('the current phase', () => {
  it('is the phase whose dates include today on the Swedish calendar', async () => {
    const { id } = await create();
    const { dialogue } = await ok(DIALOGUE, { id });
    expect(dialogue.currentPhase).toEqual({ kind: 'COLLECT' });
    expect(dialogue.phases.map((p: { isCurrent: boolean }) => p.isCurrent)).toEqual([false, true, false]);

    const today = await create({ phases: [{ kind: 'INFORM', startsOn: day(-3), endsOn: day(-1) }, { kind: 'ANALYSE', startsOn: day(0), endsOn: day(0) }] });
    expect(today.currentPhase).toEqual({ kind: 'ANALYSE' });
    const between = await create({ phases: [{ kind: 'INFORM', startsOn: day(-3), endsOn: day(-1) }, { kind: 'FEEDBACK', startsOn: day(1), endsOn: day(9) }] });
    expect(between.currentPhase).toBeNull();
    const over = await create({ phases: [{ kind: 'COLLECT', startsOn: day(-9), endsOn: day(-1) }] });
    expect(over.currentPhase).toBeNull();
  });
});

describe('the status machine', () => {
  it('refuses transitions from the wrong status with their CONFLICT reasons', async () => {
    const { id } = await create();
    const feedback = { whatWeHeard: t('Vi hörde mycket.'), whatHappensNow: t('Kommunstyrelsen beslutar i juni.') };
    const decision = { body: 'Kommunstyrelsen', meetingDate: day(-1), paragraph: '12', diaryNumber: '2026-00001' };
    expect(reasonOf(await gql(CLOSE, { id }, 'officer'))).toBe('DIALOGUE_NOT_OPEN');
    expect(reasonOf(await gql(SAVE_FEEDBACK, { id, input: feedback }, 'officer'))).toBe('DIALOGUE_NOT_CLOSED');
    expect(reasonOf(await gql(PUBLISH_FEEDBACK, { id }, 'officer'))).toBe('DIALOGUE_NOT_CLOSED');
    expect(reasonOf(await gql(ADD_DECISION, { id, input: decision }, 'officer'))).toBe('DIALOGUE_NOT_OPEN');

    await ok(PUBLISH, { id });
    expect(reasonOf(await gql(SAVE_FEEDBACK, { id, input: feedback }, 'officer'))).toBe('DIALOGUE_NOT_CLOSED');
    expect(reasonOf(await gql(PUBLISH_FEEDBACK, { id }, 'officer'))).toBe('DIALOGUE_NOT_CLOSED');

    const closed = (await ok(CLOSE, { id })).closeDialogue;
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).not.toBeNull();
    expect(reasonOf(await gql(CLOSE, { id }, 'officer'))).toBe('DIALOGUE_NOT_OPEN');
    expect(reasonOf(await gql(PUBLISH, { id }, 'officer'))).toBe('DIALOGUE_NOT_DRAFT');
    expect(reasonOf(await gql(PUBLISH_FEEDBACK, { id }, 'officer'))).toBe('FEEDBACK_MISSING');
    // A closed dialogue can still be corrected.
    expect((await ok(UPDATE, { id, input: input({ decisionMaker: 'Kommunfullmäktige' }) })).updateDialogue.decisionMaker).toBe('Kommunfullmäktige');

    await ok(SAVE_FEEDBACK, { id, input: feedback });
    const reported = (await ok(PUBLISH_FEEDBACK, { id })).publishDialogueFeedback;
    expect(reported.status).toBe('REPORTED');
    expect(reported.feedbackPublishedAt).not.toBeNull();
    expect(reasonOf(await gql(PUBLISH_FEEDBACK, { id }, 'officer'))).toBe('DIALOGUE_NOT_CLOSED');
    expect(reasonOf(await gql(CLOSE, { id }, 'officer'))).toBe('DIALOGUE_NOT_OPEN');
    const frozen = await gql(UPDATE, { id, input: input() }, 'officer');
    expect(codeOf(frozen)).toBe('CONFLICT');
    expect(reasonOf(frozen)).toBe('DIALOGUE_REPORTED');
    // Corrections of the published återkoppling stay complete in every language.
    expect(pathsOf(await gql(SAVE_FEEDBACK, { id, input: { ...feedback, whatWeHeard: { sv: 'Rättad' } } }, 'officer'))).toEqual([
      'input.whatWeHeard.fi',
      'input.whatWeHeard.fit',
    ]);
    expect((await ok(SAVE_FEEDBACK, { id, input: { ...feedback, whatWeHeard: t('Rättad') } })).saveDialogueFeedback.whatWeHeard).toBe('Rättad');
    expect(
      (await db.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY occurred_at, id`, [id])).map((r: { action: string }) => r.action),
    ).toEqual(['dialogue.create', 'dialogue.publish', 'dialogue.close', 'dialogue.update', 'dialogue.saveFeedback', 'dialogue.publishFeedback', 'dialogue.saveFeedback']);
  });

  it("closing closes the dialogue's published surveys, and only those", async () => {
    const id = await openDialogue();
    const other = await openDialogue();
    const survey = async (dialogueId: string, status: string) =>
      (
        await one<{ id: string }>(
          `INSERT INTO survey (municipality_id, dialogue_id, series_id, status, title, published_at) VALUES ($1, $2, gen_random_uuid(), $3, '{"sv": {"text": "Enkät", "status": "REVIEWED"}}', now()) RETURNING id`,
          [kalixId, dialogueId, status],
        )
      ).id;
    const published = await survey(id, 'PUBLISHED');
    const draft = await survey(id, 'DRAFT');
    const elsewhere = await survey(other, 'PUBLISHED');
    await ok(CLOSE, { id });
    const statusOf = async (surveyId: string) => one(`SELECT status, closed_at IS NOT NULL AS closed FROM survey WHERE id = $1`, [surveyId]);
    expect(await statusOf(published)).toEqual({ status: 'CLOSED', closed: true });
    expect(await statusOf(draft)).toEqual({ status: 'DRAFT', closed: false });
    expect(await statusOf(elsewhere)).toEqual({ status: 'PUBLISHED', closed: false });
  });
});

describe('the återkoppling', () => {
  it('is hidden from the public until published, then shown with its decisions', async () => {
    const id = await closedDialogue();
    const saved = (await ok(SAVE_FEEDBACK, { id, input: { whatWeHeard: { sv: 'Vi hörde att centrum behöver fler bänkar.' }, whatHappensNow: { sv: 'Bänkar köps in.' } } }))
      .saveDialogueFeedback;
    expect(saved.whatWeHeard).toBe('Vi hörde att centrum behöver fler bänkar.');
    expect(saved.whatWeHeardTranslations.map((tr: { status: string }) => tr.status)).toEqual(['REVIEWED', 'MISSING', 'MISSING']);
    await ok(ADD_DECISION, { id, input: { body: 'Kommunstyrelsen', meetingDate: day(-2), paragraph: '§ 7', diaryNumber: '2026-00042' } });

    for (const who of ['public', 'resident']) {
      const { dialogue } = await ok(DIALOGUE, { id }, who);
      expect(dialogue, who).toMatchObject({ whatWeHeard: null, whatWeHeardTranslations: [], whatHappensNow: null, whatHappensNowTranslations: [], decisions: [] });
    }

    const refused = await gql(PUBLISH_FEEDBACK, { id }, 'officer');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(pathsOf(refused)).toEqual(['whatWeHeard.fi', 'whatWeHeard.fit', 'whatHappensNow.fi', 'whatHappensNow.fit']);
    expect(await one(`SELECT status FROM dialogue WHERE id = $1`, [id])).toEqual({ status: 'CLOSED' });

    const tooLong = await gql(SAVE_FEEDBACK, { id, input: { whatWeHeard: { sv: 'x'.repeat(8001) }, whatHappensNow: t('Bänkar köps in.') } }, 'officer');
    expect(pathsOf(tooLong)).toEqual(['input.whatWeHeard.sv']);
    expect(await one(`SELECT what_we_heard->'sv'->>'text' AS sv FROM dialogue WHERE id = $1`, [id])).toEqual({ sv: 'Vi hörde att centrum behöver fler bänkar.' });

    await ok(SAVE_FEEDBACK, { id, input: { whatWeHeard: t('Vi hörde att centrum behöver fler bänkar.'), whatHappensNow: t('Bänkar köps in.'), machineAssistedLocales: ['fit'] } });
    await ok(PUBLISH_FEEDBACK, { id });
    const { dialogue } = await ok(DIALOGUE, { id }, 'public');
    expect(dialogue.whatWeHeard).toBe('Vi hörde att centrum behöver fler bänkar.');
    expect(dialogue.whatHappensNowTranslations.map((tr: { status: string }) => tr.status)).toEqual(['REVIEWED', 'REVIEWED', 'MACHINE_ASSISTED']);
    expect(dialogue.translationStatus.find((s: { locale: string }) => s.locale === 'fit').status).toBe('MACHINE_ASSISTED');
    expect(dialogue.decisions).toEqual([
      expect.objectContaining({ body: 'Kommunstyrelsen', paragraph: '§ 7', diaryNumber: '2026-00042', summary: null, summaryTranslations: [] }),
    ]);
    const finnish = await gql(DIALOGUE, { id }, 'public', { 'accept-language': 'fi' });
    expect(finnish.data!.dialogue.whatHappensNow).toBe('Bänkar köps in. (suomeksi)');
  });

  it('decisions follow the idea decision rules and can be added and removed', async () => {
    const id = await openDialogue();
    const bad = await gql(ADD_DECISION, { id, input: { body: 'K', meetingDate: '2026-13-01', paragraph: 'paragraf', diaryNumber: '42', url: 'http://kalix.se' } }, 'officer');
    expect(pathsOf(bad).sort()).toEqual(['input.body', 'input.diaryNumber', 'input.meetingDate', 'input.paragraph', 'input.url']);
    const longSummary = await gql(ADD_DECISION, { id, input: { body: 'Kommunstyrelsen', meetingDate: day(-1), paragraph: '1', diaryNumber: '2026-1', summary: { sv: 'x'.repeat(1001) } } }, 'officer');
    expect(pathsOf(longSummary)).toEqual(['input.summary.sv']);
    expect(await count(`SELECT count(*)::int AS n FROM dialogue_decision WHERE dialogue_id = $1`, [id])).toBe(0);

    const added = (
      await ok(ADD_DECISION, {
        id,
        input: { body: 'Kommunstyrelsen', meetingDate: day(-1), paragraph: '§218', diaryNumber: 'Dnr: 2023–00497', url: 'https://www.kalix.se/protokoll', summary: { sv: 'Beslut om centrum', fi: 'Päätös' } },
      })
    ).addDialogueDecision;
    expect(added.decisions).toEqual([
      {
        id: expect.any(String),
        body: 'Kommunstyrelsen',
        meetingDate: day(-1),
        paragraph: '§ 218',
        diaryNumber: '2023-00497',
        url: 'https://www.kalix.se/protokoll',
        summary: 'Beslut om centrum',
        summaryTranslations: [
          { locale: 'sv', text: 'Beslut om centrum' },
          { locale: 'fi', text: 'Päätös' },
          { locale: 'fit', text: '' },
        ],
      },
    ]);
    const decisionId = added.decisions[0].id;
    expect(codeOf(await gql(REMOVE_DECISION, { id: decisionId }, 'resident'))).toBe('FORBIDDEN');
    const removed = (await ok(REMOVE_DECISION, { id: decisionId })).removeDialogueDecision;
    expect(removed).toMatchObject({ id, decisions: [] });
    expect(codeOf(await gql(REMOVE_DECISION, { id: decisionId }, 'officer'))).toBe('NOT_FOUND');
  });
});

describe('following', () => {
  it('needs an account, is idempotent both ways and counts the followers', async () => {
    const id = await openDialogue();
    expect(codeOf(await gql(FOLLOW, { id }, 'public'))).toBe('UNAUTHENTICATED');
    expect((await ok(FOLLOW, { id }, 'resident')).followDialogue).toEqual({ id, followerCount: 1, viewerFollows: true });
    expect((await ok(FOLLOW, { id }, 'resident')).followDialogue).toEqual({ id, followerCount: 1, viewerFollows: true });
    expect((await ok(FOLLOW, { id }, 'elevrad')).followDialogue).toEqual({ id, followerCount: 2, viewerFollows: true });
    expect((await ok(DIALOGUE, { id }, 'public')).dialogue).toMatchObject({ followerCount: 2, viewerFollows: false });
    expect((await ok(DIALOGUE, { id }, 'officer')).dialogue).toMatchObject({ followerCount: 2, viewerFollows: false });
    expect((await ok(UNFOLLOW, { id }, 'resident')).unfollowDialogue).toEqual({ id, followerCount: 1, viewerFollows: false });
    expect((await ok(UNFOLLOW, { id }, 'resident')).unfollowDialogue).toEqual({ id, followerCount: 1, viewerFollows: false });
    expect(codeOf(await gql(UNFOLLOW, { id }, 'public'))).toBe('UNAUTHENTICATED');
  });

  it('publishing the återkoppling notifies exactly the followers (not the officer who published), and the notification resolves its dialogue', async () => {
    const id = await openDialogue();
    const elsewhere = await openDialogue();
    for (const who of ['resident', 'elevrad', 'officer']) await ok(FOLLOW, { id }, who);
    await ok(FOLLOW, { id: elsewhere }, 'moderator');
    await ok(CLOSE, { id });
    await ok(SAVE_FEEDBACK, { id, input: { whatWeHeard: t('Vi hörde.'), whatHappensNow: t('Nu händer detta.') } });
    const before = await count(`SELECT count(*)::int AS n FROM notification`);
    await ok(PUBLISH_FEEDBACK, { id });
    const rows: Array<{ user_id: string; kind: string; municipality_id: string }> = await db.query(
      `SELECT user_id, kind, municipality_id FROM notification WHERE dialogue_id = $1 ORDER BY user_id`,
      [id],
    );
    expect(rows.map((r) => r.user_id).sort()).toEqual([userIds.resident, userIds.elevrad].sort());
    expect(rows.every((r) => r.kind === 'DIALOGUE_FEEDBACK_PUBLISHED' && r.municipality_id === kalixId)).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM notification`)).toBe(before + 2);

    const feed = await ok(`{ notifications(first: 5) { edges { node { kind dialogue { id title } } } } }`, {}, 'resident');
    expect(feed.notifications.edges[0].node).toEqual({ kind: 'DIALOGUE_FEEDBACK_PUBLISHED', dialogue: { id, title: 'Framtidens Kalix centrum' } });
    const finnish = await gql(`{ notifications(first: 1) { edges { node { dialogue { title } } } } }`, {}, 'elevrad', { 'accept-language': 'fi' });
    expect(finnish.data!.notifications.edges[0].node.dialogue.title).toBe('Framtidens Kalix centrum (suomeksi)');
  });

  it('the daily digest tells of dialogue notifications with the dialogue title and a link to its page', async () => {
    const id = await openDialogue();
    const { id: userId, email } = await one<{ id: string; email: string }>(
      `INSERT INTO app_user (email, display_name, locale, municipality_id, email_verified_at) VALUES ('digest.dialogue@kalix.example', 'Aino', 'fi', $1, now()) RETURNING id, email`,
      [kalixId],
    );
    await db.query(`INSERT INTO dialogue_follow (dialogue_id, user_id) VALUES ($1, $2)`, [id, userId]);
    await db.query(`INSERT INTO notification_preference (user_id, daily_digest, last_digest_at) VALUES ($1, true, now() - interval '3 days')`, [userId]);
    await ok(CLOSE, { id });
    await ok(SAVE_FEEDBACK, { id, input: { whatWeHeard: t('Vi hörde.'), whatHappensNow: t('Nu händer detta.') } });
    await ok(PUBLISH_FEEDBACK, { id });
    const { t: morning } = await one<{ t: Date }>(
      `SELECT ((date_trunc('day', now() AT TIME ZONE 'Europe/Stockholm') + interval '1 day 7 hours 30 minutes') AT TIME ZONE 'Europe/Stockholm') AS t`,
    );
    await api.app.get(DigestService).sendDailyDigests(morning);
    const mail = await one<{ body_text: string }>(`SELECT body_text FROM outbox_message WHERE to_address = $1 AND kind = 'dailyDigest'`, [email]);
    expect(mail.body_text).toContain(
      `Kunta on julkaissut palautteen vuoropuhelussa Framtidens Kalix centrum (suomeksi)\n    ${api.config.publicUrl}/kalix/dialogues/${id}`,
    );
    expect(mail.body_text).not.toMatch(/{{|kind\./);
  });

  it('exposes followerIds for the surveys module (live accounts only)', async () => {
    const id = await openDialogue();
    await ok(FOLLOW, { id }, 'resident');
    await ok(FOLLOW, { id }, 'elevrad');
    expect((await api.app.get(DialoguesService).followerIds(id)).sort()).toEqual([userIds.resident, userIds.elevrad].sort());
  });
});

describe('DataLoaders', () => {
  it('the dialogues list costs the same number of statements for 2 dialogues as for 6', async () => {
    const place = (await one<{ id: string }>(`INSERT INTO place (municipality_id, name, kind) VALUES ($1, 'Norsjö by', 'VILLAGE') RETURNING id`, [norsjoId])).id;
    const goal = (
      await one<{ id: string }>(
        `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 LIMIT 1`,
        [norsjoId],
      )
    )?.id;
    const addDialogue = async () => {
      const { id } = await one<{ id: string }>(
        `INSERT INTO dialogue (municipality_id, title, purpose, promise, status, opened_at, feedback_published_at, what_we_heard)
         VALUES ($1, '{"sv": {"text": "D", "status": "REVIEWED"}}', '{"sv": {"text": "P", "status": "REVIEWED"}}', '{"sv": {"text": "L", "status": "REVIEWED"}}', 'OPEN', now(), now(), '{"sv": {"text": "H", "status": "REVIEWED"}}') RETURNING id`,
        [norsjoId],
      );
      await db.query(`INSERT INTO dialogue_phase (dialogue_id, kind, starts_on, ends_on) VALUES ($1, 'COLLECT', $2, $3)`, [id, day(-1), day(1)]);
      await db.query(`INSERT INTO dialogue_place (dialogue_id, place_id) VALUES ($1, $2)`, [id, place]);
      if (goal) await db.query(`INSERT INTO dialogue_goal (dialogue_id, goal_id) VALUES ($1, $2)`, [id, goal]);
      await db.query(`INSERT INTO dialogue_decision (dialogue_id, body, meeting_date, paragraph, diary_number) VALUES ($1, 'KS', $2, '§ 1', '2026-1')`, [id, day(-1)]);
      await db.query(`INSERT INTO dialogue_follow (dialogue_id, user_id) VALUES ($1, $2)`, [id, userIds.resident]);
    };
    const query = `{ dialogues(municipalitySlug: "norsjo") { id title municipality { slug } translationStatus { status } phases { kind isCurrent description }
      currentPhase { kind } goals { id } places { name } decisions { id summary } whatWeHeard followerCount viewerFollows viewerCanManage } }`;
    const statementsFor = async () => {
      api.statements.reset();
      const response = await gql(query, {}, 'resident');
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      return { statements: api.statements.count, dialogues: response.data!.dialogues.length };
    };
    await addDialogue();
    await addDialogue();
    const two = await statementsFor();
    for (let i = 0; i < 4; i++) await addDialogue();
    const six = await statementsFor();
    expect(two.dialogues).toBe(2);
    expect(six.dialogues).toBe(6);
    expect(six.statements).toBe(two.statements);
  });
});
