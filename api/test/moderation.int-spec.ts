import { EMAIL_CATALOGUES, UPHELD_REPORTS_BEFORE_BLOCK } from '@medskapa/shared';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { RATE_LIMITS } from '../src/modules/rate-limits/rate-limits';
import { bearer, type GraphQLResponse, latestEmailTo, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
let kalixId: string;
let overkalixId: string;
let kalixGoalId: string;
let overkalixGoalId: string;
const demo: Record<string, { id: string; headers: Record<string, string> }> = {};

const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;

let sequence = 0;
const unique = () => `${Date.now().toString(36)}-${++sequence}`;

interface Person {
  id: string;
  email: string;
  name: string;
  headers: Record<string, string>;
}

/** A fresh person with a session, straight in the database. */
async function makeUser(options: { locale?: string; municipalityId?: string; roles?: string[]; name?: string } = {}): Promise<Person> {
  const email = `mod.${unique()}@moderation.example`;
  const name = options.name ?? `Person ${sequence}`;
  const { id } = await one<{ id: string }>(
    `INSERT INTO app_user (email, display_name, locale, municipality_id, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
    [email, name, options.locale ?? 'sv', options.municipalityId ?? kalixId],
  );
  for (const role of options.roles ?? []) {
    await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) VALUES ($1, $2, $3)`, [id, options.municipalityId ?? kalixId, role]);
  }
  const token = newToken();
  await db.query(`INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at) VALUES ($1, $2, 'PASSWORD', now() + interval '1 day', now())`, [
    id,
    hashToken(token),
  ]);
  return { id, email, name, headers: bearer(token) };
}

/** An idea straight in the database. */
async function makeIdea(authorId: string, options: { status?: string; municipalityId?: string; title?: string } = {}): Promise<string> {
  const municipalityId = options.municipalityId ?? kalixId;
  const reference = `MOD-${unique()}`;
  const { id } = await one<{ id: string }>(
    `INSERT INTO idea (municipality_id, reference, title, body, original_locale, status, author_id, text_hash)
     VALUES ($1, $2, $3, 'En tillräckligt lång text om ett förslag som kan anmälas.', 'sv', $4, $5, $2) RETURNING id`,
    [municipalityId, reference, options.title ?? `Förslag ${reference}`, options.status ?? 'PUBLISHED', authorId],
  );
  await db.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [id, municipalityId === kalixId ? kalixGoalId : overkalixGoalId]);
  return id;
}

/** A visible comment, counted in idea.comment_count as the comments service does. */
async function makeComment(ideaId: string, authorId: string, body = 'En kommentar som någon tyckte var olämplig.'): Promise<string> {
  const { id } = await one<{ id: string }>(`INSERT INTO comment (idea_id, author_id, body) VALUES ($1, $2, $3) RETURNING id`, [ideaId, authorId, body]);
  await db.query(`UPDATE idea SET comment_count = comment_count + 1 WHERE id = $1`, [ideaId]);
  return id;
}

const REPORT_FIELDS = `id targetType targetId reason note status createdAt resolvedAt resolutionReason
  resolvedBy { id displayName } openReportCount targetAuthorUpheldCount targetAuthor { id displayName removed }
  targetIdea { id status } targetExcerpt`;
const REPORT = `mutation($input: ReportInput!) { reportContent(input: $input) { ${REPORT_FIELDS} } }`;
const MODERATE = `mutation($id: ID!, $action: ModerationAction!, $reason: String!) { moderate(reportId: $id, action: $action, reason: $reason) { ${REPORT_FIELDS} } }`;
const QUEUE = `query($slug: String!, $status: ReportStatus, $first: Int, $after: String) {
  moderationQueue(municipalitySlug: $slug, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${REPORT_FIELDS} } } } }`;
const BLOCK = `mutation($input: BlockUserInput!) { blockUser(input: $input) { id until reason active liftedAt liftReason user { id displayName } blockedBy { id } liftedBy { id } } }`;
const LIFT = `mutation($id: ID!, $reason: String!) { liftUserBlock(blockId: $id, reason: $reason) { id active liftedAt liftReason liftedBy { id } } }`;
const BLOCKS = `query($slug: String!, $activeOnly: Boolean) { userBlocks(municipalitySlug: $slug, activeOnly: $activeOnly) { id active user { id } } }`;
const SUBMIT = `mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id } }`;
const IDEAS = `query($filter: IdeaFilter!) { ideas(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;

type ReportNode = Record<string, unknown> & { id: string; status: string };

async function report(who: Person | { headers: Record<string, string> }, targetType: string, targetId: string, extra: Record<string, unknown> = {}) {
  return api.graphql<{ reportContent: ReportNode }>(REPORT, { input: { targetType, targetId, reason: 'OFFENSIVE', ...extra } }, who.headers);
}

async function reportOk(who: Person | { headers: Record<string, string> }, targetType: string, targetId: string): Promise<ReportNode> {
  const { data, errors } = await report(who, targetType, targetId);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.reportContent;
}

async function moderate(reportId: string, action: string, reason = 'Bryter mot reglerna för innehåll.', headers = demo.moderator!.headers) {
  return api.graphql<{ moderate: ReportNode }>(MODERATE, { id: reportId, action, reason }, headers);
}

async function moderateOk(reportId: string, action: string, reason?: string, headers?: Record<string, string>): Promise<ReportNode> {
  const { data, errors } = await moderate(reportId, action, reason, headers);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.moderate;
}

const codes = (response: GraphQLResponse) => response.errors?.map((e) => e.extensions?.code);
const fieldPaths = (response: GraphQLResponse) => (response.errors?.[0]?.extensions?.fields as Array<{ path: string }> | undefined)?.map((f) => f.path);

/** Everything moderation may touch, to prove a refused call changed nothing. */
async function moderationState(): Promise<string> {
  const rows = await db.query(
    `SELECT (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')) FROM report r) AS reports,
            (SELECT md5(coalesce(string_agg(i.id || i.status::text || i.comment_count, '|' ORDER BY i.id), '')) FROM idea i) AS ideas,
            (SELECT md5(coalesce(string_agg(c.id || c.status::text, '|' ORDER BY c.id), '')) FROM comment c) AS comments,
            (SELECT count(*) FROM audit_event) AS audit, (SELECT count(*) FROM notification) AS notifications,
            (SELECT count(*) FROM outbox_message) AS mail, (SELECT count(*) FROM idea_event) AS events,
            (SELECT md5(coalesce(string_agg(b::text, '|' ORDER BY b.id), '')) FROM user_block b) AS blocks`,
  );
  return JSON.stringify(rows[0]);
}

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  overkalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'overkalix'`)).id;
  const goalOf = async (municipalityId: string) =>
    (
      await one<{ id: string }>(
        `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 ORDER BY a.position, g.position LIMIT 1`,
        [municipalityId],
      )
    ).id;
  kalixGoalId = await goalOf(kalixId);
  overkalixGoalId = await goalOf(overkalixId);
  for (const who of ['resident', 'forening', 'moderator', 'officer']) {
    const email = `${who}@kalix.example`;
    demo[who] = { id: (await one<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email])).id, headers: bearer(await loginAs(api, email)) };
  }
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  // Every test starts with fresh rate-limit windows (the limits themselves are tested on purpose below).
  await db.query(`DELETE FROM rate_limit_counter`);
});

// ------------------------------------------------------------------ reporting

describe('reportContent', () => {
  it('records an OPEN report with the target author; the reporter sees its status, not the moderators\' fields', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author.id);
    const { data, errors } = await report(demo.resident!, 'IDEA', ideaId, { reason: 'SPAM', note: '  Reklam för en bilfirma.  ' });
    expect(errors).toBeUndefined();
    expect(data!.reportContent).toMatchObject({
      targetType: 'IDEA',
      targetId: ideaId,
      reason: 'SPAM',
      note: 'Reklam för en bilfirma.',
      status: 'OPEN',
      resolvedAt: null,
      resolutionReason: null,
      resolvedBy: null,
      openReportCount: null,
      targetAuthorUpheldCount: null,
      targetAuthor: null,
      targetExcerpt: null,
      targetIdea: { id: ideaId, status: 'PUBLISHED' },
    });
    const row = await one(`SELECT municipality_id, target_author_id, reporter_id, status FROM report WHERE id = $1`, [data!.reportContent.id]);
    expect(row).toEqual({ municipality_id: kalixId, target_author_id: author.id, reporter_id: demo.resident!.id, status: 'OPEN' });

    const mine = await api.graphql<{ myReports: { totalCount: number; edges: Array<{ node: { id: string; status: string } }> } }>(
      `{ myReports(first: 100) { totalCount edges { node { id status } } } }`,
      {},
      demo.resident!.headers,
    );
    expect(mine.data!.myReports.edges.map((e) => e.node)).toContainEqual({ id: data!.reportContent.id, status: 'OPEN' });
  });

  it('is idempotent per reporter and content: the second report returns the first', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author.id);
    const reporter = await makeUser();
    const first = await reportOk(reporter, 'IDEA', ideaId);
    const second = await report(reporter, 'IDEA', ideaId, { reason: 'SPAM', note: 'Igen' });
    expect(second.errors).toBeUndefined();
    expect(second.data!.reportContent).toMatchObject({ id: first.id, reason: 'OFFENSIVE', note: null });
    expect(await one(`SELECT count(*)::int AS n FROM report WHERE target_id = $1`, [ideaId])).toEqual({ n: 1 });
    // Another person's report of the same content is a report of its own.
    const other = await reportOk(demo.forening!, 'IDEA', ideaId);
    expect(other.id).not.toBe(first.id);
  });

  it('reports comments, in the municipality of their idea', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author.id, { municipalityId: overkalixId });
    const commentId = await makeComment(ideaId, author.id);
    const created = await reportOk(demo.resident!, 'COMMENT', commentId);
    expect(created).toMatchObject({ targetType: 'COMMENT', targetId: commentId, status: 'OPEN', targetIdea: { id: ideaId } });
    expect(await one(`SELECT municipality_id, target_author_id FROM report WHERE id = $1`, [created.id])).toEqual({
      municipality_id: overkalixId,
      target_author_id: author.id,
    });
  });

  it('validates the input, naming the field', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author.id);
    const badId = await report(demo.resident!, 'IDEA', 'not-a-uuid');
    expect(codes(badId)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(badId)).toEqual(['input.targetId']);
    const longNote = await report(demo.resident!, 'IDEA', ideaId, { note: 'x'.repeat(501) });
    expect(codes(longNote)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(longNote)).toEqual(['input.note']);
    const badReason = await report(demo.resident!, 'IDEA', ideaId, { reason: 'BORING' });
    expect(codes(badReason)).toEqual(['BAD_USER_INPUT']);
    expect(await one(`SELECT count(*)::int AS n FROM report WHERE target_id = $1`, [ideaId])).toEqual({ n: 0 });
  });

  it('needs a sign-in', async () => {
    const ideaId = await makeIdea((await makeUser()).id);
    expect(codes(await report({ headers: {} }, 'IDEA', ideaId))).toEqual(['UNAUTHENTICATED']);
  });

  it('is NOT_FOUND for content that does not exist or that the reporter cannot see', async () => {
    const author = await makeUser();
    const hiddenIdea = await makeIdea(author.id, { status: 'HIDDEN' });
    const visibleIdea = await makeIdea(author.id);
    const deletedComment = await makeComment(visibleIdea, author.id);
    await db.query(`UPDATE comment SET deleted_at = now(), body = '' WHERE id = $1`, [deletedComment]);
    const hiddenComment = await makeComment(visibleIdea, author.id);
    await db.query(`UPDATE comment SET status = 'HIDDEN' WHERE id = $1`, [hiddenComment]);
    const commentOnHiddenIdea = await makeComment(hiddenIdea, author.id);
    for (const [type, id] of [
      ['IDEA', '00000000-0000-4000-8000-000000000000'],
      ['IDEA', hiddenIdea],
      ['COMMENT', deletedComment],
      ['COMMENT', hiddenComment],
      ['COMMENT', commentOnHiddenIdea],
      ['COMMENT', visibleIdea], // an idea's id is not a comment's
      // Workshops come in a later issue: no workshop input exists yet.
      ['WORKSHOP_INPUT', visibleIdea],
    ] as const) {
      expect(codes(await report(demo.resident!, type, id)), `${type} ${id}`).toEqual(['NOT_FOUND']);
    }
    // Moderators see hidden content, so they may report it too.
    expect((await report(demo.moderator!, 'IDEA', hiddenIdea)).errors).toBeUndefined();
  });

  it('refuses reports of one\'s own content with BAD_USER_INPUT', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author.id);
    const commentId = await makeComment(ideaId, author.id);
    for (const [type, id] of [['IDEA', ideaId], ['COMMENT', commentId]] as const) {
      const response = await report(author, type, id);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.message).toMatch(/own content/);
    }
    expect(await one(`SELECT count(*)::int AS n FROM report WHERE reporter_id = $1`, [author.id])).toEqual({ n: 0 });
  });

  it(`limits new reports to ${RATE_LIMITS.reportsPerUser.limit} an hour per person; repeating a report stays free`, async () => {
    const { limit } = RATE_LIMITS.reportsPerUser;
    expect(limit).toBe(20);
    const author = await makeUser();
    const reporter = await makeUser();
    const ideaIds: string[] = [];
    for (let i = 0; i <= limit; i++) ideaIds.push(await makeIdea(author.id));
    for (let i = 0; i < limit; i++) await reportOk(reporter, 'IDEA', ideaIds[i]!);
    const over = await report(reporter, 'IDEA', ideaIds[limit]!);
    expect(codes(over)).toEqual(['RATE_LIMITED']);
    expect(over.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
    expect((await report(reporter, 'IDEA', ideaIds[0]!)).errors).toBeUndefined();
    expect(await one(`SELECT count(*)::int AS n FROM report WHERE reporter_id = $1`, [reporter.id])).toEqual({ n: limit });
  });
});

// ------------------------------------------------------------------ the queue

describe('moderationQueue', () => {
  it('is for moderators (and officers, admins) of the municipality only', async () => {
    const otherModerator = await makeUser({ municipalityId: overkalixId, roles: ['MODERATOR'] });
    expect(codes(await api.graphql(QUEUE, { slug: 'kalix' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.graphql(QUEUE, { slug: 'kalix' }, demo.resident!.headers))).toEqual(['FORBIDDEN']);
    expect(codes(await api.graphql(QUEUE, { slug: 'kalix' }, otherModerator.headers))).toEqual(['FORBIDDEN']);
    expect(codes(await api.graphql(QUEUE, { slug: 'nowhere' }, demo.moderator!.headers))).toEqual(['NOT_FOUND']);
    expect((await api.graphql(QUEUE, { slug: 'kalix' }, demo.moderator!.headers)).errors).toBeUndefined();
    expect((await api.graphql(QUEUE, { slug: 'kalix' }, demo.officer!.headers)).errors).toBeUndefined();
  });

  it('lists reports newest first with counts, the author, the idea and the text (also when hidden), page by page', async () => {
    // Norsjö, so that other tests' reports do not mix in.
    const norsjoId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'norsjo'`)).id;
    const goal = await one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 LIMIT 1`,
      [norsjoId],
    );
    const moderator = await makeUser({ municipalityId: norsjoId, roles: ['MODERATOR'] });
    const author = await makeUser({ municipalityId: norsjoId, name: 'Anmäld Författare' });
    const { id: ideaId } = await one<{ id: string }>(
      `INSERT INTO idea (municipality_id, reference, title, body, original_locale, author_id, text_hash)
       VALUES ($1, $2, 'Norsjöförslaget', 'En text om något i Norsjö som väcker känslor.', 'sv', $3, $2) RETURNING id`,
      [norsjoId, `NORSJO-${unique()}`, author.id],
    );
    await db.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [ideaId, goal.id]);
    const commentId = await makeComment(ideaId, author.id, 'Den här kommentaren är riktigt otrevlig.');
    const reporters = [await makeUser(), await makeUser(), await makeUser()];
    const r1 = await reportOk(reporters[0]!, 'IDEA', ideaId);
    const r2 = await reportOk(reporters[1]!, 'IDEA', ideaId);
    const r3 = await reportOk(reporters[2]!, 'COMMENT', commentId);
    // An earlier, already upheld report against the same author.
    await db.query(
      `INSERT INTO report (municipality_id, target_type, target_id, target_author_id, reason, status) VALUES ($1, 'COMMENT', gen_random_uuid(), $2, 'SPAM', 'UPHELD')`,
      [norsjoId, author.id],
    );

    const all = await api.graphql<{ moderationQueue: { totalCount: number; edges: Array<{ node: ReportNode }> } }>(QUEUE, { slug: 'norsjo' }, moderator.headers);
    expect(all.errors).toBeUndefined();
    expect(all.data!.moderationQueue.totalCount).toBe(3);
    expect(all.data!.moderationQueue.edges.map((e) => e.node.id)).toEqual([r3.id, r2.id, r1.id]);
    const [comment, idea] = all.data!.moderationQueue.edges.map((e) => e.node);
    expect(idea).toMatchObject({
      status: 'OPEN',
      openReportCount: 2,
      targetAuthorUpheldCount: 1,
      targetAuthor: { id: author.id, displayName: 'Anmäld Författare', removed: false },
      targetIdea: { id: ideaId, status: 'PUBLISHED' },
    });
    expect(idea!.targetExcerpt).toBe('Norsjöförslaget En text om något i Norsjö som väcker känslor.');
    expect(comment).toMatchObject({ openReportCount: 1, targetIdea: { id: ideaId }, targetExcerpt: 'Den här kommentaren är riktigt otrevlig.' });

    // After hiding: the text is still there for moderators; the queue filters by status.
    await moderateOk(r3.id, 'HIDE', 'Otrevligt', moderator.headers);
    const upheld = await api.graphql<{ moderationQueue: { totalCount: number; edges: Array<{ node: ReportNode }> } }>(
      QUEUE,
      { slug: 'norsjo', status: 'UPHELD' },
      moderator.headers,
    );
    expect(upheld.data!.moderationQueue.totalCount).toBe(2);
    const hiddenComment = upheld.data!.moderationQueue.edges.find((e) => e.node.id === r3.id)!.node;
    expect(hiddenComment).toMatchObject({
      status: 'UPHELD',
      targetExcerpt: 'Den här kommentaren är riktigt otrevlig.',
      resolutionReason: 'Otrevligt',
      resolvedBy: { id: moderator.id },
      targetAuthorUpheldCount: 2,
    });
    const open = await api.graphql<{ moderationQueue: { totalCount: number } }>(QUEUE, { slug: 'norsjo' }, moderator.headers);
    expect(open.data!.moderationQueue.totalCount).toBe(2);
    const every = await api.graphql<{ moderationQueue: { totalCount: number } }>(QUEUE, { slug: 'norsjo', status: null }, moderator.headers);
    expect(every.data!.moderationQueue.totalCount).toBe(4);

    // Keyset pages: one at a time, nothing twice, nothing missed.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse<{ moderationQueue: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: ReportNode }> } }> =
        await api.graphql(QUEUE, { slug: 'norsjo', status: null, first: 1, after }, moderator.headers);
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.moderationQueue.edges.map((e) => e.node.id));
      if (!page.data!.moderationQueue.pageInfo.hasNextPage) break;
      after = page.data!.moderationQueue.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect(codes(await api.graphql(QUEUE, { slug: 'norsjo', after: 'nonsense' }, moderator.headers))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.graphql(QUEUE, { slug: 'norsjo', first: 101 }, moderator.headers))).toEqual(['BAD_USER_INPUT']);
  });

  it('sends as many SQL statements for 2 reports as for 10 (DataLoaders)', async () => {
    const moderator = await makeUser({ municipalityId: overkalixId, roles: ['MODERATOR'] });
    for (let i = 0; i < 10; i++) {
      const author = await makeUser({ municipalityId: overkalixId });
      const ideaId = await makeIdea(author.id, { municipalityId: overkalixId });
      if (i % 2) await reportOk(await makeUser(), 'IDEA', ideaId);
      else await reportOk(await makeUser(), 'COMMENT', await makeComment(ideaId, author.id));
    }
    const statementsFor = async (first: number) => {
      api.statements.reset();
      const { data, errors } = await api.graphql<{ moderationQueue: { edges: unknown[] } }>(QUEUE, { slug: 'overkalix', first }, moderator.headers);
      expect(errors).toBeUndefined();
      expect(data!.moderationQueue.edges).toHaveLength(first);
      return api.statements.count;
    };
    expect(await statementsFor(10)).toBe(await statementsFor(2));
  });
});

// ------------------------------------------------------------------ moderating

describe('moderate', () => {
  it('HIDE of an idea: hidden everywhere but kept, reports upheld, timeline, audit, and the author told in their language', async () => {
    const author = await makeUser({ locale: 'fit', name: 'Meänkielinen Kirjoittaja' });
    const title = `Piilotettava ehotus ${unique()}`;
    const ideaId = await makeIdea(author.id, { status: 'UNDER_REVIEW', title });
    const first = await reportOk(demo.resident!, 'IDEA', ideaId);
    const second = await reportOk(demo.forening!, 'IDEA', ideaId);
    const listed = async () =>
      (await api.graphql<{ ideas: { edges: Array<{ node: { id: string } }> } }>(IDEAS, { filter: { municipalitySlug: 'kalix' } })).data!.ideas.edges.some(
        (e) => e.node.id === ideaId,
      );
    const found = async () =>
      (
        await api.graphql<{ ideas: { edges: Array<{ node: { id: string } }> } }>(IDEAS, { filter: { municipalitySlug: 'kalix', search: title } })
      ).data!.ideas.edges.some((e) => e.node.id === ideaId);
    const total = async () => (await api.graphql<{ ideas: { totalCount: number } }>(IDEAS, { filter: { municipalitySlug: 'kalix' } })).data!.ideas.totalCount;
    expect(await listed()).toBe(true);
    expect(await found()).toBe(true);
    const totalBefore = await total();

    const result = await moderateOk(second.id, 'HIDE', '  Innehållet är kränkande.  ');
    expect(result).toMatchObject({ id: second.id, status: 'UPHELD', resolutionReason: 'Innehållet är kränkande.', resolvedBy: { id: demo.moderator!.id } });
    expect(result.resolvedAt).toBeTruthy();

    // The idea is hidden, remembers its status, and is gone from the list, search and counts.
    expect(await one(`SELECT status, status_before_hidden FROM idea WHERE id = $1`, [ideaId])).toEqual({ status: 'HIDDEN', status_before_hidden: 'UNDER_REVIEW' });
    expect(await listed()).toBe(false);
    expect(await found()).toBe(false);
    expect(await total()).toBe(totalBefore - 1);
    expect(codes(await api.graphql(`query($id: ID!) { idea(id: $id) { id } }`, { id: ideaId }, demo.resident!.headers))).toEqual(['NOT_FOUND']);
    // Every open report on it is upheld by the same decision.
    expect(await db.query(`SELECT id, status, resolved_by_id, resolution_reason FROM report WHERE target_id = $1 ORDER BY created_at`, [ideaId])).toEqual([
      { id: first.id, status: 'UPHELD', resolved_by_id: demo.moderator!.id, resolution_reason: 'Innehållet är kränkande.' },
      { id: second.id, status: 'UPHELD', resolved_by_id: demo.moderator!.id, resolution_reason: 'Innehållet är kränkande.' },
    ]);
    // The reporter sees the outcome of their own report.
    const mine = await api.graphql<{ reportContent: ReportNode }>(REPORT, { input: { targetType: 'IDEA', targetId: ideaId, reason: 'SPAM' } }, demo.resident!.headers);
    expect(mine.data!.reportContent).toMatchObject({ id: first.id, status: 'UPHELD', targetIdea: null, resolutionReason: null });

    expect(await db.query(`SELECT kind, from_status, to_status, actor_id FROM idea_event WHERE idea_id = $1 AND kind = 'HIDDEN'`, [ideaId])).toEqual([
      { kind: 'HIDDEN', from_status: 'UNDER_REVIEW', to_status: 'HIDDEN', actor_id: demo.moderator!.id },
    ]);
    const audit = await one<{ action: string; actor_id: string; target_type: string; details: Record<string, unknown> }>(
      `SELECT action, actor_id, target_type, details FROM audit_event WHERE target_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [ideaId],
    );
    expect(audit).toMatchObject({ action: 'CONTENT_HIDDEN', actor_id: demo.moderator!.id, target_type: 'Idea', details: { reportId: second.id, reason: 'Innehållet är kränkande.', reportsResolved: 2 } });
    expect(await db.query(`SELECT kind, idea_id, comment_id, data FROM notification WHERE user_id = $1`, [author.id])).toEqual([
      { kind: 'CONTENT_HIDDEN', idea_id: ideaId, comment_id: null, data: { reason: 'Innehållet är kränkande.', targetType: 'IDEA', excerpt: title } },
    ]);
    const mail = await latestEmailTo(api, author.email);
    expect(mail).toMatchObject({ kind: 'contentHidden', locale: 'fit', subject: EMAIL_CATALOGUES.fit.contentHidden.subject });
    expect(mail.body_text).toContain('Innehållet är kränkande.');
    expect(mail.body_text).toContain(title);
    expect(mail.body_text).toContain('Meänkielinen Kirjoittaja');

    // The author and moderators still reach it by id.
    const byAuthor = await api.graphql<{ idea: { status: string } }>(`query($id: ID!) { idea(id: $id) { status } }`, { id: ideaId }, author.headers);
    expect(byAuthor.data!.idea).toEqual({ status: 'HIDDEN' });

    // HIDE again is a wrong state.
    const again = await moderate(first.id, 'HIDE');
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0]!.message).toMatch(/already hidden/);
  });

  it('RESTORE of an idea: back to its earlier status, reports RESTORED, timeline, audit, and the author told', async () => {
    const author = await makeUser({ locale: 'fi' });
    const ideaId = await makeIdea(author.id, { status: 'PLANNED' });
    const upheld = await reportOk(demo.resident!, 'IDEA', ideaId);
    await moderateOk(upheld.id, 'HIDE');
    const lateReport = await reportOk(demo.moderator!, 'IDEA', ideaId); // moderators see hidden ideas

    const result = await moderateOk(upheld.id, 'RESTORE', 'Granskat igen: inget fel.');
    expect(result).toMatchObject({ status: 'RESTORED', resolutionReason: 'Granskat igen: inget fel.' });
    expect(await one(`SELECT status, status_before_hidden FROM idea WHERE id = $1`, [ideaId])).toEqual({ status: 'PLANNED', status_before_hidden: null });
    expect(await db.query(`SELECT id, status FROM report WHERE target_id = $1 ORDER BY created_at`, [ideaId])).toEqual([
      { id: upheld.id, status: 'RESTORED' },
      { id: lateReport.id, status: 'RESTORED' },
    ]);
    expect(await db.query(`SELECT kind, from_status, to_status FROM idea_event WHERE idea_id = $1 ORDER BY occurred_at, kind`, [ideaId])).toEqual([
      { kind: 'HIDDEN', from_status: 'PLANNED', to_status: 'HIDDEN' },
      { kind: 'RESTORED', from_status: 'HIDDEN', to_status: 'PLANNED' },
    ]);
    expect(await db.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY occurred_at`, [ideaId])).toEqual([
      { action: 'CONTENT_HIDDEN' },
      { action: 'CONTENT_RESTORED' },
    ]);
    const notification = await one(`SELECT kind, data FROM notification WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [author.id]);
    expect(notification).toMatchObject({ kind: 'CONTENT_RESTORED', data: { reason: 'Granskat igen: inget fel.', targetType: 'IDEA' } });
    const mail = await latestEmailTo(api, author.email);
    expect(mail).toMatchObject({ kind: 'contentRestored', locale: 'fi', subject: EMAIL_CATALOGUES.fi.contentRestored.subject });
    expect((await api.graphql<{ idea: { status: string } }>(`query($id: ID!) { idea(id: $id) { status } }`, { id: ideaId })).data!.idea.status).toBe('PLANNED');

    // Restoring visible content is a wrong state.
    const again = await moderate(upheld.id, 'RESTORE');
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0]!.message).toMatch(/not hidden/);
  });

  it('HIDE and RESTORE of a comment keep idea.comment_count exact', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author.id);
    const commentAuthor = await makeUser({ locale: 'sv' });
    const commentId = await makeComment(ideaId, commentAuthor.id, 'En kommentar med personuppgifter om grannen.');
    await makeComment(ideaId, author.id, 'En annan kommentar som är helt i sin ordning.');
    const commentCount = async () => (await one<{ comment_count: number }>(`SELECT comment_count FROM idea WHERE id = $1`, [ideaId])).comment_count;
    expect(await commentCount()).toBe(2);

    const created = await reportOk(demo.resident!, 'COMMENT', commentId);
    await moderateOk(created.id, 'HIDE', 'Personuppgifter om en tredje person.');
    expect(await one(`SELECT status, body FROM comment WHERE id = $1`, [commentId])).toEqual({ status: 'HIDDEN', body: 'En kommentar med personuppgifter om grannen.' });
    expect(await commentCount()).toBe(1);
    const ideaView = await api.graphql<{ idea: { commentCount: number } }>(`query($id: ID!) { idea(id: $id) { commentCount } }`, { id: ideaId });
    expect(ideaView.data!.idea.commentCount).toBe(1);
    expect(await one(`SELECT kind, idea_id, comment_id, data FROM notification WHERE user_id = $1`, [commentAuthor.id])).toEqual({
      kind: 'CONTENT_HIDDEN',
      idea_id: ideaId,
      comment_id: commentId,
      data: { reason: 'Personuppgifter om en tredje person.', targetType: 'COMMENT', excerpt: 'En kommentar med personuppgifter om grannen.' },
    });
    expect(await latestEmailTo(api, commentAuthor.email)).toMatchObject({ kind: 'contentHidden', locale: 'sv', subject: EMAIL_CATALOGUES.sv.contentHidden.subject });
    expect(await one(`SELECT action, target_type FROM audit_event WHERE target_id = $1`, [commentId])).toEqual({ action: 'CONTENT_HIDDEN', target_type: 'Comment' });
    // Reporting it again (now hidden) is NOT_FOUND for residents.
    expect(codes(await report(demo.forening!, 'COMMENT', commentId))).toEqual(['NOT_FOUND']);

    await moderateOk(created.id, 'RESTORE', 'Personuppgifterna var påhittade.');
    expect(await one(`SELECT status FROM comment WHERE id = $1`, [commentId])).toEqual({ status: 'VISIBLE' });
    expect(await commentCount()).toBe(2);
    expect(await latestEmailTo(api, commentAuthor.email)).toMatchObject({ kind: 'contentRestored' });
  });

  it('HIDE of a comment its author has since deleted leaves the count alone', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author.id);
    const commentId = await makeComment(ideaId, author.id);
    const created = await reportOk(demo.resident!, 'COMMENT', commentId);
    // The author deletes it (as the comments service does: the count drops, the row stays).
    await db.query(`UPDATE comment SET deleted_at = now(), body = '' WHERE id = $1`, [commentId]);
    await db.query(`UPDATE idea SET comment_count = comment_count - 1 WHERE id = $1`, [ideaId]);
    await moderateOk(created.id, 'HIDE');
    expect(await one(`SELECT comment_count FROM idea WHERE id = $1`, [ideaId])).toEqual({ comment_count: 0 });
    await moderateOk(created.id, 'RESTORE');
    expect(await one(`SELECT comment_count FROM idea WHERE id = $1`, [ideaId])).toEqual({ comment_count: 0 });
  });

  it('DISMISS closes every open report and leaves the content; a second DISMISS is a wrong state', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author.id);
    const first = await reportOk(demo.resident!, 'IDEA', ideaId);
    const second = await reportOk(demo.forening!, 'IDEA', ideaId);
    const result = await moderateOk(first.id, 'DISMISS', 'Inget regelbrott.');
    expect(result).toMatchObject({ status: 'DISMISSED', resolutionReason: 'Inget regelbrott.' });
    expect(await db.query(`SELECT id, status FROM report WHERE target_id = $1 ORDER BY created_at`, [ideaId])).toEqual([
      { id: first.id, status: 'DISMISSED' },
      { id: second.id, status: 'DISMISSED' },
    ]);
    expect(await one(`SELECT status FROM idea WHERE id = $1`, [ideaId])).toEqual({ status: 'PUBLISHED' });
    expect(await one(`SELECT action FROM audit_event WHERE target_id = $1`, [ideaId])).toEqual({ action: 'REPORTS_DISMISSED' });
    // The author is not bothered about reports that came to nothing.
    expect(await db.query(`SELECT 1 FROM notification WHERE user_id = $1`, [author.id])).toEqual([]);
    const again = await moderate(second.id, 'DISMISS');
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0]!.message).toMatch(/no open reports/);
    // A dismissed report can still lead to hiding later (it is then upheld).
    expect((await moderateOk(second.id, 'HIDE')).status).toBe('UPHELD');
  });

  it('needs a reason of 3–500 characters (BAD_USER_INPUT on reason) and changes nothing without one', async () => {
    const ideaId = await makeIdea((await makeUser()).id);
    const created = await reportOk(demo.resident!, 'IDEA', ideaId);
    const before = await moderationState();
    for (const reason of ['', '  ', 'ab', 'x'.repeat(501)]) {
      const response = await moderate(created.id, 'HIDE', reason);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(response)).toEqual(['reason']);
    }
    expect(await moderationState()).toBe(before);
  });

  it('is for moderators of the content\'s municipality only', async () => {
    const ideaId = await makeIdea((await makeUser()).id);
    const created = await reportOk(demo.resident!, 'IDEA', ideaId);
    const otherModerator = await makeUser({ municipalityId: overkalixId, roles: ['MODERATOR'] });
    const before = await moderationState();
    expect(codes(await moderate(created.id, 'HIDE', 'Regelbrott', {}))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await moderate(created.id, 'HIDE', 'Regelbrott', demo.resident!.headers))).toEqual(['FORBIDDEN']);
    expect(codes(await moderate(created.id, 'HIDE', 'Regelbrott', otherModerator.headers))).toEqual(['FORBIDDEN']);
    expect(await moderationState()).toBe(before);
    expect(codes(await moderate('00000000-0000-4000-8000-000000000000', 'HIDE'))).toEqual(['NOT_FOUND']);
    // Officers include the moderator role.
    expect((await moderateOk(created.id, 'HIDE', 'Regelbrott', demo.officer!.headers)).status).toBe('UPHELD');
  });
});

// ------------------------------------------------------------------ blocking

describe('posting blocks', () => {
  /** A Kalix person with `count` pieces of content hidden on reports. */
  async function offender(count: number, locale = 'sv'): Promise<Person> {
    const person = await makeUser({ locale });
    for (let i = 0; i < count; i++) {
      const ideaId = await makeIdea(person.id);
      const created = await reportOk(demo.resident!, 'IDEA', ideaId);
      await moderateOk(created.id, 'HIDE');
    }
    return person;
  }

  const blockInput = (userId: string, extra: Record<string, unknown> = {}) => ({ input: { municipalitySlug: 'kalix', userId, days: 7, reason: 'Upprepade regelbrott.', ...extra } });
  const submitInput = () => ({
    input: { municipalitySlug: 'kalix', title: `Ett nytt förslag ${unique()}`, body: 'Ett förslag med en tillräckligt lång text för att godtas.', locale: 'sv', goalIds: [kalixGoalId] },
  });

  it(`needs at least ${UPHELD_REPORTS_BEFORE_BLOCK} pieces of content hidden on reports, saying how many there are`, async () => {
    const person = await offender(1);
    // Many reports upheld on one idea still count as one offence.
    const ideaId = await makeIdea(person.id);
    const reports = [await reportOk(demo.resident!, 'IDEA', ideaId), await reportOk(demo.forening!, 'IDEA', ideaId), await reportOk(demo.officer!, 'IDEA', ideaId)];
    await moderateOk(reports[0]!.id, 'HIDE');
    const tooFew = await api.graphql(BLOCK, blockInput(person.id), demo.moderator!.headers);
    expect(codes(tooFew)).toEqual(['BAD_USER_INPUT']);
    expect(tooFew.errors![0]!.message).toMatch(/has 2 upheld reports/);
    expect(tooFew.errors![0]!.extensions).toMatchObject({ upheldReports: 2, required: 3 });
    const fewer = await offender(1);
    const refused = await api.graphql(BLOCK, blockInput(fewer.id), demo.moderator!.headers);
    expect(refused.errors![0]!.message).toMatch(/has 1 upheld report in /);
    expect(refused.errors![0]!.extensions).toMatchObject({ upheldReports: 1, fields: [{ path: 'input.userId' }] });
    expect(await db.query(`SELECT 1 FROM user_block WHERE user_id = ANY($1::uuid[])`, [[fewer.id]])).toEqual([]);
  });

  it('blocks a repeat offender: told why, audited, FORBIDDEN POSTING_BLOCKED while it lasts, and lifted early', async () => {
    const person = await offender(UPHELD_REPORTS_BEFORE_BLOCK, 'fi');
    const { data, errors } = await api.graphql<{ blockUser: Record<string, unknown> & { id: string; until: string } }>(
      BLOCK,
      blockInput(person.id, { days: 14 }),
      demo.moderator!.headers,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    expect(data!.blockUser).toMatchObject({ reason: 'Upprepade regelbrott.', active: true, liftedAt: null, user: { id: person.id }, blockedBy: { id: demo.moderator!.id }, liftedBy: null });
    const days = (new Date(data!.blockUser.until).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThan(14.1);
    const blockId = data!.blockUser.id;

    expect(await one(`SELECT kind, municipality_id, data FROM notification WHERE user_id = $1 AND kind = 'POSTING_BLOCKED'`, [person.id])).toEqual({
      kind: 'POSTING_BLOCKED',
      municipality_id: kalixId,
      data: { until: data!.blockUser.until, reason: 'Upprepade regelbrott.' },
    });
    const mail = await latestEmailTo(api, person.email);
    expect(mail).toMatchObject({ kind: 'postingBlocked', locale: 'fi' });
    expect(mail.body_text).toContain('Upprepade regelbrott.');
    // The municipality's name in the reader's language (Kalix is Kainuu in Finnish).
    expect(mail.body_text).toContain('Kainuu');
    expect(await one(`SELECT action, actor_id, target_type, details->>'blockId' AS block_id FROM audit_event WHERE action = 'USER_BLOCKED' AND target_id = $1`, [person.id])).toEqual({
      action: 'USER_BLOCKED',
      actor_id: demo.moderator!.id,
      target_type: 'User',
      block_id: blockId,
    });

    // Blocked: no new ideas (nor comments) in Kalix; Överkalix is another municipality.
    const refused = await api.graphql(SUBMIT, submitInput(), person.headers);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0]!.extensions).toMatchObject({ reason: 'POSTING_BLOCKED', until: data!.blockUser.until });
    const elsewhere = await api.graphql(
      SUBMIT,
      { input: { ...submitInput().input, municipalitySlug: 'overkalix', goalIds: [overkalixGoalId] } },
      person.headers,
    );
    expect(elsewhere.errors).toBeUndefined();

    // Blocking again while a block is in force is a conflict.
    expect(codes(await api.graphql(BLOCK, blockInput(person.id), demo.moderator!.headers))).toEqual(['CONFLICT']);

    const listed = await api.graphql<{ userBlocks: Array<{ id: string; active: boolean; user: { id: string } }> }>(
      BLOCKS,
      { slug: 'kalix', activeOnly: true },
      demo.moderator!.headers,
    );
    expect(listed.data!.userBlocks).toContainEqual({ id: blockId, active: true, user: { id: person.id } });
    expect(codes(await api.graphql(BLOCKS, { slug: 'kalix' }, demo.resident!.headers))).toEqual(['FORBIDDEN']);

    // Lifting needs a reason, then posting works again.
    const noReason = await api.graphql(LIFT, { id: blockId, reason: 'x' }, demo.moderator!.headers);
    expect(fieldPaths(noReason)).toEqual(['reason']);
    expect(codes(await api.graphql(LIFT, { id: blockId, reason: 'Överenskommelse' }, demo.resident!.headers))).toEqual(['FORBIDDEN']);
    const lifted = await api.graphql<{ liftUserBlock: Record<string, unknown> }>(LIFT, { id: blockId, reason: 'Överenskommelse med personen.' }, demo.moderator!.headers);
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data!.liftUserBlock).toMatchObject({ id: blockId, active: false, liftReason: 'Överenskommelse med personen.', liftedBy: { id: demo.moderator!.id } });
    expect(lifted.data!.liftUserBlock.liftedAt).toBeTruthy();
    expect(await one(`SELECT action FROM audit_event WHERE action = 'USER_BLOCK_LIFTED' AND target_id = $1`, [person.id])).toEqual({ action: 'USER_BLOCK_LIFTED' });
    expect((await api.graphql(SUBMIT, submitInput(), person.headers)).errors).toBeUndefined();
    const liftedAgain = await api.graphql(LIFT, { id: blockId, reason: 'Igen' }, demo.moderator!.headers);
    expect(codes(liftedAgain)).toEqual(['BAD_USER_INPUT']);
    expect(liftedAgain.errors![0]!.message).toMatch(/already been lifted/);

    const active = await api.graphql<{ userBlocks: Array<{ id: string }> }>(BLOCKS, { slug: 'kalix', activeOnly: true }, demo.moderator!.headers);
    expect(active.data!.userBlocks.map((b) => b.id)).not.toContain(blockId);
    const history = await api.graphql<{ userBlocks: Array<{ id: string; active: boolean }> }>(BLOCKS, { slug: 'kalix' }, demo.moderator!.headers);
    expect(history.data!.userBlocks).toContainEqual({ id: blockId, active: false, user: { id: person.id } });
  });

  it('refuses commentOnIdea with FORBIDDEN POSTING_BLOCKED while blocked', async () => {
    const person = await offender(UPHELD_REPORTS_BEFORE_BLOCK);
    expect((await api.graphql(BLOCK, blockInput(person.id), demo.moderator!.headers)).errors).toBeUndefined();
    const ideaId = await makeIdea(demo.resident!.id);
    const refused = await api.graphql(
      `mutation($id: ID!, $body: String!) { commentOnIdea(ideaId: $id, body: $body) { id } }`,
      { id: ideaId, body: 'En kommentar under blockeringen.' },
      person.headers,
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0]!.extensions).toMatchObject({ reason: 'POSTING_BLOCKED' });
    expect(await db.query(`SELECT 1 FROM comment WHERE author_id = $1`, [person.id])).toEqual([]);
  });

  it('validates the block: days 1–365, a reason, a real person, not oneself; moderators only', async () => {
    const person = await offender(UPHELD_REPORTS_BEFORE_BLOCK);
    for (const [extra, path] of [
      [{ days: 0 }, 'input.days'],
      [{ days: 366 }, 'input.days'],
      [{ reason: 'no' }, 'input.reason'],
    ] as const) {
      const response = await api.graphql(BLOCK, blockInput(person.id, extra), demo.moderator!.headers);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(response)).toEqual([path]);
    }
    expect(codes(await api.graphql(BLOCK, blockInput(demo.moderator!.id), demo.moderator!.headers))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.graphql(BLOCK, blockInput('00000000-0000-4000-8000-000000000000'), demo.moderator!.headers))).toEqual(['NOT_FOUND']);
    expect(codes(await api.graphql(BLOCK, blockInput(person.id), demo.resident!.headers))).toEqual(['FORBIDDEN']);
    expect(codes(await api.graphql(BLOCK, blockInput(person.id), {}))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.graphql(BLOCK, blockInput(person.id, { municipalitySlug: 'overkalix' }), demo.moderator!.headers))).toEqual(['FORBIDDEN']);
    expect(await db.query(`SELECT 1 FROM user_block WHERE user_id = $1`, [person.id])).toEqual([]);
  });
});

// ------------------------------------------------------------------ personal data

describe('personal data', () => {
  it('exportMyData holds one\'s reports and blocks; deleteMyAccount removes the reporter and the note from reports', async () => {
    const reporter = await makeUser();
    const ideaId = await makeIdea((await makeUser()).id);
    const created = (await report(reporter, 'IDEA', ideaId, { note: 'Det här är reklam.' })).data!.reportContent;
    const exported = await api.graphql<{ exportMyData: string }>(`{ exportMyData }`, {}, reporter.headers);
    expect(exported.errors).toBeUndefined();
    const json = JSON.parse(exported.data!.exportMyData) as { reports: unknown[]; postingBlocks: unknown[] };
    expect(json.reports).toEqual([expect.objectContaining({ targetType: 'IDEA', targetId: ideaId, reason: 'OFFENSIVE', note: 'Det här är reklam.', status: 'OPEN' })]);
    expect(json.postingBlocks).toEqual([]);

    expect((await api.graphql(`mutation { deleteMyAccount }`, {}, reporter.headers)).errors).toBeUndefined();
    expect(await one(`SELECT reporter_id, note, status FROM report WHERE id = $1`, [created.id])).toEqual({ reporter_id: null, note: null, status: 'OPEN' });
  });
});
