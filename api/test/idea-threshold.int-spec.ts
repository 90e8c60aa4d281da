/**
 * The support threshold: by count, per mille of the population, the minority-language exemption,
 * exactly once under concurrency, the timeline entries and who is told.
 */
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { bearer, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
let kalixId: string;
let norsjoId: string;
let goalId: string;
let norsjoGoalId: string;
/** Officers and admins of Kalix, who are told when an idea waits for review. */
let reviewers: string[];
let adminHeaders: Record<string, string>;

const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
let sequence = 0;
const unique = () => `${Date.now().toString(36)}-${++sequence}`;

async function makeUsers(count: number, municipalityId = kalixId): Promise<Array<{ id: string; headers: Record<string, string> }>> {
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO app_user (email, display_name, locale, municipality_id, email_verified_at)
     SELECT 'threshold.' || n || '.' || $2 || '@threshold.example', 'Stödjare ' || n, 'sv', $1, now() FROM generate_series(1, $3::int) n RETURNING id`,
    [municipalityId, unique(), count],
  );
  const tokens = rows.map(() => newToken());
  await db.query(
    `INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at)
     SELECT u, h, 'PASSWORD', now() + interval '1 day', now() FROM unnest($1::uuid[], $2::text[]) AS t(u, h)`,
    [rows.map((r) => r.id), tokens.map((t) => hashToken(t))],
  );
  return rows.map((row, i) => ({ id: row.id, headers: bearer(tokens[i]!) }));
}

const SUBMIT = `mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id status } }`;
const SUPPORT = `mutation($id: ID!) { supportIdea(ideaId: $id) { id status supportCount } }`;
const TIMELINE = `query($id: ID!) { idea(id: $id) { status timeline { kind fromStatus toStatus supportCount threshold exempt actor { displayName } } } }`;
const SETTINGS = `query($slug: String!) { municipality(slug: $slug) { ideaSettings { population supportThreshold supportThresholdPerMille minorityLanguageExempt } } }`;

async function submit(author: { headers: Record<string, string> }, locale: string, slug = 'kalix'): Promise<{ id: string; status: string }> {
  const { data, errors } = await api.graphql<{ submitIdea: { id: string; status: string } }>(
    SUBMIT,
    {
      input: {
        municipalitySlug: slug,
        title: `Tröskelidé ${unique()}`,
        body: `Ett förslag på ${locale} med tillräckligt lång text för att publiceras, nummer ${unique()}.`,
        locale,
        goalIds: [slug === 'kalix' ? goalId : norsjoGoalId],
      },
    },
    author.headers,
  );
  expect(errors).toBeUndefined();
  return data!.submitIdea;
}

async function setKalix(settings: { population?: number | null; threshold?: number | null; perMille?: number | null; exempt?: boolean }): Promise<void> {
  await db.query(
    `UPDATE municipality SET population = $2, idea_support_threshold = $3, idea_support_threshold_per_mille = $4, idea_threshold_minority_language_exempt = $5 WHERE id = $1`,
    [kalixId, settings.population ?? null, settings.threshold ?? null, settings.perMille ?? null, settings.exempt ?? false],
  );
}

const notifications = (ideaId: string, kind: string): Promise<Array<{ user_id: string; data: Record<string, unknown> }>> =>
  db.query(`SELECT user_id, data FROM notification WHERE idea_id = $1 AND kind = $2 ORDER BY user_id`, [ideaId, kind]);

const timeline = async (ideaId: string) =>
  (await api.graphql<{ idea: { status: string; timeline: Array<Record<string, unknown>> } }>(TIMELINE, { id: ideaId })).data!.idea;

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  norsjoId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'norsjo'`)).id;
  const goalOf = async (municipalityId: string) =>
    (
      await one<{ id: string }>(
        `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 ORDER BY g.id LIMIT 1`,
        [municipalityId],
      )
    ).id;
  goalId = await goalOf(kalixId);
  norsjoGoalId = await goalOf(norsjoId);
  reviewers = (
    await db.query(`SELECT DISTINCT user_id FROM role_assignment WHERE municipality_id = $1 AND role IN ('OFFICER', 'ADMIN') ORDER BY user_id`, [kalixId])
  ).map((r: { user_id: string }) => r.user_id);
  adminHeaders = bearer(await loginAs(api, 'admin@kalix.example'));
});
afterAll(async () => {
  await api.close();
});

describe('the demo seed', () => {
  it('gives Kalix its population, a threshold of 50 and the minority-language exemption', async () => {
    const { data } = await api.graphql(SETTINGS, { slug: 'kalix' });
    expect(data).toEqual({ municipality: { ideaSettings: { population: 15400, supportThreshold: 50, supportThresholdPerMille: null, minorityLanguageExempt: true } } });
    const norsjo = await api.graphql(SETTINGS, { slug: 'norsjo' });
    expect(norsjo.data).toEqual({ municipality: { ideaSettings: { population: null, supportThreshold: null, supportThresholdPerMille: null, minorityLanguageExempt: false } } });
    expect(reviewers.length).toBeGreaterThanOrEqual(2);
  });
});

describe('support threshold', () => {
  beforeEach(async () => {
    await setKalix({ population: 15400, threshold: 3, exempt: true });
  });

  it('moves a published idea to UNDER_REVIEW at the count, once, and tells officers and followers', async () => {
    const [author, a, b, c, d] = await makeUsers(5);
    const idea = await submit(author!, 'sv');
    expect(idea.status).toBe('PUBLISHED');
    for (const supporter of [a, b]) {
      const { data } = await api.graphql<{ supportIdea: { status: string } }>(SUPPORT, { id: idea.id }, supporter!.headers);
      expect(data!.supportIdea.status).toBe('PUBLISHED');
    }
    const crossing = await api.graphql<{ supportIdea: { status: string; supportCount: number } }>(SUPPORT, { id: idea.id }, c!.headers);
    expect(crossing.data!.supportIdea).toMatchObject({ status: 'UNDER_REVIEW', supportCount: 3 });
    // Past the threshold, and supporting again, change nothing more.
    await api.graphql(SUPPORT, { id: idea.id }, d!.headers);
    await api.graphql(SUPPORT, { id: idea.id }, c!.headers);

    const seen = await timeline(idea.id);
    expect(seen.status).toBe('UNDER_REVIEW');
    expect(seen.timeline).toEqual([
      { kind: 'SUBMITTED', fromStatus: null, toStatus: 'PUBLISHED', supportCount: null, threshold: null, exempt: null, actor: { displayName: 'Stödjare 1' } },
      { kind: 'THRESHOLD_REACHED', fromStatus: null, toStatus: null, supportCount: 3, threshold: 3, exempt: false, actor: null },
      { kind: 'STATUS_CHANGED', fromStatus: 'PUBLISHED', toStatus: 'UNDER_REVIEW', supportCount: null, threshold: null, exempt: null, actor: null },
    ]);

    const review = await notifications(idea.id, 'IDEA_NEEDS_REVIEW');
    expect(review.map((n) => n.user_id)).toEqual(reviewers);
    expect(review[0]!.data).toEqual({ status: 'UNDER_REVIEW' });
    // The author and the earlier supporters follow the idea; the one who crossed the threshold is not told.
    const changed = await notifications(idea.id, 'IDEA_STATUS_CHANGED');
    expect(changed.map((n) => n.user_id)).toEqual([author!.id, a!.id, b!.id].sort());
  });

  it('counts per mille of the population, rounded up', async () => {
    await setKalix({ population: 1000, perMille: 2.5, exempt: true });
    const { data } = await api.graphql(SETTINGS, { slug: 'kalix' });
    expect(data).toEqual({ municipality: { ideaSettings: { population: 1000, supportThreshold: 3, supportThresholdPerMille: 2.5, minorityLanguageExempt: true } } });

    const [author, ...supporters] = await makeUsers(4);
    const idea = await submit(author!, 'sv');
    const statuses: string[] = [];
    for (const supporter of supporters) {
      statuses.push((await api.graphql<{ supportIdea: { status: string } }>(SUPPORT, { id: idea.id }, supporter.headers)).data!.supportIdea.status);
    }
    expect(statuses).toEqual(['PUBLISHED', 'PUBLISHED', 'UNDER_REVIEW']);
    expect((await timeline(idea.id)).timeline[1]).toMatchObject({ kind: 'THRESHOLD_REACHED', supportCount: 3, threshold: 3 });
  });

  it('never moves an idea without a threshold, nor one that is no longer PUBLISHED', async () => {
    await setKalix({ population: 15400 });
    const [author, supporter] = await makeUsers(2);
    const idea = await submit(author!, 'sv');
    expect((await api.graphql<{ supportIdea: { status: string } }>(SUPPORT, { id: idea.id }, supporter!.headers)).data!.supportIdea.status).toBe('PUBLISHED');

    await setKalix({ threshold: 1 });
    const answered = await submit((await makeUsers(1))[0]!, 'sv');
    await db.query(`UPDATE idea SET status = 'ANSWERED' WHERE id = $1`, [answered.id]);
    expect((await api.graphql<{ supportIdea: { status: string } }>(SUPPORT, { id: answered.id }, supporter!.headers)).data!.supportIdea.status).toBe('ANSWERED');
    expect(await one(`SELECT count(*)::int AS n FROM idea_event WHERE idea_id = $1 AND kind = 'THRESHOLD_REACHED'`, [answered.id])).toEqual({ n: 0 });
  });
});

describe('minority-language exemption', () => {
  it.each(['fi', 'fit'])('sends an idea in %s straight to review where the municipality exempts them', async (locale) => {
    await setKalix({ population: 15400, threshold: 50, exempt: true });
    const [author] = await makeUsers(1);
    const idea = await submit(author!, locale);
    expect(idea.status).toBe('UNDER_REVIEW');
    expect((await timeline(idea.id)).timeline.map((e) => [e.kind, e.exempt ?? null, e.toStatus])).toEqual([
      ['SUBMITTED', null, 'PUBLISHED'],
      ['THRESHOLD_REACHED', true, null],
      ['STATUS_CHANGED', null, 'UNDER_REVIEW'],
    ]);
    expect((await notifications(idea.id, 'IDEA_NEEDS_REVIEW')).map((n) => n.user_id)).toEqual(reviewers);
    // The author caused it and is the only follower: nobody else to tell.
    expect(await notifications(idea.id, 'IDEA_STATUS_CHANGED')).toEqual([]);
  });

  it('does not exempt Swedish, nor anything where the municipality does not exempt', async () => {
    await setKalix({ population: 15400, threshold: 50, exempt: true });
    const [author] = await makeUsers(1);
    expect((await submit(author!, 'sv')).status).toBe('PUBLISHED');
    expect((await submit(author!, 'en')).status).toBe('PUBLISHED');

    await setKalix({ population: 15400, threshold: 50, exempt: false });
    const fi = await submit(author!, 'fi');
    expect(fi.status).toBe('PUBLISHED');
    expect(await notifications(fi.id, 'IDEA_NEEDS_REVIEW')).toEqual([]);

    const norsjoAuthor = (await makeUsers(1, norsjoId))[0]!;
    expect((await submit(norsjoAuthor, 'fit', 'norsjo')).status).toBe('PUBLISHED');
  });
});

describe('concurrency', () => {
  it('60 people supporting at once across a threshold of 50 move the idea exactly once', async () => {
    await setKalix({ population: 15400, threshold: 50, exempt: true });
    const [author, ...crowd] = await makeUsers(61);
    const idea = await submit(author!, 'sv');
    const results = await Promise.all(crowd.map((person) => api.graphql(SUPPORT, { id: idea.id }, person.headers)));
    expect(results.filter((r) => r.errors)).toEqual([]);

    expect(await one(`SELECT status, support_count FROM idea WHERE id = $1`, [idea.id])).toEqual({ status: 'UNDER_REVIEW', support_count: 60 });
    const kinds: Array<{ kind: string; n: number }> = await db.query(
      `SELECT kind::text, count(*)::int AS n FROM idea_event WHERE idea_id = $1 GROUP BY kind ORDER BY kind`,
      [idea.id],
    );
    expect(kinds).toEqual([
      { kind: 'STATUS_CHANGED', n: 1 },
      { kind: 'SUBMITTED', n: 1 },
      { kind: 'THRESHOLD_REACHED', n: 1 },
    ]);
    expect(await one(`SELECT data FROM idea_event WHERE idea_id = $1 AND kind = 'THRESHOLD_REACHED'`, [idea.id])).toEqual({
      data: { supportCount: 50, threshold: 50 },
    });
    // One per officer, and one per follower who had followed when it moved: the author and the 49 before the crossing.
    expect((await notifications(idea.id, 'IDEA_NEEDS_REVIEW')).map((n) => n.user_id)).toEqual(reviewers);
    const changed = await notifications(idea.id, 'IDEA_STATUS_CHANGED');
    expect(new Set(changed.map((n) => n.user_id)).size).toBe(changed.length);
    expect(changed.length).toBe(50);
  });
});

describe('updateIdeaSettings', () => {
  const UPDATE = `mutation($slug: String!, $input: IdeaSettingsInput!) { updateIdeaSettings(municipalitySlug: $slug, input: $input) {
    population supportThreshold supportThresholdPerMille minorityLanguageExempt } }`;

  it('lets the admin switch to per mille, audited; fields left out stay', async () => {
    await setKalix({ population: 15400, threshold: 50, exempt: true });
    const { data, errors } = await api.graphql(UPDATE, { slug: 'kalix', input: { supportThreshold: null, supportThresholdPerMille: 3 } }, adminHeaders);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ updateIdeaSettings: { population: 15400, supportThreshold: 47, supportThresholdPerMille: 3, minorityLanguageExempt: true } });
    expect(await one(`SELECT idea_support_threshold, idea_support_threshold_per_mille::float8 AS per_mille FROM municipality WHERE id = $1`, [kalixId])).toEqual({
      idea_support_threshold: null,
      per_mille: 3,
    });
    const audit = await one<{ action: string; details: { before: Record<string, unknown>; after: Record<string, unknown> } }>(
      `SELECT action, details FROM audit_event WHERE municipality_id = $1 AND target_type = 'MUNICIPALITY' ORDER BY occurred_at DESC LIMIT 1`,
      [kalixId],
    );
    expect(audit.action).toBe('municipality.updateIdeaSettings');
    expect(audit.details.before).toMatchObject({ ideaSupportThreshold: 50, ideaSupportThresholdPerMille: null });
    expect(audit.details.after).toMatchObject({ ideaSupportThreshold: null, ideaSupportThresholdPerMille: 3 });
  });

  it('sends published ideas already past a lowered threshold, or newly exempt, to review at once', async () => {
    await setKalix({ population: 15400, threshold: 50, exempt: false });
    const [author] = await makeUsers(1);
    const popular = await submit(author!, 'sv');
    const finnish = await submit(author!, 'fi');
    const quiet = await submit(author!, 'sv');
    await db.query(`UPDATE idea SET support_count = 5 WHERE id = $1`, [popular.id]);
    expect(finnish.status).toBe('PUBLISHED');

    const { errors } = await api.graphql(UPDATE, { slug: 'kalix', input: { supportThreshold: 5, minorityLanguageExempt: true } }, adminHeaders);
    expect(errors).toBeUndefined();
    const statuses: Array<{ id: string; status: string }> = await db.query(`SELECT id, status FROM idea WHERE id = ANY($1::uuid[])`, [[popular.id, finnish.id, quiet.id]]);
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({ [popular.id]: 'UNDER_REVIEW', [finnish.id]: 'UNDER_REVIEW', [quiet.id]: 'PUBLISHED' });
    expect((await timeline(popular.id)).timeline[1]).toMatchObject({ kind: 'THRESHOLD_REACHED', supportCount: 5, threshold: 5, exempt: false });
    expect((await timeline(finnish.id)).timeline[1]).toMatchObject({ kind: 'THRESHOLD_REACHED', exempt: true });
    const adminId = (await one<{ id: string }>(`SELECT id FROM app_user WHERE email = 'admin@kalix.example'`)).id;
    expect((await notifications(popular.id, 'IDEA_NEEDS_REVIEW')).map((n) => n.user_id)).toEqual(reviewers.filter((id) => id !== adminId));
    expect((await notifications(popular.id, 'IDEA_STATUS_CHANGED')).map((n) => n.user_id)).toEqual([author!.id]);
    const audit = await one<{ details: { movedToReview: number } }>(
      `SELECT details FROM audit_event WHERE municipality_id = $1 AND target_type = 'MUNICIPALITY' ORDER BY occurred_at DESC LIMIT 1`,
      [kalixId],
    );
    expect(audit.details.movedToReview).toBeGreaterThanOrEqual(2);
  });

  it('names each bad field and changes nothing', async () => {
    await setKalix({ population: null, threshold: 50, exempt: true });
    const before = await one(`SELECT * FROM municipality WHERE id = $1`, [kalixId]);
    const fieldsOf = async (input: Record<string, unknown>) => {
      const { errors } = await api.graphql(UPDATE, { slug: 'kalix', input }, adminHeaders);
      expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      return (errors![0]!.extensions!.fields as Array<{ path: string }>).map((f) => f.path).sort();
    };
    expect(await fieldsOf({ supportThreshold: 0, supportThresholdPerMille: 1.234, population: -5 })).toEqual([
      'input.population',
      'input.supportThreshold',
      'input.supportThresholdPerMille',
    ]);
    // Both thresholds at once (the count is already set).
    expect(await fieldsOf({ supportThresholdPerMille: 3, population: 15400 })).toEqual(['input.supportThreshold', 'input.supportThresholdPerMille']);
    // Per mille needs the population.
    expect(await fieldsOf({ supportThreshold: null, supportThresholdPerMille: 3 })).toEqual(['input.population']);
    expect(await one(`SELECT * FROM municipality WHERE id = $1`, [kalixId])).toEqual(before);
  });

  it('is for the admin of the municipality only', async () => {
    const input = { supportThreshold: 10 };
    const officer = bearer(await loginAs(api, 'officer@kalix.example'));
    expect((await api.graphql(UPDATE, { slug: 'kalix', input }, officer)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await api.graphql(UPDATE, { slug: 'kalix', input })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const [norsjoAdmin] = await makeUsers(1, norsjoId);
    await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) VALUES ($1, $2, 'ADMIN')`, [norsjoAdmin!.id, norsjoId]);
    expect((await api.graphql(UPDATE, { slug: 'kalix', input }, norsjoAdmin!.headers)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
