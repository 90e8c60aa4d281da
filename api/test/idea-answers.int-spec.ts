/**
 * Answering and deciding ideas: respondToIdea and respondToIdeas (validation, roles, hidden ideas,
 * translations in the reader's language, decision references, timeline, notifications, audit),
 * answer templates, and DataLoaders for answers and timelines.
 */
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { bearer, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
let kalixId: string;
let norsjoId: string;
let kalixGoalId: string;
const tokens: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};
const as = (who: string) => tokens[who]!;

const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
let sequence = 0;
const unique = () => `${Date.now().toString(36)}-${++sequence}`;

async function makeUser(options: { municipalityId?: string; role?: string; name?: string } = {}): Promise<{ id: string; headers: Record<string, string> }> {
  const municipalityId = options.municipalityId ?? kalixId;
  const { id } = await one<{ id: string }>(
    `INSERT INTO app_user (email, display_name, locale, municipality_id, email_verified_at) VALUES ($1, $2, 'sv', $3, now()) RETURNING id`,
    [`answers.${unique()}@answers.example`, options.name ?? 'Svar Person', municipalityId],
  );
  if (options.role) await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) VALUES ($1, $2, $3)`, [id, municipalityId, options.role]);
  const token = newToken();
  await db.query(`INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at) VALUES ($1, $2, 'PASSWORD', now() + interval '1 day', now())`, [
    id,
    hashToken(token),
  ]);
  return { id, headers: bearer(token) };
}

/** A published idea straight in the database, its author following it, with a SUBMITTED entry. */
async function makeIdea(options: { municipalityId?: string; status?: string; authorId?: string } = {}): Promise<string> {
  const authorId = options.authorId ?? (await makeUser({ municipalityId: options.municipalityId })).id;
  const { id } = await one<{ id: string }>(
    `INSERT INTO idea (municipality_id, reference, title, body, original_locale, status, author_id, text_hash)
     VALUES ($1, $2, 'Belysning vid skolan', 'Sätt upp belysning längs gångvägen till skolan i Töre.', 'sv', $3, $4, $2) RETURNING id`,
    [options.municipalityId ?? kalixId, `ANSWERS-${unique()}`, options.status ?? 'PUBLISHED', authorId],
  );
  await db.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [id, kalixGoalId]);
  await db.query(`INSERT INTO idea_follow (idea_id, user_id) VALUES ($1, $2)`, [id, authorId]);
  await db.query(`INSERT INTO idea_event (idea_id, kind, to_status, actor_id, occurred_at) VALUES ($1, 'SUBMITTED', 'PUBLISHED', $2, now() - interval '1 minute')`, [
    id,
    authorId,
  ]);
  return id;
}

const RESPOND = `mutation($id: ID!, $input: IdeaResponseInput!) { respondToIdea(ideaId: $id, input: $input) {
  id status response { body bodyLocale originalLocale respondedAt translations { locale body } respondent { id displayName removed }
    decision { body meetingDate paragraph diaryNumber url } } } }`;
const RESPOND_MANY = `mutation($ids: [ID!]!, $input: IdeaResponseInput!) { respondToIdeas(ideaIds: $ids, input: $input) { id status response { body } } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { id status
  response { body bodyLocale originalLocale translations { locale body } respondent { displayName } decision { body meetingDate paragraph diaryNumber url } }
  timeline { kind fromStatus toStatus supportCount threshold exempt actor { displayName } decision { body meetingDate paragraph diaryNumber url } } } }`;

const ANSWER = 'Tack för förslaget! Kommunen planerar belysningen till hösten 2027.';
const DECISION = { body: 'Kommunstyrelsen', meetingDate: '2023-12-11', paragraph: '233', diaryNumber: 'Dnr 2023-00439 103', url: 'https://www.kalix.se/protokoll/ks-2023-12-11.pdf' };

type Answered = {
  id: string;
  status: string;
  response: {
    body: string;
    bodyLocale: string;
    originalLocale: string;
    respondedAt: string;
    translations: Array<{ locale: string; body: string }>;
    respondent: { id: string | null; displayName: string; removed: boolean };
    decision: Record<string, unknown> | null;
  } | null;
};

async function respond(ideaId: string, input: Record<string, unknown>, headers = as('officer')) {
  return api.graphql<{ respondToIdea: Answered }>(RESPOND, { id: ideaId, input }, headers);
}

async function respondOk(ideaId: string, input: Record<string, unknown>, headers = as('officer')): Promise<Answered> {
  const { data, errors } = await respond(ideaId, input, headers);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.respondToIdea;
}

/** Everything answering writes, to prove a failure wrote nothing. */
async function answerTables() {
  const counts: Array<{ t: string; n: number }> = await db.query(
    `SELECT 'response' AS t, count(*)::int AS n FROM idea_response UNION ALL SELECT 'event', count(*)::int FROM idea_event
     UNION ALL SELECT 'notification', count(*)::int FROM notification UNION ALL SELECT 'audit', count(*)::int FROM audit_event
     UNION ALL SELECT 'answered', count(*)::int FROM idea WHERE status NOT IN ('PUBLISHED', 'UNDER_REVIEW', 'HIDDEN')`,
  );
  return Object.fromEntries(counts.map((c) => [c.t, c.n]));
}

const fieldsOf = (errors: Array<{ extensions?: Record<string, unknown> }> | undefined) => {
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return (errors![0]!.extensions!.fields as Array<{ path: string }>).map((f) => f.path).sort();
};

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  norsjoId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'norsjo'`)).id;
  kalixGoalId = (
    await one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 ORDER BY g.id LIMIT 1`,
      [kalixId],
    )
  ).id;
  for (const who of ['officer', 'admin', 'moderator', 'resident']) {
    tokens[who] = bearer(await loginAs(api, `${who}@kalix.example`));
    ids[who] = (await one<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [`${who}@kalix.example`])).id;
  }
  ids.officerName = (await one<{ display_name: string }>(`SELECT display_name FROM app_user WHERE id = $1`, [ids.officer])).display_name;
});
afterAll(async () => {
  await api.close();
});

describe('respondToIdea', () => {
  it('answers, sets the status, shows the officer by name and records an audit entry', async () => {
    const ideaId = await makeIdea();
    const answered = await respondOk(ideaId, { status: 'PLANNED', body: `  ${ANSWER}  ` });
    expect(answered).toMatchObject({
      id: ideaId,
      status: 'PLANNED',
      response: {
        body: ANSWER,
        bodyLocale: 'sv',
        originalLocale: 'sv',
        translations: [{ locale: 'sv', body: ANSWER }],
        respondent: { id: ids.officer, displayName: ids.officerName, removed: false },
        decision: null,
      },
    });
    expect(await one(`SELECT body, original_locale, respondent_id FROM idea_response WHERE idea_id = $1`, [ideaId])).toEqual({
      body: { sv: ANSWER },
      original_locale: 'sv',
      respondent_id: ids.officer,
    });
    const audit = await one<{ action: string; actor_id: string; details: Record<string, unknown> }>(
      `SELECT action, actor_id, details FROM audit_event WHERE target_id = $1`,
      [ideaId],
    );
    expect(audit).toMatchObject({ action: 'idea.respond', actor_id: ids.officer, details: { fromStatus: 'PUBLISHED', toStatus: 'PLANNED', replaced: false } });
  });

  it('names each bad field and stores nothing', async () => {
    const ideaId = await makeIdea();
    const before = await answerTables();
    const { errors } = await respond(ideaId, {
      status: 'HIDDEN',
      body: 'Kort',
      bodyLocale: 'en',
      translations: [{ locale: 'fi', body: 'x' }],
      decision: { body: 'K', meetingDate: '2023-02-30', paragraph: 'paragraf', diaryNumber: '439', url: 'http://www.kalix.se/protokoll' },
    });
    expect(fieldsOf(errors)).toEqual([
      'input.body',
      'input.bodyLocale',
      'input.decision.body',
      'input.decision.diaryNumber',
      'input.decision.meetingDate',
      'input.decision.paragraph',
      'input.decision.url',
      'input.status',
      'input.translations.0.body',
    ]);
    for (const status of ['PUBLISHED', 'UNDER_REVIEW']) expect(fieldsOf((await respond(ideaId, { status, body: ANSWER })).errors)).toEqual(['input.status']);
    expect(fieldsOf((await respond(ideaId, { status: 'ANSWERED', body: 'x'.repeat(5001) })).errors)).toEqual(['input.body']);
    expect(fieldsOf((await respond(ideaId, { status: 'ANSWERED', body: ANSWER, translations: [{ locale: 'sv', body: ANSWER }] })).errors)).toEqual([
      'input.translations.0.locale',
    ]);
    expect(fieldsOf((await respond('not-an-id', { status: 'ANSWERED', body: ANSWER })).errors)).toEqual(['ideaId']);
    expect(await answerTables()).toEqual(before);
  });

  it('is for officers of the idea\'s municipality; NOT_FOUND for hidden and unknown ideas', async () => {
    const ideaId = await makeIdea();
    const hidden = await makeIdea({ status: 'HIDDEN' });
    const norsjoOfficer = await makeUser({ municipalityId: norsjoId, role: 'OFFICER' });
    const before = await answerTables();
    const input = { status: 'ANSWERED', body: ANSWER };
    expect((await respond(ideaId, input, {})).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await respond(ideaId, input, as('resident'))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await respond(ideaId, input, as('moderator'))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await respond(ideaId, input, norsjoOfficer.headers)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await respond(hidden, input)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await respond('00000000-0000-4000-8000-000000000000', input)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(await answerTables()).toEqual(before);
    // An admin of the municipality is an officer too.
    expect((await respondOk(ideaId, input, as('admin'))).status).toBe('ANSWERED');
  });

  it('gives the answer in the reader\'s language, falling back fit → fi → sv, then to the original', async () => {
    const ideaId = await makeIdea();
    const fi = 'Kiitos ehdotuksesta! Kunta suunnittelee valaistuksen syksyksi 2027.';
    await respondOk(ideaId, { status: 'PLANNED', body: ANSWER, translations: [{ locale: 'fi', body: fi }] });
    const read = async (lang: string) =>
      (await api.graphql<{ idea: Answered }>(IDEA, { id: ideaId }, { 'accept-language': lang })).data!.idea.response!;
    expect(await read('sv')).toMatchObject({ body: ANSWER, bodyLocale: 'sv', originalLocale: 'sv' });
    expect(await read('fi-FI')).toMatchObject({ body: fi, bodyLocale: 'fi', originalLocale: 'sv' });
    expect(await read('fit')).toMatchObject({ body: fi, bodyLocale: 'fi' });
    expect((await read('fi')).translations).toEqual([
      { locale: 'sv', body: ANSWER },
      { locale: 'fi', body: fi },
    ]);

    // Written in Meänkieli only: a Swedish reader gets the original.
    const fit = 'Kiitos ehotuksesta! Kunta planeeraa valon syksyksi 2027.';
    const other = await makeIdea();
    await respondOk(other, { status: 'ANSWERED', body: fit, bodyLocale: 'fit' });
    const sv = (await api.graphql<{ idea: Answered }>(IDEA, { id: other }, { 'accept-language': 'sv' })).data!.idea.response!;
    expect(sv).toMatchObject({ body: fit, bodyLocale: 'fit', originalLocale: 'fit' });
    expect(await one(`SELECT body FROM idea_response WHERE idea_id = $1`, [other])).toEqual({ body: { fit } });
  });

  it('normalizes and stores the decision reference', async () => {
    const ideaId = await makeIdea();
    const answered = await respondOk(ideaId, { status: 'NOT_PLANNED', body: ANSWER, decision: DECISION });
    const decision = { body: 'Kommunstyrelsen', meetingDate: '2023-12-11', paragraph: '§ 233', diaryNumber: '2023-00439 103', url: DECISION.url };
    expect(answered.response!.decision).toEqual(decision);
    expect(
      await one(
        `SELECT decision_body, decision_meeting_date::text, decision_paragraph, decision_diary_number, decision_url FROM idea_response WHERE idea_id = $1`,
        [ideaId],
      ),
    ).toEqual({
      decision_body: 'Kommunstyrelsen',
      decision_meeting_date: '2023-12-11',
      decision_paragraph: '§ 233',
      decision_diary_number: '2023-00439 103',
      decision_url: DECISION.url,
    });
    const plain = await makeIdea();
    const withoutUrl = await respondOk(plain, { status: 'ANSWERED', body: ANSWER, decision: { ...DECISION, paragraph: '§45', diaryNumber: '2023-00497', url: null } });
    expect(withoutUrl.response!.decision).toEqual({ body: 'Kommunstyrelsen', meetingDate: '2023-12-11', paragraph: '§ 45', diaryNumber: '2023-00497', url: null });
  });

  it('keeps the timeline in order: submitted → threshold → under review → answered → decided', async () => {
    await db.query(`UPDATE municipality SET idea_support_threshold = 1 WHERE id = $1`, [kalixId]);
    try {
      const ideaId = await makeIdea();
      const supporter = await makeUser({ name: 'Stina Stöd' });
      expect((await api.graphql(`mutation($id: ID!) { supportIdea(ideaId: $id) { status } }`, { id: ideaId }, supporter.headers)).data).toEqual({
        supportIdea: { status: 'UNDER_REVIEW' },
      });
      await respondOk(ideaId, { status: 'PLANNED', body: ANSWER, decision: DECISION });
      const { data } = await api.graphql<{ idea: { timeline: Array<Record<string, unknown>> } }>(IDEA, { id: ideaId });
      const officer = { displayName: ids.officerName };
      expect(data!.idea.timeline.map((e) => [e.kind, e.fromStatus, e.toStatus, (e.actor as { displayName: string } | null)?.displayName ?? null])).toEqual([
        ['SUBMITTED', null, 'PUBLISHED', 'Svar Person'],
        ['THRESHOLD_REACHED', null, null, null],
        ['STATUS_CHANGED', 'PUBLISHED', 'UNDER_REVIEW', null],
        ['ANSWERED', 'UNDER_REVIEW', 'PLANNED', officer.displayName],
        ['STATUS_CHANGED', 'UNDER_REVIEW', 'PLANNED', officer.displayName],
        ['DECIDED', null, null, officer.displayName],
      ]);
      expect(data!.idea.timeline[1]).toMatchObject({ supportCount: 1, threshold: 1, exempt: false });
      expect(data!.idea.timeline[5]!.decision).toEqual({ body: 'Kommunstyrelsen', meetingDate: '2023-12-11', paragraph: '§ 233', diaryNumber: '2023-00439 103', url: DECISION.url });
    } finally {
      await db.query(`UPDATE municipality SET idea_support_threshold = 50 WHERE id = $1`, [kalixId]);
    }
  });

  it('tells the followers but not the respondent: decided once, then answered', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea({ authorId: author.id });
    const follower = await makeUser();
    await db.query(`INSERT INTO idea_follow (idea_id, user_id) VALUES ($1, $2), ($1, $3)`, [ideaId, follower.id, ids.officer]);
    const told = async () =>
      (await db.query(`SELECT user_id, kind, data FROM notification WHERE idea_id = $1 ORDER BY created_at, kind, user_id`, [ideaId])) as Array<{
        user_id: string;
        kind: string;
        data: Record<string, unknown>;
      }>;

    await respondOk(ideaId, { status: 'PLANNED', body: ANSWER, decision: DECISION });
    const first = await told();
    expect(first.map((n) => [n.user_id, n.kind]).sort()).toEqual([[author.id, 'IDEA_DECIDED'], [follower.id, 'IDEA_DECIDED']].sort());
    expect(first[0]!.data).toEqual({ status: 'PLANNED' });

    // The same decision again is no new decision: an answer, and no second DECIDED entry.
    await db.query(`DELETE FROM notification WHERE idea_id = $1`, [ideaId]);
    await respondOk(ideaId, { status: 'IN_PROGRESS', body: `${ANSWER} Arbetet har börjat.`, decision: DECISION });
    expect((await told()).map((n) => [n.user_id, n.kind, n.data.status]).sort()).toEqual(
      [[author.id, 'IDEA_ANSWERED', 'IN_PROGRESS'], [follower.id, 'IDEA_ANSWERED', 'IN_PROGRESS']].sort(),
    );
    expect(await one(`SELECT count(*)::int AS n FROM idea_event WHERE idea_id = $1 AND kind = 'DECIDED'`, [ideaId])).toEqual({ n: 1 });
    expect(await one(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND idea_id = $2`, [ids.officer, ideaId])).toEqual({ n: 0 });
  });

  it('replaces the current answer when answering again; the timeline keeps both', async () => {
    const ideaId = await makeIdea();
    const first = await respondOk(ideaId, { status: 'PLANNED', body: ANSWER, decision: DECISION });
    const second = await respondOk(ideaId, { status: 'IMPLEMENTED', body: 'Belysningen är nu på plats längs hela gångvägen.' }, as('admin'));
    expect(second.response).toMatchObject({ body: 'Belysningen är nu på plats längs hela gångvägen.', decision: null, respondent: { id: ids.admin } });
    expect(new Date(second.response!.respondedAt).getTime()).toBeGreaterThanOrEqual(new Date(first.response!.respondedAt).getTime());
    expect(await one(`SELECT count(*)::int AS n FROM idea_response WHERE idea_id = $1`, [ideaId])).toEqual({ n: 1 });
    const kinds: Array<{ kind: string }> = await db.query(`SELECT kind::text FROM idea_event WHERE idea_id = $1 AND kind = 'ANSWERED'`, [ideaId]);
    expect(kinds).toHaveLength(2);
  });

  it('shows a deleted respondent as removed, and the answer stays', async () => {
    const officer = await makeUser({ role: 'OFFICER', name: 'Tillfällig Handläggare' });
    const ideaId = await makeIdea();
    await respondOk(ideaId, { status: 'ANSWERED', body: ANSWER }, officer.headers);
    await db.query(`DELETE FROM app_user WHERE id = $1`, [officer.id]);
    const { data } = await api.graphql<{ idea: Answered }>(IDEA, { id: ideaId });
    expect(data!.idea.response).toMatchObject({ body: ANSWER, respondent: { displayName: '' } });
  });
});

describe('respondToIdeas', () => {
  it('answers up to 100 ideas at once, in the order given', async () => {
    const ideaIds = [await makeIdea(), await makeIdea(), await makeIdea()];
    const { data, errors } = await api.graphql<{ respondToIdeas: Answered[] }>(RESPOND_MANY, { ids: ideaIds, input: { status: 'ANSWERED', body: ANSWER } }, as('officer'));
    expect(errors).toBeUndefined();
    expect(data!.respondToIdeas.map((i) => [i.id, i.status, i.response!.body])).toEqual(ideaIds.map((id) => [id, 'ANSWERED', ANSWER]));
    expect(await one(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = ANY($1::text[]) AND action = 'idea.respond'`, [ideaIds])).toEqual({ n: 3 });
  });

  it('is all or nothing', async () => {
    const good = [await makeIdea(), await makeIdea()];
    const hidden = await makeIdea({ status: 'HIDDEN' });
    const norsjo = await makeIdea({ municipalityId: norsjoId });
    const before = await answerTables();
    const input = { status: 'ANSWERED', body: ANSWER };
    const run = (list: string[], headers = as('officer')) => api.graphql(RESPOND_MANY, { ids: list, input }, headers);
    expect((await run([...good, hidden])).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await run([...good, norsjo])).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await run(good, as('moderator'))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(fieldsOf((await run([])).errors)).toEqual(['ideaIds']);
    expect(fieldsOf((await run(Array.from({ length: 101 }, () => good[0]!))).errors)).toEqual(['ideaIds']);
    expect(fieldsOf((await api.graphql(RESPOND_MANY, { ids: good, input: { status: 'HIDDEN', body: ANSWER } }, as('officer'))).errors)).toEqual(['input.status']);
    expect(await answerTables()).toEqual(before);
  });
});

describe('answer templates', () => {
  const LIST = `query($slug: String!) { answerTemplates(municipalitySlug: $slug) { id name body bodyLocale bodyTranslations { locale body } status } }`;
  const CREATE = `mutation($slug: String!, $input: AnswerTemplateInput!) { createAnswerTemplate(municipalitySlug: $slug, input: $input) { id name body bodyLocale status bodyTranslations { locale body } } }`;
  const UPDATE = `mutation($id: ID!, $input: AnswerTemplateInput!) { updateAnswerTemplate(id: $id, input: $input) { id name body status } }`;
  const DELETE = `mutation($id: ID!) { deleteAnswerTemplate(id: $id) }`;
  const THANKS = 'Tack för ditt förslag! Vi har tagit emot det och återkommer.';
  const KIITOS = 'Kiitos ehdotuksestasi! Olemme vastaanottaneet sen ja palaamme asiaan.';

  it('lets officers create, read in their language, update and delete them', async () => {
    const created = await api.graphql<{ createAnswerTemplate: { id: string } }>(
      CREATE,
      { slug: 'kalix', input: { name: ' Mottaget ', body: THANKS, translations: [{ locale: 'fi', body: KIITOS }], status: 'ANSWERED' } },
      as('officer'),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAnswerTemplate).toMatchObject({
      name: 'Mottaget',
      body: THANKS,
      bodyLocale: 'sv',
      status: 'ANSWERED',
      bodyTranslations: [
        { locale: 'sv', body: THANKS },
        { locale: 'fi', body: KIITOS },
      ],
    });
    const id = created.data!.createAnswerTemplate.id;
    const inMeankieli = await api.graphql<{ answerTemplates: Array<{ id: string; body: string; bodyLocale: string }> }>(LIST, { slug: 'kalix' }, { ...as('officer'), 'accept-language': 'fit' });
    expect(inMeankieli.data!.answerTemplates.find((t) => t.id === id)).toMatchObject({ body: KIITOS, bodyLocale: 'fi' });

    const duplicate = await api.graphql(CREATE, { slug: 'kalix', input: { name: 'Mottaget', body: THANKS } }, as('admin'));
    expect(duplicate.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(fieldsOf((await api.graphql(CREATE, { slug: 'kalix', input: { name: 'M', body: 'kort', status: 'HIDDEN' } }, as('officer'))).errors)).toEqual([
      'input.body',
      'input.name',
      'input.status',
    ]);

    const updated = await api.graphql(UPDATE, { id, input: { name: 'Mottaget (ny)', body: THANKS, status: null } }, as('officer'));
    expect(updated.data).toEqual({ updateAnswerTemplate: { id, name: 'Mottaget (ny)', body: THANKS, status: null } });
    expect(await one(`SELECT body FROM answer_template WHERE id = $1`, [id])).toEqual({ body: { sv: THANKS } });
    expect(await one(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1`, [id])).toEqual({ n: 2 });

    expect((await api.graphql(DELETE, { id }, as('officer'))).data).toEqual({ deleteAnswerTemplate: true });
    expect((await api.graphql(DELETE, { id }, as('officer'))).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await api.graphql(LIST, { slug: 'kalix' }, as('officer'))).data!.answerTemplates).toEqual([]);
  });

  it('are for officers of the municipality only', async () => {
    const { id } = await one<{ id: string }>(`INSERT INTO answer_template (municipality_id, name, body) VALUES ($1, 'Kalixmall', $2) RETURNING id`, [kalixId, { sv: THANKS }]);
    const norsjoOfficer = await makeUser({ municipalityId: norsjoId, role: 'OFFICER' });
    for (const headers of [as('resident'), as('moderator'), norsjoOfficer.headers]) {
      expect((await api.graphql(LIST, { slug: 'kalix' }, headers)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await api.graphql(UPDATE, { id, input: { name: 'X-mall', body: THANKS } }, headers)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await api.graphql(DELETE, { id }, headers)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    expect((await api.graphql(LIST, { slug: 'kalix' })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(LIST, { slug: 'norsjo' }, norsjoOfficer.headers)).data).toEqual({ answerTemplates: [] });
    expect(await one(`SELECT name FROM answer_template WHERE id = $1`, [id])).toEqual({ name: 'Kalixmall' });
  });
});

describe('DataLoaders', () => {
  it('resolve answers and timelines of a page of 100 ideas with as many SQL statements as a page of 20', async () => {
    // Enough answered ideas with timelines for a full page.
    const answered: string[] = [];
    for (let i = 0; i < 100; i++) answered.push(await makeIdea());
    const { errors } = await api.graphql(RESPOND_MANY, { ids: answered, input: { status: 'ANSWERED', body: ANSWER, decision: DECISION } }, as('officer'));
    expect(errors).toBeUndefined();
    const query = (first: number) => `{ ideas(filter: { municipalitySlug: "kalix" }, first: ${first}) { edges { node { id
      response { body translations { locale body } respondent { displayName } decision { paragraph } }
      timeline { kind actor { displayName } decision { diaryNumber } } } } } }`;
    const statementsFor = async (first: number) => {
      api.statements.reset();
      const { data, errors: queryErrors } = await api.graphql<{ ideas: { edges: Array<{ node: { response: unknown } }> } }>(query(first));
      expect(queryErrors).toBeUndefined();
      return { statements: api.statements.count, rows: data!.ideas.edges.length, answered: data!.ideas.edges.filter((e) => e.node.response).length };
    };
    const small = await statementsFor(20);
    const large = await statementsFor(100);
    expect(large.rows).toBe(100);
    expect(large.answered).toBeGreaterThan(20);
    expect(large.statements).toBe(small.statements);
  });
});
