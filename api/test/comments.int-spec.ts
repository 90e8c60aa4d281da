import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { bearer, type GraphQLResponse, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
let kalixId: string;
let goalId: string;

const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;

let sequence = 0;
const unique = () => `${Date.now().toString(36)}-${++sequence}`;

interface Person {
  id: string;
  headers: Record<string, string>;
}

/** A fresh Kalix person with a session, straight in the database; roles in Kalix if given. */
async function makeUser(name = 'Kommentar Person', roles: string[] = []): Promise<Person> {
  const { id } = await one<{ id: string }>(
    `INSERT INTO app_user (email, display_name, locale, municipality_id, email_verified_at) VALUES ($1, $2, 'sv', $3, now()) RETURNING id`,
    [`comments.${unique()}@comments.example`, name, kalixId],
  );
  for (const role of roles) await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) VALUES ($1, $2, $3)`, [id, kalixId, role]);
  const token = newToken();
  await db.query(`INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at) VALUES ($1, $2, 'PASSWORD', now() + interval '1 day', now())`, [
    id,
    hashToken(token),
  ]);
  return { id, headers: bearer(token) };
}

/** A published Kalix idea; its author follows it, as after submitIdea. */
async function makeIdea(author: Person, status = 'PUBLISHED'): Promise<string> {
  const { id } = await one<{ id: string }>(
    `INSERT INTO idea (municipality_id, reference, title, body, original_locale, author_id, text_hash, status)
     VALUES ($1, $2, $3, 'Ett förslag om kommentarer med tillräckligt lång text.', 'sv', $4, $2, $5) RETURNING id`,
    [kalixId, `COMMENTS-${unique()}`, `Idé för kommentarer ${sequence}`, author.id, status],
  );
  await db.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [id, goalId]);
  await db.query(`INSERT INTO idea_follow (idea_id, user_id) VALUES ($1, $2)`, [id, author.id]);
  return id;
}

const COMMENT_FIELDS = `id body createdAt editedAt editableUntil deleted hidden parentId isIdeaAuthor isOfficer replyCount viewerCanEdit viewerCanDelete
  author { id displayName removed }`;
const COMMENT = `mutation($ideaId: ID!, $body: String!, $parentId: ID) { commentOnIdea(ideaId: $ideaId, body: $body, parentId: $parentId) { ${COMMENT_FIELDS} } }`;
const EDIT = `mutation($id: ID!, $body: String!) { editComment(commentId: $id, body: $body) { ${COMMENT_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteComment(commentId: $id) { ${COMMENT_FIELDS} } }`;
const COMMENTS = `query($id: ID!, $first: Int, $after: String) { idea(id: $id) { id commentCount
  comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${COMMENT_FIELDS} replies { ${COMMENT_FIELDS} } } } } } }`;

interface CommentResult {
  id: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  editableUntil: string;
  deleted: boolean;
  hidden: boolean;
  parentId: string | null;
  isIdeaAuthor: boolean;
  isOfficer: boolean;
  replyCount: number;
  viewerCanEdit: boolean;
  viewerCanDelete: boolean;
  author: { id: string | null; displayName: string; removed: boolean } | null;
  replies?: CommentResult[];
}
interface CommentsResult {
  idea: {
    id: string;
    commentCount: number;
    comments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: CommentResult }> };
  };
}

async function comment(person: Person, ideaId: string, body: string, parentId?: string): Promise<CommentResult> {
  const { data, errors } = await api.graphql<{ commentOnIdea: CommentResult }>(COMMENT, { ideaId, body, parentId }, person.headers);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.commentOnIdea;
}

async function commentsOf(ideaId: string, headers: Record<string, string> = {}, first = 100, after?: string) {
  const result = await api.graphql<CommentsResult>(COMMENTS, { id: ideaId, first, after }, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.idea;
}

const errorOf = (result: GraphQLResponse) => result.errors![0]!.extensions as { code: string; reason?: string; fields?: Array<{ path: string }> };

/** The stored count and the rule's count: VISIBLE, not deleted, replies included. */
async function counts(ideaId: string): Promise<{ stored: number; rule: number }> {
  return one(
    `SELECT (SELECT comment_count FROM idea WHERE id = $1) AS stored,
            (SELECT count(*)::int FROM comment WHERE idea_id = $1 AND status = 'VISIBLE' AND deleted_at IS NULL) AS rule`,
    [ideaId],
  );
}

/** Everything a rejected comment could have touched. */
async function footprint(ideaId: string) {
  return one(
    `SELECT (SELECT count(*)::int FROM comment) AS comments, (SELECT count(*)::int FROM notification) AS notifications,
            (SELECT count(*)::int FROM idea_follow) AS follows, (SELECT comment_count FROM idea WHERE id = $1) AS count,
            (SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY c.id), '')) FROM comment c) AS digest`,
    [ideaId],
  );
}

async function notificationsOf(userId: string, commentId: string): Promise<Array<{ kind: string; data: Record<string, unknown> }>> {
  return db.query(`SELECT kind, data FROM notification WHERE user_id = $1 AND comment_id = $2`, [userId, commentId]);
}

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  goalId = (
    await one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 LIMIT 1`,
      [kalixId],
    )
  ).id;
});
afterAll(async () => {
  await api.close();
});

describe('commentOnIdea', () => {
  it('posts a comment as typed (trimmed), counts it, marks officers and the idea author, and follows the idea', async () => {
    const author = await makeUser('Idéns Författare');
    const resident = await makeUser('Anna Kommentar');
    const officer = await makeUser('Olle Tjänsteperson', ['OFFICER']);
    const ideaId = await makeIdea(author);

    const first = await comment(resident, ideaId, '  Bra idé, <b>gör</b> det!  ');
    expect(first).toMatchObject({
      body: 'Bra idé, <b>gör</b> det!',
      deleted: false,
      hidden: false,
      parentId: null,
      isIdeaAuthor: false,
      isOfficer: false,
      replyCount: 0,
      editedAt: null,
      viewerCanEdit: true,
      viewerCanDelete: true,
      author: { id: resident.id, displayName: 'Anna Kommentar', removed: false },
    });
    expect(new Date(first.editableUntil).getTime() - new Date(first.createdAt).getTime()).toBe(15 * 60 * 1000);
    expect((await comment(officer, ideaId, 'Vi tittar på det.')).isOfficer).toBe(true);
    expect((await comment(author, ideaId, 'Tack!')).isIdeaAuthor).toBe(true);

    expect(await counts(ideaId)).toEqual({ stored: 3, rule: 3 });
    const follows = await db.query(`SELECT user_id FROM idea_follow WHERE idea_id = $1 ORDER BY user_id`, [ideaId]);
    expect(follows.map((f: { user_id: string }) => f.user_id)).toEqual([author.id, resident.id, officer.id].sort());

    // Another reader sees the same marks, but may neither edit nor delete.
    const { comments } = await commentsOf(ideaId, (await makeUser()).headers);
    expect(comments.edges.map((e) => [e.node.isOfficer, e.node.isIdeaAuthor, e.node.viewerCanEdit, e.node.viewerCanDelete])).toEqual([
      [false, false, false, false],
      [true, false, false, false],
      [false, true, false, false],
    ]);
  });

  it('allows one level of replies only, to a comment of the same idea that is neither deleted nor hidden', async () => {
    const author = await makeUser();
    const resident = await makeUser();
    const ideaId = await makeIdea(author);
    const otherIdeaId = await makeIdea(author);
    const top = await comment(resident, ideaId, 'Toppnivå');
    const reply = await comment(author, ideaId, 'Ett svar', top.id);
    expect(reply.parentId).toBe(top.id);

    const deleted = await comment(resident, ideaId, 'Raderas snart');
    await api.graphql(DELETE, { id: deleted.id }, resident.headers);
    const hidden = await comment(resident, ideaId, 'Döljs snart');
    await db.query(`UPDATE comment SET status = 'HIDDEN' WHERE id = $1`, [hidden.id]);
    await db.query(`UPDATE idea SET comment_count = comment_count - 1 WHERE id = $1`, [ideaId]);
    const elsewhere = await comment(resident, otherIdeaId, 'På en annan idé');

    const before = await footprint(ideaId);
    for (const parentId of [reply.id, deleted.id, hidden.id, elsewhere.id, '00000000-0000-4000-8000-000000000000']) {
      const result = await api.graphql(COMMENT, { ideaId, body: 'Svar på svar', parentId }, author.headers);
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'parentId' }] });
    }
    expect(await footprint(ideaId)).toEqual(before);
    expect(await counts(ideaId)).toEqual({ stored: 2, rule: 2 });
  });

  it('refuses bad input by field, personal data, hidden or unknown ideas and signed-out callers, changing nothing', async () => {
    const author = await makeUser();
    const resident = await makeUser();
    const ideaId = await makeIdea(author);
    const hiddenIdeaId = await makeIdea(author, 'HIDDEN');
    const before = await footprint(ideaId);

    const paths = async (variables: Record<string, unknown>) => {
      const result = await api.graphql(COMMENT, variables, resident.headers);
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      return errorOf(result).fields!.map((f) => f.path).sort();
    };
    expect(await paths({ ideaId, body: '  x  ' })).toEqual(['body']);
    expect(await paths({ ideaId, body: 'x'.repeat(2001) })).toEqual(['body']);
    expect(await paths({ ideaId: 'nope', body: 'x', parentId: 'nope' })).toEqual(['body', 'ideaId', 'parentId']);

    const personal = await api.graphql(COMMENT, { ideaId, body: 'Ring mig på 070-123 45 67 eller anna@example.com' }, resident.headers);
    expect(errorOf(personal)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'body' }] });
    expect(personal.errors![0]!.message).not.toMatch(/123 45 67|anna@/);

    expect(errorOf(await api.graphql(COMMENT, { ideaId: hiddenIdeaId, body: 'Hej hej' }, resident.headers)).code).toBe('NOT_FOUND');
    expect(errorOf(await api.graphql(COMMENT, { ideaId: '00000000-0000-4000-8000-000000000000', body: 'Hej hej' }, resident.headers)).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await api.graphql(COMMENT, { ideaId, body: 'Hej hej' })).code).toBe('UNAUTHENTICATED');
    expect(await footprint(ideaId)).toEqual(before);
  });

  it('refuses people blocked from posting in the municipality (FORBIDDEN, POSTING_BLOCKED)', async () => {
    const author = await makeUser();
    const blocked = await makeUser();
    const ideaId = await makeIdea(author);
    await db.query(`INSERT INTO user_block (user_id, municipality_id, until, reason) VALUES ($1, $2, now() + interval '3 days', 'Spam')`, [blocked.id, kalixId]);
    const before = await footprint(ideaId);
    const result = await api.graphql(COMMENT, { ideaId, body: 'Får jag skriva?' }, blocked.headers);
    expect(errorOf(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'POSTING_BLOCKED' });
    expect(await footprint(ideaId)).toEqual(before);
  });

  it('is rate-limited per person (30 an hour)', async () => {
    const author = await makeUser();
    const person = await makeUser();
    const ideaId = await makeIdea(author);
    await db.query(`INSERT INTO rate_limit_counter (bucket, window_start, hits) VALUES ($1, now(), 30)`, [`commentsPerUser:${person.id}`]);
    const before = await footprint(ideaId);
    expect(errorOf(await api.graphql(COMMENT, { ideaId, body: 'En till' }, person.headers)).code).toBe('RATE_LIMITED');
    expect(await footprint(ideaId)).toEqual(before);
  });
});

describe('notifications from comments', () => {
  it('tells followers IDEA_COMMENTED and the parent author COMMENT_REPLIED instead, never the commenter', async () => {
    const author = await makeUser();
    const follower = await makeUser();
    const commenter = await makeUser();
    const replier = await makeUser();
    const ideaId = await makeIdea(author);
    await db.query(`INSERT INTO idea_follow (idea_id, user_id) VALUES ($1, $2)`, [ideaId, follower.id]);

    const long = `Det här är en lång kommentar ${'om cykelvägar och snöröjning '.repeat(10)}`;
    const top = await comment(commenter, ideaId, long);
    expect(await notificationsOf(author.id, top.id)).toEqual([
      { kind: 'IDEA_COMMENTED', data: { excerpt: expect.stringMatching(/^Det här är en lång kommentar .*…$/), targetType: 'COMMENT' } },
    ]);
    expect(((await notificationsOf(author.id, top.id))[0]!.data.excerpt as string).length).toBeLessThanOrEqual(140);
    expect(await notificationsOf(follower.id, top.id)).toHaveLength(1);
    expect(await notificationsOf(commenter.id, top.id)).toEqual([]);

    const reply = await comment(replier, ideaId, 'Håller med!', top.id);
    expect(await notificationsOf(commenter.id, reply.id)).toEqual([{ kind: 'COMMENT_REPLIED', data: { excerpt: 'Håller med!', targetType: 'COMMENT' } }]);
    expect((await notificationsOf(author.id, reply.id)).map((n) => n.kind)).toEqual(['IDEA_COMMENTED']);
    expect((await notificationsOf(follower.id, reply.id)).map((n) => n.kind)).toEqual(['IDEA_COMMENTED']);
    expect(await notificationsOf(replier.id, reply.id)).toEqual([]);

    // Replying to oneself tells nobody twice and not oneself.
    const own = await comment(commenter, ideaId, 'Och jag själv', top.id);
    expect(await notificationsOf(commenter.id, own.id)).toEqual([]);
    expect((await notificationsOf(replier.id, own.id)).map((n) => n.kind)).toEqual(['IDEA_COMMENTED']);

    // A deleted comment's words leave the notifications that quoted it.
    await api.graphql(DELETE, { id: top.id }, commenter.headers);
    expect((await notificationsOf(author.id, top.id))[0]!.data).toEqual({ targetType: 'COMMENT' });
  });
});

describe('editComment', () => {
  it('lets the author edit within 15 minutes, with the same validation, and sets editedAt', async () => {
    const author = await makeUser();
    const resident = await makeUser();
    const ideaId = await makeIdea(author);
    const posted = await comment(resident, ideaId, 'Stavfel här');
    const { data, errors } = await api.graphql<{ editComment: CommentResult }>(EDIT, { id: posted.id, body: '  Inget stavfel här  ' }, resident.headers);
    expect(errors).toBeUndefined();
    expect(data!.editComment).toMatchObject({ id: posted.id, body: 'Inget stavfel här', viewerCanEdit: true });
    expect(data!.editComment.editedAt).not.toBeNull();
    // The notifications quote the new text.
    expect((await notificationsOf(author.id, posted.id))[0]!.data.excerpt).toBe('Inget stavfel här');

    const before = await footprint(ideaId);
    expect(errorOf(await api.graphql(EDIT, { id: posted.id, body: 'x' }, resident.headers))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'body' }] });
    expect(errorOf(await api.graphql(EDIT, { id: posted.id, body: 'Mejla 811218-9876' }, resident.headers))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'body' }],
    });
    expect(errorOf(await api.graphql(EDIT, { id: posted.id, body: 'Jag ändrar din' }, author.headers))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
    expect(errorOf(await api.graphql(EDIT, { id: posted.id, body: 'Anonym ändring' })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.graphql(EDIT, { id: '00000000-0000-4000-8000-000000000000', body: 'Finns inte' }, resident.headers)).code).toBe('NOT_FOUND');
    expect(await footprint(ideaId)).toEqual(before);
  });

  it('closes after 15 minutes (FORBIDDEN, EDIT_WINDOW_CLOSED), and for deleted or hidden comments', async () => {
    const author = await makeUser();
    const resident = await makeUser();
    const ideaId = await makeIdea(author);
    const late = await comment(resident, ideaId, 'Skrevs för länge sedan');
    await db.query(`UPDATE comment SET created_at = now() - interval '15 minutes 1 second' WHERE id = $1`, [late.id]);
    const deleted = await comment(resident, ideaId, 'Raderad');
    await api.graphql(DELETE, { id: deleted.id }, resident.headers);
    const hidden = await comment(resident, ideaId, 'Dold');
    await db.query(`UPDATE comment SET status = 'HIDDEN' WHERE id = $1`, [hidden.id]);

    const before = await footprint(ideaId);
    expect(errorOf(await api.graphql(EDIT, { id: late.id, body: 'För sent' }, resident.headers))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'EDIT_WINDOW_CLOSED',
    });
    expect(errorOf(await api.graphql(EDIT, { id: deleted.id, body: 'Tillbaka' }, resident.headers))).toMatchObject({ code: 'FORBIDDEN', reason: 'COMMENT_DELETED' });
    expect(errorOf(await api.graphql(EDIT, { id: hidden.id, body: 'Tillbaka' }, resident.headers))).toMatchObject({ code: 'FORBIDDEN', reason: 'COMMENT_HIDDEN' });
    expect(await footprint(ideaId)).toEqual(before);

    const { comments } = await commentsOf(ideaId, resident.headers);
    const byId = new Map(comments.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(late.id)).toMatchObject({ viewerCanEdit: false, viewerCanDelete: true });
    expect(byId.get(hidden.id)).toMatchObject({ viewerCanEdit: false, viewerCanDelete: true });

    // Just inside the window it still works.
    const recent = await comment(resident, ideaId, 'Skrevs nyss');
    await db.query(`UPDATE comment SET created_at = now() - interval '14 minutes 50 seconds' WHERE id = $1`, [recent.id]);
    expect((await api.graphql(EDIT, { id: recent.id, body: 'Skrevs nyss, ändrad' }, resident.headers)).errors).toBeUndefined();
  });
});

describe('deleteComment', () => {
  it('lets the author delete at any time, leaving a placeholder, keeping the count exact, idempotently', async () => {
    const author = await makeUser();
    const resident = await makeUser();
    const ideaId = await makeIdea(author);
    const top = await comment(resident, ideaId, 'Raderas');
    await comment(author, ideaId, 'Ett svar', top.id);
    await db.query(`UPDATE comment SET created_at = now() - interval '2 days' WHERE id = $1`, [top.id]);
    expect(await counts(ideaId)).toEqual({ stored: 2, rule: 2 });

    const { data, errors } = await api.graphql<{ deleteComment: CommentResult }>(DELETE, { id: top.id }, resident.headers);
    expect(errors).toBeUndefined();
    expect(data!.deleteComment).toMatchObject({ id: top.id, deleted: true, body: '', author: null, viewerCanDelete: false, viewerCanEdit: false });
    expect(await one(`SELECT body FROM comment WHERE id = $1`, [top.id])).toEqual({ body: '' });
    expect(await counts(ideaId)).toEqual({ stored: 1, rule: 1 });

    const again = await api.graphql<{ deleteComment: CommentResult }>(DELETE, { id: top.id }, resident.headers);
    expect(again.errors).toBeUndefined();
    expect(await counts(ideaId)).toEqual({ stored: 1, rule: 1 });

    const { comments, commentCount } = await commentsOf(ideaId);
    expect(commentCount).toBe(1);
    expect(comments.totalCount).toBe(1);
    expect(comments.edges[0]!.node).toMatchObject({ id: top.id, deleted: true, body: '', author: null, replyCount: 1 });
    expect(comments.edges[0]!.node.replies!.map((r) => r.body)).toEqual(['Ett svar']);
  });

  it('lets a moderator of the municipality delete others\' comments (audited); others get FORBIDDEN', async () => {
    const author = await makeUser();
    const resident = await makeUser();
    const moderator = await makeUser('Moderator', ['MODERATOR']);
    const ideaId = await makeIdea(author);
    const posted = await comment(resident, ideaId, 'Olämpligt');
    const hidden = await comment(resident, ideaId, 'Redan dold');
    await db.query(`UPDATE comment SET status = 'HIDDEN' WHERE id = $1`, [hidden.id]);
    await db.query(`UPDATE idea SET comment_count = comment_count - 1 WHERE id = $1`, [ideaId]);

    const before = await footprint(ideaId);
    expect(errorOf(await api.graphql(DELETE, { id: posted.id }, author.headers))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
    expect(errorOf(await api.graphql(DELETE, { id: posted.id })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.graphql(DELETE, { id: 'nope' }, resident.headers))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'commentId' }] });
    expect(await footprint(ideaId)).toEqual(before);

    expect((await api.graphql(DELETE, { id: posted.id }, moderator.headers)).errors).toBeUndefined();
    // A hidden comment did not count, so deleting it leaves the count alone.
    expect((await api.graphql(DELETE, { id: hidden.id }, moderator.headers)).errors).toBeUndefined();
    expect(await counts(ideaId)).toEqual({ stored: 0, rule: 0 });
    expect(await one(`SELECT action, actor_id FROM audit_event WHERE target_id = $1`, [posted.id])).toEqual({ action: 'comment.delete', actor_id: moderator.id });
  });
});

describe('comment_count under concurrency', () => {
  it('counts 20 concurrent comments as 20, and 5 concurrent deletes of one comment as one', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author);
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser(`Samtidig ${i}`)));
    const posted = await Promise.all(people.map((person, i) => comment(person, ideaId, `Samtidig kommentar ${i}`)));
    expect(await counts(ideaId)).toEqual({ stored: 20, rule: 20 });
    const results = await Promise.all(Array.from({ length: 5 }, () => api.graphql(DELETE, { id: posted[0]!.id }, people[0]!.headers)));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(await counts(ideaId)).toEqual({ stored: 19, rule: 19 });
  });
});

describe('Idea.comments', () => {
  it('shows deleted comments as placeholders, hidden ones only with visible replies, and hidden bodies to their author and moderators', async () => {
    const author = await makeUser();
    const writer = await makeUser('Dold Skribent');
    const reader = await makeUser();
    const moderator = await makeUser('Moderator', ['MODERATOR']);
    const ideaId = await makeIdea(author);

    const visible = await comment(reader, ideaId, 'Synlig');
    const deletedAlone = await comment(writer, ideaId, 'Raderad utan svar');
    const hiddenAlone = await comment(writer, ideaId, 'Dold utan svar');
    const hiddenWithReply = await comment(writer, ideaId, 'Dold med svar');
    await comment(reader, ideaId, 'Synligt svar', hiddenWithReply.id);
    const hiddenReply = await comment(writer, ideaId, 'Dolt svar', visible.id);
    await api.graphql(DELETE, { id: deletedAlone.id }, writer.headers);
    await db.query(`UPDATE comment SET status = 'HIDDEN' WHERE id = ANY($1::uuid[])`, [[hiddenAlone.id, hiddenWithReply.id, hiddenReply.id]]);
    await db.query(`UPDATE idea SET comment_count = comment_count - 3 WHERE id = $1`, [ideaId]);
    expect(await counts(ideaId)).toEqual({ stored: 2, rule: 2 });

    for (const headers of [{}, reader.headers]) {
      const { comments } = await commentsOf(ideaId, headers);
      expect(comments.totalCount).toBe(3);
      expect(comments.edges.map((e) => [e.node.id, e.node.body, e.node.deleted, e.node.hidden, e.node.author?.id ?? null])).toEqual([
        [visible.id, 'Synlig', false, false, reader.id],
        [deletedAlone.id, '', true, false, null],
        [hiddenWithReply.id, '', false, true, null],
      ]);
      expect(comments.edges[0]!.node.replies).toEqual([]);
      expect(comments.edges[0]!.node.replyCount).toBe(0);
      expect(comments.edges[2]!.node.replies!.map((r) => r.body)).toEqual(['Synligt svar']);
    }

    const own = await commentsOf(ideaId, writer.headers);
    expect(own.comments.totalCount).toBe(4);
    expect(own.comments.edges.map((e) => e.node.body)).toEqual(['Synlig', '', 'Dold utan svar', 'Dold med svar']);
    expect(own.comments.edges[0]!.node.replies!.map((r) => [r.body, r.hidden])).toEqual([['Dolt svar', true]]);

    const moderated = await commentsOf(ideaId, moderator.headers);
    expect(moderated.comments.totalCount).toBe(4);
    expect(moderated.comments.edges.map((e) => [e.node.body, e.node.hidden, e.node.viewerCanDelete])).toEqual([
      ['Synlig', false, true],
      ['', false, false],
      ['Dold utan svar', true, true],
      ['Dold med svar', true, true],
    ]);
  });

  it('pages oldest first with exact cursors, also through comments posted in the same millisecond', async () => {
    const author = await makeUser();
    const ideaId = await makeIdea(author);
    // Seven comments in one statement share created_at exactly; three more a microsecond apart.
    await db.query(
      `INSERT INTO comment (idea_id, author_id, body, created_at)
       SELECT $1::uuid, $2::uuid, 'Samtidig ' || n, '2026-01-01T10:00:00.000001Z'::timestamptz FROM generate_series(1, 7) n
       UNION ALL SELECT $1::uuid, $2::uuid, 'Efter ' || n, '2026-01-01T10:00:00.000001Z'::timestamptz + n * interval '1 microsecond' FROM generate_series(1, 3) n`,
      [ideaId, author.id],
    );
    await db.query(`UPDATE idea SET comment_count = 10 WHERE id = $1`, [ideaId]);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const { comments } = await commentsOf(ideaId, {}, 3, after);
      expect(comments.totalCount).toBe(10);
      seen.push(...comments.edges.map((e) => e.node.body));
      if (!comments.pageInfo.hasNextPage) break;
      after = comments.pageInfo.endCursor!;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect(seen.slice(7)).toEqual(['Efter 1', 'Efter 2', 'Efter 3']);
    const bad = await api.graphql(COMMENTS, { id: ideaId, first: 3, after: 'nonsense' });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
    expect(errorOf(await api.graphql(COMMENTS, { id: ideaId, first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'first' }] });
  });

  it('resolves 100 comments with replies and authors in as many SQL statements as 20', async () => {
    const author = await makeUser();
    const viewer = await makeUser();
    const statementsFor = async (size: number) => {
      const ideaId = await makeIdea(author);
      const writers = await Promise.all(Array.from({ length: 5 }, (_, i) => makeUser(`Skribent ${i}`)));
      await db.query(
        `INSERT INTO comment (idea_id, author_id, body, created_at)
         SELECT $1, ($2::uuid[])[1 + n % 5], 'Kommentar ' || n, now() - (n * interval '1 second') FROM generate_series(1, $3) n`,
        [ideaId, writers.map((w) => w.id), size],
      );
      await db.query(
        `INSERT INTO comment (idea_id, parent_id, author_id, body)
         SELECT c.idea_id, c.id, ($2::uuid[])[1 + k], 'Svar ' || k FROM comment c, generate_series(0, 1) k WHERE c.idea_id = $1`,
        [ideaId, writers.map((w) => w.id)],
      );
      api.statements.reset();
      const { comments } = await commentsOf(ideaId, viewer.headers, size);
      expect(comments.edges).toHaveLength(size);
      expect(comments.edges.every((e) => e.node.author && e.node.replies!.length === 2 && e.node.replies!.every((r) => r.author))).toBe(true);
      return api.statements.count;
    };
    const small = await statementsFor(20);
    const large = await statementsFor(100);
    expect(large).toBe(small);
  });

  it('resolves the comments of a list of ideas in as many SQL statements for 20 ideas as for 3', async () => {
    const author = await makeUser();
    for (let i = 0; i < 3; i++) {
      const ideaId = await makeIdea(author);
      await db.query(`INSERT INTO comment (idea_id, author_id, body) SELECT $1, $2, 'Kommentar ' || n FROM generate_series(1, 4) n`, [ideaId, author.id]);
    }
    const LIST = `query($first: Int) { ideas(filter: { municipalitySlug: "kalix" }, first: $first) { edges { node { id
      comments(first: 2) { totalCount edges { node { body author { displayName } replyCount } } } } } } }`;
    const statementsFor = async (first: number) => {
      api.statements.reset();
      const { data, errors } = await api.graphql<{ ideas: { edges: Array<{ node: { comments: { totalCount: number; edges: unknown[] } } }> } }>(LIST, { first });
      expect(errors).toBeUndefined();
      // The three newest ideas are this test's: four comments each, two per page.
      expect(data!.ideas.edges.slice(0, 3).map((e) => [e.node.comments.totalCount, e.node.comments.edges.length])).toEqual([
        [4, 2],
        [4, 2],
        [4, 2],
      ]);
      return { statements: api.statements.count, ideas: data!.ideas.edges.length };
    };
    const few = await statementsFor(3);
    const many = await statementsFor(20);
    expect(many.ideas).toBeGreaterThan(few.ideas);
    expect(many.statements).toBe(few.statements);
  });
});

describe('personal data', () => {
  it('exports the person\'s comments; after account deletion they stay under a removed user', async () => {
    const author = await makeUser();
    const person = await makeUser('Snart Borta');
    const ideaId = await makeIdea(author);
    const posted = await comment(person, ideaId, 'Min kommentar');
    const exported = await api.graphql<{ exportMyData: string }>(`{ exportMyData }`, {}, person.headers);
    expect(exported.errors).toBeUndefined();
    const data = JSON.parse(exported.data!.exportMyData) as { comments: Array<{ id: string; body: string }> };
    expect(data.comments).toEqual([expect.objectContaining({ id: posted.id, body: 'Min kommentar' })]);

    expect((await api.graphql(`mutation { deleteMyAccount }`, {}, person.headers)).errors).toBeUndefined();
    const { comments, commentCount } = await commentsOf(ideaId);
    expect(commentCount).toBe(1);
    expect(comments.edges[0]!.node).toMatchObject({ body: 'Min kommentar', author: { id: null, displayName: '', removed: true } });
  });
});
