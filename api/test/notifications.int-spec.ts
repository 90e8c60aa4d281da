import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { DigestService } from '../src/modules/notifications/digest.service';
import { bearer, type GraphQLResponse, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
let digests: DigestService;
let kalixId: string;
let goalId: string;

const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;

let sequence = 0;
const unique = () => `${Date.now().toString(36)}-${++sequence}`;

interface Person {
  id: string;
  email: string;
  headers: Record<string, string>;
}

async function makeUser(options: { name?: string; locale?: string; verified?: boolean; roles?: string[] } = {}): Promise<Person> {
  const email = `notifications.${unique()}@notifications.example`;
  const { id } = await one<{ id: string }>(
    `INSERT INTO app_user (email, display_name, locale, municipality_id, email_verified_at) VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END) RETURNING id`,
    [email, options.name ?? 'Notis Person', options.locale ?? 'sv', kalixId, options.verified ?? true],
  );
  for (const role of options.roles ?? []) await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) VALUES ($1, $2, $3)`, [id, kalixId, role]);
  const token = newToken();
  await db.query(`INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at) VALUES ($1, $2, 'PASSWORD', now() + interval '1 day', now())`, [
    id,
    hashToken(token),
  ]);
  return { id, email, headers: bearer(token) };
}

async function makeIdea(author: Person, options: { status?: string; title?: string } = {}): Promise<{ id: string; reference: string; title: string }> {
  const reference = `NOTIS-${unique()}`;
  const title = options.title ?? `Idé för notiser ${sequence}`;
  const { id } = await one<{ id: string }>(
    `INSERT INTO idea (municipality_id, reference, title, body, original_locale, author_id, text_hash, status)
     VALUES ($1, $2, $3, 'Ett förslag om notiser med tillräckligt lång text.', 'sv', $4, $2, $5) RETURNING id`,
    [kalixId, reference, title, author.id, options.status ?? 'PUBLISHED'],
  );
  await db.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [id, goalId]);
  return { id, reference, title };
}

/** A notification straight in the database, `secondsAgo` old. */
async function notify(
  userId: string,
  kind: string,
  options: { ideaId?: string | null; data?: Record<string, unknown>; secondsAgo?: number; read?: boolean; commentId?: string } = {},
): Promise<string> {
  const { id } = await one<{ id: string }>(
    `INSERT INTO notification (user_id, municipality_id, kind, idea_id, comment_id, data, created_at, read_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(secs => $7), CASE WHEN $8 THEN now() END) RETURNING id`,
    [userId, kalixId, kind, options.ideaId ?? null, options.commentId ?? null, options.data ?? {}, options.secondsAgo ?? 0, options.read ?? false],
  );
  return id;
}

/** A moment in Stockholm time, `days` from today. */
async function stockholm(days: number, hours: number, minutes = 0): Promise<Date> {
  return (
    await one<{ t: Date }>(
      `SELECT ((date_trunc('day', now() AT TIME ZONE 'Europe/Stockholm') + make_interval(days => $1, hours => $2, mins => $3)) AT TIME ZONE 'Europe/Stockholm') AS t`,
      [days, hours, minutes],
    )
  ).t;
}

async function digestEmails(address: string): Promise<Array<{ subject: string; body_text: string; locale: string }>> {
  return db.query(`SELECT subject, body_text, locale FROM outbox_message WHERE to_address = $1 AND kind = 'dailyDigest' ORDER BY created_at`, [address]);
}

const errorOf = (result: GraphQLResponse) => result.errors![0]!.extensions as { code: string; fields?: Array<{ path: string }> };

const NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind createdAt readAt commentId status reason until excerpt targetType idea { id title reference } } } } }`;
interface NotificationNode {
  id: string;
  kind: string;
  readAt: string | null;
  commentId: string | null;
  status: string | null;
  reason: string | null;
  until: string | null;
  excerpt: string | null;
  targetType: string | null;
  idea: { id: string; title: string; reference: string } | null;
}
interface NotificationsResult {
  notifications: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: NotificationNode }> };
}
const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const UNREAD = `{ unreadNotificationCount }`;
const FOLLOW = `mutation($id: ID!) { followIdea(ideaId: $id) { id viewerIsFollowing } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowIdea(ideaId: $id) { id viewerIsFollowing } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { id viewerIsFollowing } }`;
const PREFERENCES = `{ notificationPreferences { dailyDigest } }`;
const UPDATE_PREFERENCES = `mutation($on: Boolean!) { updateNotificationPreferences(dailyDigest: $on) { dailyDigest } }`;

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  digests = api.app.get(DigestService);
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

describe('followIdea and unfollowIdea', () => {
  it('follow and unfollow idempotently; viewerIsFollowing is false signed out', async () => {
    const author = await makeUser();
    const person = await makeUser();
    const idea = await makeIdea(author);
    const following = async () => (await api.graphql<{ idea: { viewerIsFollowing: boolean } }>(IDEA, { id: idea.id }, person.headers)).data!.idea.viewerIsFollowing;
    expect(await following()).toBe(false);
    for (let i = 0; i < 2; i++) {
      const { data, errors } = await api.graphql<{ followIdea: { viewerIsFollowing: boolean } }>(FOLLOW, { id: idea.id }, person.headers);
      expect(errors).toBeUndefined();
      expect(data!.followIdea.viewerIsFollowing).toBe(true);
    }
    expect(await db.query(`SELECT user_id FROM idea_follow WHERE idea_id = $1`, [idea.id])).toEqual([{ user_id: person.id }]);
    expect(await following()).toBe(true);
    expect((await api.graphql<{ idea: { viewerIsFollowing: boolean } }>(IDEA, { id: idea.id })).data!.idea.viewerIsFollowing).toBe(false);

    for (let i = 0; i < 2; i++) {
      const { data, errors } = await api.graphql<{ unfollowIdea: { viewerIsFollowing: boolean } }>(UNFOLLOW, { id: idea.id }, person.headers);
      expect(errors).toBeUndefined();
      expect(data!.unfollowIdea.viewerIsFollowing).toBe(false);
    }
    expect(await db.query(`SELECT user_id FROM idea_follow WHERE idea_id = $1`, [idea.id])).toEqual([]);
  });

  it('refuses signed-out callers, bad ids and hidden ideas (except for their author)', async () => {
    const author = await makeUser();
    const person = await makeUser();
    const hidden = await makeIdea(author, { status: 'HIDDEN' });
    expect(errorOf(await api.graphql(FOLLOW, { id: hidden.id })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.graphql(FOLLOW, { id: hidden.id }, person.headers)).code).toBe('NOT_FOUND');
    expect(errorOf(await api.graphql(FOLLOW, { id: 'nope' }, person.headers))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'ideaId' }] });
    expect(await db.query(`SELECT 1 FROM idea_follow WHERE idea_id = $1`, [hidden.id])).toEqual([]);
    expect((await api.graphql(FOLLOW, { id: hidden.id }, author.headers)).errors).toBeUndefined();
  });

  it('lets supporters follow automatically, so they hear of new comments', async () => {
    const author = await makeUser();
    const supporter = await makeUser();
    const commenter = await makeUser();
    const idea = await makeIdea(author);
    expect((await api.graphql(`mutation($id: ID!) { supportIdea(ideaId: $id) { id } }`, { id: idea.id }, supporter.headers)).errors).toBeUndefined();
    const { data } = await api.graphql<{ commentOnIdea: { id: string } }>(
      `mutation($id: ID!) { commentOnIdea(ideaId: $id, body: "Ny kommentar här") { id } }`,
      { id: idea.id },
      commenter.headers,
    );
    expect(await db.query(`SELECT kind FROM notification WHERE user_id = $1 AND comment_id = $2`, [supporter.id, data!.commentOnIdea.id])).toEqual([
      { kind: 'IDEA_COMMENTED' },
    ]);
  });
});

describe('notifications', () => {
  it('lists only the viewer\'s own, newest first, with the data fields, paging without gaps', async () => {
    const author = await makeUser();
    const person = await makeUser();
    const other = await makeUser();
    const idea = await makeIdea(author, { title: 'Belysning vid skolan' });
    const until = '2026-12-24T12:00:00.000Z';
    const ids = [
      await notify(person.id, 'IDEA_COMMENTED', { ideaId: idea.id, data: { excerpt: 'Bra!', targetType: 'COMMENT' }, secondsAgo: 50, commentId: idea.id }),
      await notify(person.id, 'IDEA_STATUS_CHANGED', { ideaId: idea.id, data: { status: 'PLANNED' }, secondsAgo: 40 }),
      await notify(person.id, 'POSTING_BLOCKED', { data: { reason: 'Spam', until }, secondsAgo: 30, read: true }),
      await notify(person.id, 'IDEA_STATUS_CHANGED', { ideaId: idea.id, data: { status: 'NOT_A_STATUS', excerpt: 42 }, secondsAgo: 20 }),
    ];
    await notify(other.id, 'IDEA_COMMENTED', { ideaId: idea.id });

    const { data, errors } = await api.graphql<NotificationsResult>(NOTIFICATIONS, { first: 10 }, person.headers);
    expect(errors).toBeUndefined();
    expect(data!.notifications.totalCount).toBe(4);
    expect(data!.notifications.edges.map((e) => e.node.id)).toEqual([...ids].reverse());
    const [malformed, blocked, status, commented] = data!.notifications.edges.map((e) => e.node);
    expect(commented).toMatchObject({
      kind: 'IDEA_COMMENTED',
      excerpt: 'Bra!',
      targetType: 'COMMENT',
      readAt: null,
      idea: { id: idea.id, title: 'Belysning vid skolan', reference: idea.reference },
    });
    expect(status).toMatchObject({ kind: 'IDEA_STATUS_CHANGED', status: 'PLANNED', excerpt: null });
    expect(blocked).toMatchObject({ kind: 'POSTING_BLOCKED', reason: 'Spam', until, idea: null });
    expect(blocked!.readAt).not.toBeNull();
    expect(malformed).toMatchObject({ status: null, excerpt: null });

    const unread = await api.graphql<NotificationsResult>(NOTIFICATIONS, { unreadOnly: true }, person.headers);
    expect(unread.data!.notifications.totalCount).toBe(3);
    expect(unread.data!.notifications.edges.every((e) => e.node.readAt === null)).toBe(true);

    // Many notifications share a created_at (one comment notifies everyone at once): pages still add up.
    await db.query(`UPDATE notification SET created_at = '2026-03-01T08:00:00.123456Z' WHERE user_id = $1`, [person.id]);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await api.graphql<NotificationsResult>(NOTIFICATIONS, { first: 1, after }, person.headers);
      seen.push(...page.data!.notifications.edges.map((e) => e.node.id));
      after = page.data!.notifications.pageInfo.hasNextPage ? page.data!.notifications.pageInfo.endCursor! : undefined;
    } while (after);
    expect([...seen].sort()).toEqual([...ids].sort());

    expect(errorOf(await api.graphql(NOTIFICATIONS, {})).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.graphql(NOTIFICATIONS, { first: 101 }, person.headers))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'first' }] });
  });

  it('shows a hidden idea only to its author', async () => {
    const author = await makeUser();
    const follower = await makeUser();
    const idea = await makeIdea(author, { status: 'HIDDEN' });
    await notify(author.id, 'CONTENT_HIDDEN', { ideaId: idea.id, data: { reason: 'Kränkande', targetType: 'IDEA' } });
    await notify(follower.id, 'IDEA_STATUS_CHANGED', { ideaId: idea.id, data: { status: 'HIDDEN' } });
    const ideaOf = async (person: Person) =>
      (await api.graphql<NotificationsResult>(NOTIFICATIONS, {}, person.headers)).data!.notifications.edges[0]!.node;
    expect(await ideaOf(author)).toMatchObject({ idea: { id: idea.id }, reason: 'Kränkande', targetType: 'IDEA' });
    expect((await ideaOf(follower)).idea).toBeNull();
  });

  it('counts unread ones (0 signed out) and marks own ones read: given ids or all', async () => {
    const person = await makeUser();
    const other = await makeUser();
    const [a, b] = [await notify(person.id, 'IDEA_ANSWERED'), await notify(person.id, 'IDEA_DECIDED')];
    await notify(person.id, 'IDEA_COMMENTED');
    const already = await notify(person.id, 'IDEA_COMMENTED', { read: true });
    const theirs = await notify(other.id, 'IDEA_COMMENTED');
    const count = async (headers: Record<string, string> = {}) => (await api.graphql<{ unreadNotificationCount: number }>(UNREAD, {}, headers)).data!.unreadNotificationCount;

    expect(await count()).toBe(0);
    expect(await count(person.headers)).toBe(3);
    const marked = await api.graphql<{ markNotificationsRead: number }>(MARK_READ, { ids: [a, already, theirs] }, person.headers);
    expect(marked.data!.markNotificationsRead).toBe(1);
    expect(await count(person.headers)).toBe(2);
    expect(await count(other.headers)).toBe(1);
    expect((await one<{ read_at: Date | null }>(`SELECT read_at FROM notification WHERE id = $1`, [theirs])).read_at).toBeNull();

    const before = await db.query(`SELECT id, read_at FROM notification ORDER BY id`);
    expect(errorOf(await api.graphql(MARK_READ, { ids: [b, 'nope'] }, person.headers))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'ids.1' }] });
    expect(errorOf(await api.graphql(MARK_READ, { ids: null })).code).toBe('UNAUTHENTICATED');
    expect(await db.query(`SELECT id, read_at FROM notification ORDER BY id`)).toEqual(before);

    const all = await api.graphql<{ markNotificationsRead: number }>(MARK_READ, { ids: null }, person.headers);
    expect(all.data!.markNotificationsRead).toBe(2);
    expect(await count(person.headers)).toBe(0);
    expect(await count(other.headers)).toBe(1);
    expect((await api.graphql<{ markNotificationsRead: number }>(MARK_READ, {}, person.headers)).data!.markNotificationsRead).toBe(0);
  });
});

describe('notification preferences', () => {
  it('default to no digest, and change for the viewer only', async () => {
    const person = await makeUser();
    expect(errorOf(await api.graphql(PREFERENCES)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.graphql(UPDATE_PREFERENCES, { on: true })).code).toBe('UNAUTHENTICATED');
    expect((await api.graphql<{ notificationPreferences: { dailyDigest: boolean } }>(PREFERENCES, {}, person.headers)).data!.notificationPreferences).toEqual({
      dailyDigest: false,
    });
    const on = await api.graphql<{ updateNotificationPreferences: { dailyDigest: boolean } }>(UPDATE_PREFERENCES, { on: true }, person.headers);
    expect(on.data!.updateNotificationPreferences).toEqual({ dailyDigest: true });
    expect((await api.graphql<{ notificationPreferences: { dailyDigest: boolean } }>(PREFERENCES, {}, person.headers)).data!.notificationPreferences).toEqual({
      dailyDigest: true,
    });
    const row = await one<{ daily_digest: boolean; last_digest_at: Date | null }>(`SELECT daily_digest, last_digest_at FROM notification_preference WHERE user_id = $1`, [
      person.id,
    ]);
    expect(row.daily_digest).toBe(true);
    // Turning it on starts the clock: the first digest comes the next morning.
    expect(row.last_digest_at).not.toBeNull();
    await api.graphql(UPDATE_PREFERENCES, { on: false }, person.headers);
    expect(await one(`SELECT daily_digest FROM notification_preference WHERE user_id = $1`, [person.id])).toEqual({ daily_digest: false });
  });
});

describe('daily digest', () => {
  const optIn = async (person: Person) => {
    expect((await api.graphql(UPDATE_PREFERENCES, { on: true }, person.headers)).errors).toBeUndefined();
  };

  it('sends one e-mail per opted-in person, grouped by idea, in their language, and nothing on a second run', async () => {
    const author = await makeUser();
    const swede = await makeUser({ name: 'Svea', locale: 'sv' });
    const finn = await makeUser({ name: 'Aino', locale: 'fi' });
    const tornedalian = await makeUser({ name: 'Pekka', locale: 'fit' });
    const notOptedIn = await makeUser();
    const unverified = await makeUser({ verified: false });
    const bike = await makeIdea(author, { title: 'Cykelväg Töre–Kalix' });
    const light = await makeIdea(author, { title: 'Belysning vid skolan' });
    for (const person of [swede, finn, tornedalian, unverified]) await optIn(person);

    for (const person of [swede, finn, tornedalian, notOptedIn, unverified]) {
      await notify(person.id, 'IDEA_COMMENTED', { ideaId: bike.id, data: { excerpt: 'Äntligen!', targetType: 'COMMENT' }, secondsAgo: 30 });
      await notify(person.id, 'IDEA_STATUS_CHANGED', { ideaId: light.id, data: { status: 'PLANNED' }, secondsAgo: 20 });
      await notify(person.id, 'IDEA_ANSWERED', { ideaId: bike.id, secondsAgo: 10 });
      await notify(person.id, 'POSTING_BLOCKED', { data: { reason: 'Spam', until: '2026-12-24T12:00:00.000Z' }, secondsAgo: 5 });
      // Seen in the app already: not news, so not in the e-mail.
      await notify(person.id, 'IDEA_DECIDED', { ideaId: light.id, read: true });
    }

    const morning = await stockholm(1, 7, 30);
    await digests.sendDailyDigests(morning);

    const [sv] = await digestEmails(swede.email);
    expect(await digestEmails(swede.email)).toHaveLength(1);
    expect(sv!.locale).toBe('sv');
    expect(sv!.subject).toBe('Det här har hänt på Medskapa');
    expect(sv!.body_text).toContain('Hej Svea!');
    expect(sv!.body_text).toContain(`${api.config.publicUrl}/notifications`);
    const bikeBlock = `Cykelväg Töre–Kalix (${bike.reference})\n${api.config.publicUrl}/kalix/ideas/${bike.id}\n  • Ny kommentar på Cykelväg Töre–Kalix – ”Äntligen!”\n  • Kommunen har svarat på Cykelväg Töre–Kalix`;
    expect(sv!.body_text).toContain(bikeBlock);
    expect(sv!.body_text).toContain(`Belysning vid skolan (${light.reference})\n${api.config.publicUrl}/kalix/ideas/${light.id}\n  • Belysning vid skolan har fått en ny status: planerad`);
    expect(sv!.body_text).toMatch(/Övrigt\n {2}• Du kan inte skriva inlägg förrän 24 december 2026 .*13:00 – Skäl: Spam/);
    expect(sv!.body_text.indexOf('Cykelväg')).toBeLessThan(sv!.body_text.indexOf('Belysning'));
    expect(sv!.body_text).not.toContain('beslut');
    expect(sv!.body_text).not.toMatch(/{{/);

    const [fi] = await digestEmails(finn.email);
    expect(fi).toMatchObject({ locale: 'fi', subject: 'Tätä on tapahtunut Medskapassa' });
    expect(fi!.body_text).toContain('Uusi kommentti aloitteeseen Cykelväg Töre–Kalix');
    expect(fi!.body_text).toContain('uusi tila: suunniteltu');
    const [fit] = await digestEmails(tornedalian.email);
    expect(fit).toMatchObject({ locale: 'fit', subject: 'Tätä oon tapahtunu Medskapassa' });
    expect(fit!.body_text).toContain('Uusi kommentaari ehotukseen Cykelväg Töre–Kalix');

    expect(await digestEmails(notOptedIn.email)).toEqual([]);
    expect(await digestEmails(unverified.email)).toEqual([]);
    const undigested = async (person: Person) => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND digested_at IS NULL`, [person.id])).n;
    expect(await undigested(swede)).toBe(0);
    expect(await undigested(notOptedIn)).toBe(5);

    // Running again that day, or later the same day, sends nothing; not even for new notifications.
    await notify(swede.id, 'IDEA_ANSWERED', { ideaId: light.id });
    await digests.sendDailyDigests(morning);
    await digests.sendDailyDigests(await stockholm(1, 22));
    await digests.sendDailyDigests(await stockholm(2, 6, 59));
    expect(await digestEmails(swede.email)).toHaveLength(1);
    // The next morning, the new one comes alone.
    await digests.sendDailyDigests(await stockholm(2, 7, 1));
    const emails = await digestEmails(swede.email);
    expect(emails).toHaveLength(2);
    expect(emails[1]!.body_text).toContain('Kommunen har svarat på Belysning vid skolan');
    expect(emails[1]!.body_text).not.toContain('Cykelväg');
  });

  it('sends nothing to a person with nothing new, and leaves titles of hidden ideas to their author', async () => {
    const author = await makeUser();
    const quiet = await makeUser();
    const follower = await makeUser();
    const hidden = await makeIdea(author, { status: 'HIDDEN', title: 'Dold idé' });
    for (const person of [author, quiet, follower]) await optIn(person);
    await notify(author.id, 'CONTENT_HIDDEN', { ideaId: hidden.id, data: { reason: 'Kränkande', targetType: 'IDEA' } });
    await notify(follower.id, 'IDEA_STATUS_CHANGED', { ideaId: hidden.id, data: { status: 'HIDDEN' } });
    await digests.sendDailyDigests(await stockholm(3, 8));
    expect(await digestEmails(quiet.email)).toEqual([]);
    expect(await digestEmails(follower.email)).toEqual([]);
    const [email] = await digestEmails(author.email);
    expect(email!.body_text).toContain('En moderator har dolt ditt inlägg om Dold idé – Skäl: Kränkande');
  });

  it('does not wait for the first morning forever, nor send before 07:00', async () => {
    const person = await makeUser();
    await optIn(person);
    await notify(person.id, 'IDEA_ANSWERED');
    // The digest was last sent at 07:30 today; tomorrow it is due from 07:00, not before.
    await db.query(`UPDATE notification_preference SET last_digest_at = $2 WHERE user_id = $1`, [person.id, await stockholm(0, 7, 30)]);
    await digests.sendDailyDigests(await stockholm(1, 6, 59));
    expect(await digestEmails(person.email)).toEqual([]);
    await digests.sendDailyDigests(await stockholm(1, 7, 0));
    expect(await digestEmails(person.email)).toHaveLength(1);
  });

  it('sends exactly one e-mail per person when runs overlap', async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => makeUser()));
    for (const person of people) {
      await optIn(person);
      await notify(person.id, 'IDEA_ANSWERED');
      await notify(person.id, 'IDEA_DECIDED');
    }
    const at = await stockholm(5, 9);
    const runs = await Promise.all([digests.sendDailyDigests(at), digests.sendDailyDigests(at), digests.sendDailyDigests(at)]);
    for (const person of people) expect(await digestEmails(person.email)).toHaveLength(1);
    expect(runs.reduce((sum, run) => sum + run.emails, 0)).toBeGreaterThanOrEqual(people.length);
    expect(runs.reduce((sum, run) => sum + run.notifications, 0)).toBeGreaterThanOrEqual(2 * people.length);
  });
});

describe('personal data', () => {
  it('exports follows, notifications and preferences, and deletes them with the account', async () => {
    const author = await makeUser();
    const person = await makeUser();
    const idea = await makeIdea(author);
    await api.graphql(FOLLOW, { id: idea.id }, person.headers);
    await api.graphql(UPDATE_PREFERENCES, { on: true }, person.headers);
    await notify(person.id, 'IDEA_ANSWERED', { ideaId: idea.id });

    const exported = await api.graphql<{ exportMyData: string }>(`{ exportMyData }`, {}, person.headers);
    expect(exported.errors).toBeUndefined();
    const data = JSON.parse(exported.data!.exportMyData) as Record<string, unknown>;
    expect(data.ideaFollows).toEqual([{ idea: { id: idea.id, reference: idea.reference, title: idea.title }, since: expect.any(String) }]);
    expect(data.notifications).toEqual([expect.objectContaining({ kind: 'IDEA_ANSWERED', idea: expect.objectContaining({ id: idea.id }) })]);
    expect(data.notificationPreferences).toEqual({ dailyDigest: true, lastDigestAt: expect.any(String) });

    expect((await api.graphql(`mutation { deleteMyAccount }`, {}, person.headers)).errors).toBeUndefined();
    for (const table of ['notification', 'idea_follow', 'notification_preference']) {
      expect(await one(`SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`, [person.id])).toEqual({ n: 0 });
    }
  });
});
