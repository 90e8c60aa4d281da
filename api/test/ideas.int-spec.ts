import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { bearer, type GraphQLResponse, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let kalixId: string;
/** Goals of the Kalix LUS, with their areas. */
let kalixGoals: Array<{ id: string; area_id: string }>;
let foreignGoalId: string;
let toreId: string;
let foreignPlaceId: string;
const as = (who: string) => bearer(tokens[who]!);

const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
const count = async (table: string) => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).n;
const ideaTables = async () => ({
  idea: await count('idea'),
  idea_goal: await count('idea_goal'),
  idea_place: await count('idea_place'),
  counter: await count('idea_reference_counter'),
});

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  for (const who of ['resident', 'forening', 'officer', 'moderator']) {
    tokens[who] = await loginAs(api, `${who}@kalix.example`);
    ids[who] = (await one<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [`${who}@kalix.example`])).id;
  }
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  kalixGoals = await db.query(
    `SELECT g.id, g.area_id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
     WHERE s.municipality_id = $1 ORDER BY a.position, g.position`,
    [kalixId],
  );
  foreignGoalId = (
    await one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
       WHERE s.municipality_id IS DISTINCT FROM $1 LIMIT 1`,
      [kalixId],
    )
  ).id;
  toreId = (await one<{ id: string }>(`SELECT id FROM place WHERE name = 'Töre' AND municipality_id = $1`, [kalixId])).id;
  foreignPlaceId = (await one<{ id: string }>(`SELECT id FROM place WHERE municipality_id <> $1 LIMIT 1`, [kalixId])).id;
});
afterAll(async () => {
  await api.close();
});

let sequence = 0;
const uniqueText = () => `${Date.now().toString(36)}-${++sequence}`;

/** A fresh person with a session, straight in the database (no sign-in round trip). */
async function makeUser(name = 'Idé Person'): Promise<{ id: string; headers: Record<string, string> }> {
  const { id } = await one<{ id: string }>(
    `INSERT INTO app_user (email, display_name, locale, municipality_id, email_verified_at) VALUES ($1, $2, 'sv', $3, now()) RETURNING id`,
    [`idea.${uniqueText()}@ideas.example`, name, kalixId],
  );
  const token = newToken();
  await db.query(`INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at) VALUES ($1, $2, 'PASSWORD', now() + interval '1 day', now())`, [
    id,
    hashToken(token),
  ]);
  return { id, headers: bearer(token) };
}

const IDEA_FIELDS = `id reference title body originalLocale status createdAt supportCount commentCount viewerHasSupported
  author { id displayName removed } goals { id code } areas { id code } places { id name }`;
const SUBMIT = `mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { ${IDEA_FIELDS} } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} } }`;
const SUPPORT = `mutation($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerHasSupported } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawSupport(ideaId: $id) { id supportCount viewerHasSupported } }`;
const IDEAS = `query($filter: IdeaFilter!, $first: Int, $after: String, $orderBy: IdeaOrder) {
  ideas(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id supportCount commentCount status } } } }`;

type IdeaResult = {
  id: string;
  reference: string;
  title: string;
  body: string;
  status: string;
  supportCount: number;
  viewerHasSupported: boolean;
  author: { id: string | null; displayName: string; removed: boolean };
  goals: Array<{ id: string }>;
  areas: Array<{ id: string }>;
  places: Array<{ id: string; name: string }>;
};

const validInput = (overrides: Record<string, unknown> = {}) => ({
  municipalitySlug: 'kalix',
  title: `Cykelväg mellan Töre och Kalix ${uniqueText()}`,
  body: 'Bygg ut cykelvägarna mellan byarna och centralorten, så att fler kan cykla till jobb och skola året om.',
  locale: 'sv',
  goalIds: [kalixGoals[0]!.id],
  placeIds: [toreId],
  ...overrides,
});

async function submit(headers: Record<string, string>, overrides: Record<string, unknown> = {}) {
  return api.graphql<{ submitIdea: IdeaResult }>(SUBMIT, { input: validInput(overrides) }, headers);
}

async function submitOk(headers: Record<string, string>, overrides: Record<string, unknown> = {}): Promise<IdeaResult> {
  const { data, errors } = await submit(headers, overrides);
  expect(errors).toBeUndefined();
  return data!.submitIdea;
}

describe('submitIdea', () => {
  it('publishes the idea as typed (trimmed) with a readable reference that increases', async () => {
    const year = new Date().getFullYear();
    const first = await submitOk(as('resident'), {
      title: '  Cykelväg Töre–Kalix <b>nu</b>  ',
      body: '  Bygg ut cykelvägarna längs E4 mellan Töre och Kalix. Dnr 2023-00497 & <script>  ',
      goalIds: [kalixGoals[0]!.id, kalixGoals[1]!.id],
    });
    expect(first).toMatchObject({
      title: 'Cykelväg Töre–Kalix <b>nu</b>',
      body: 'Bygg ut cykelvägarna längs E4 mellan Töre och Kalix. Dnr 2023-00497 & <script>',
      originalLocale: 'sv',
      status: 'PUBLISHED',
      supportCount: 0,
      viewerHasSupported: false,
      author: { id: ids.resident, removed: false },
      places: [{ id: toreId, name: 'Töre' }],
    });
    expect(first.goals.map((g) => g.id).sort()).toEqual([kalixGoals[0]!.id, kalixGoals[1]!.id].sort());
    expect(first.areas.map((a) => a.id)).toEqual([...new Set([kalixGoals[0]!.area_id, kalixGoals[1]!.area_id])]);
    expect(first.reference).toMatch(new RegExp(`^KALIX-${year}-\\d{4}$`));

    const second = await submitOk(as('forening'), { locale: 'fit', placeIds: [] });
    const number = (reference: string) => Number(reference.split('-')[2]);
    expect(number(second.reference)).toBe(number(first.reference) + 1);
    expect(second.places).toEqual([]);

    const { data } = await api.graphql<{ idea: IdeaResult }>(IDEA, { id: first.id });
    expect(data!.idea).toMatchObject({ id: first.id, reference: first.reference, viewerHasSupported: false });
  });

  it('numbers from 0001 in a municipality and year without ideas', async () => {
    const norsjo = await one<{ slug: string; id: string }>(`SELECT slug, id FROM municipality WHERE slug = 'norsjo'`);
    const goal = await one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 LIMIT 1`,
      [norsjo.id],
    );
    await db.query(`DELETE FROM idea_reference_counter WHERE municipality_id = $1`, [norsjo.id]);
    const idea = await submitOk(as('resident'), { municipalitySlug: norsjo.slug, goalIds: [goal.id], placeIds: [] });
    expect(idea.reference).toBe(`${norsjo.slug.toUpperCase()}-${new Date().getFullYear()}-0001`);
  });

  it('rejects every invalid field by name and stores nothing', async () => {
    const before = await ideaTables();
    const { errors } = await submit(as('resident'), {
      title: 'Kort',
      body: 'För kort text',
      locale: 'Svenska',
      goalIds: [],
      placeIds: ['not-a-uuid'],
    });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const paths = (errors![0]!.extensions!.fields as Array<{ path: string }>).map((f) => f.path).sort();
    expect(paths).toEqual(['input.body', 'input.goalIds', 'input.locale', 'input.placeIds.0', 'input.title']);

    const tooMany = await submit(as('resident'), { goalIds: kalixGoals.slice(0, 6).map((g) => g.id) });
    expect((tooMany.errors![0]!.extensions!.fields as Array<{ path: string }>).map((f) => f.path)).toEqual(['input.goalIds']);
    const longBody = await submit(as('resident'), { body: 'a'.repeat(5001), title: 'x'.repeat(141) });
    expect((longBody.errors![0]!.extensions!.fields as Array<{ path: string }>).map((f) => f.path).sort()).toEqual(['input.body', 'input.title']);

    const foreignGoal = await submit(as('resident'), { goalIds: [kalixGoals[0]!.id, foreignGoalId] });
    expect(foreignGoal.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.goalIds' }] });
    const foreignPlace = await submit(as('resident'), { placeIds: [toreId, foreignPlaceId] });
    expect(foreignPlace.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.placeIds' }] });
    const both = await submit(as('resident'), { goalIds: [foreignGoalId], placeIds: [foreignPlaceId] });
    expect((both.errors![0]!.extensions!.fields as Array<{ path: string }>).map((f) => f.path)).toEqual(['input.goalIds', 'input.placeIds']);
    const unknownMunicipality = await submit(as('resident'), { municipalitySlug: 'atlantis' });
    expect(unknownMunicipality.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const anonymous = await submit({});
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(await ideaTables()).toEqual(before);
  });

  it('refuses personal data in title or body, naming the kind but never echoing it, and stores nothing', async () => {
    const before = await ideaTables();
    const refused = async (title: string, body: string) => {
      const { errors } = await submit(as('resident'), { title, body });
      expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(errors![0]!.message).not.toMatch(/9876|123 45 67|anna@/);
      return errors![0]!.extensions as { fields: Array<{ path: string; message: string }>; personalData: Array<{ path: string; kinds: string[] }> };
    };
    const body = 'Bygg ut cykelvägarna mellan Töre och Kalix längs E4, det är viktigt för byarna.';

    const pnr = await refused('Ring mig, 19811218-9876', body);
    expect(pnr.fields).toEqual([{ path: 'input.title', message: expect.stringContaining('personal identity number') }]);
    expect(pnr.personalData).toEqual([{ path: 'input.title', kinds: ['PERSONAL_IDENTITY_NUMBER'] }]);

    for (const number of ['811218-9876', '198112189876', '811218+9876']) {
      expect((await refused('Cykelväg Töre', `${body} Mitt nummer: ${number}.`)).personalData).toEqual([
        { path: 'input.body', kinds: ['PERSONAL_IDENTITY_NUMBER'] },
      ]);
    }
    expect((await refused('Cykelväg Töre', `${body} Ring 070-123 45 67.`)).personalData).toEqual([{ path: 'input.body', kinds: ['PHONE_NUMBER'] }]);
    expect((await refused('Cykelväg Töre', `${body} Ring +46 70 123 45 67.`)).personalData).toEqual([{ path: 'input.body', kinds: ['PHONE_NUMBER'] }]);
    const mail = await refused('Mejla anna@example.se', `${body} Eller 0923-651 00.`);
    expect(mail.personalData).toEqual([
      { path: 'input.title', kinds: ['EMAIL_ADDRESS'] },
      { path: 'input.body', kinds: ['PHONE_NUMBER'] },
    ]);
    expect(mail.fields.map((f) => f.path)).toEqual(['input.title', 'input.body']);
    expect(mail.fields[0]!.message).toContain('e-mail address');
    expect(await ideaTables()).toEqual(before);

    // A date-like number failing the Luhn check, years, sums and case numbers are fine.
    const allowed = await submitOk(as('resident'), {
      title: `Cykelväg 2026 ${uniqueText()}`,
      body: `${body} Kostnad 1 500 000 kr, Dnr 2023-00497, ärende 19811218-9875.`,
    });
    expect(allowed.body).toContain('19811218-9875');
  });

  it('refuses the same text twice from the same author (CONFLICT), ignoring case and spacing, but not from another', async () => {
    const title = `Isbana på Kalixälven ${uniqueText()}`;
    const body = 'Ploga en isbana på älven vid Strandparken varje vinter, med belysning och bänkar.';
    await submitOk(as('resident'), { title, body });
    const before = await ideaTables();
    const { errors } = await submit(as('resident'), { title: `  ${title.toUpperCase()} `, body: body.replace(/ /g, '  ') });
    expect(errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(await ideaTables()).toEqual(before);
    await submitOk(as('forening'), { title, body });
  });

  it('is rate-limited per person', async () => {
    const person = await makeUser();
    for (let i = 0; i < 10; i++) await submitOk(person.headers);
    const before = await ideaTables();
    const { errors } = await submit(person.headers);
    expect(errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(await ideaTables()).toEqual(before);
  });
});

describe('idea', () => {
  it('NOT_FOUND for unknown ids; HIDDEN only for the author and moderators', async () => {
    const unknown = await api.graphql(IDEA, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const hidden = await submitOk(as('resident'));
    await db.query(`UPDATE idea SET status = 'HIDDEN' WHERE id = $1`, [hidden.id]);
    for (const headers of [{}, as('forening')]) {
      expect((await api.graphql(IDEA, { id: hidden.id }, headers)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    }
    for (const who of ['resident', 'moderator', 'officer']) {
      const { data, errors } = await api.graphql<{ idea: IdeaResult }>(IDEA, { id: hidden.id }, as(who));
      expect(errors).toBeUndefined();
      expect(data!.idea.status).toBe('HIDDEN');
    }
    expect((await api.graphql(SUPPORT, { id: hidden.id }, as('forening'))).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('names the municipality it was submitted to', async () => {
    const idea = await submitOk(as('resident'));
    const { data } = await api.graphql<{ idea: { municipality: { id: string; slug: string } } }>(`query($id: ID!) { idea(id: $id) { municipality { id slug } } }`, {
      id: idea.id,
    });
    expect(data!.idea.municipality).toEqual({ id: kalixId, slug: 'kalix' });
  });

  it('shows a deleted author as a removed user', async () => {
    const person = await makeUser('Snart Borta');
    const idea = await submitOk(person.headers);
    const { errors } = await api.graphql(`mutation { deleteMyAccount }`, {}, person.headers);
    expect(errors).toBeUndefined();
    const { data } = await api.graphql<{ idea: IdeaResult }>(IDEA, { id: idea.id });
    expect(data!.idea.author).toEqual({ id: null, displayName: '', removed: true });
  });
});

describe('ideas', () => {
  /** Ideas with known counts and equal sort keys, straight in the database. */
  let fixture: { goalId: string; areaId: string; ids: string[] };

  beforeAll(async () => {
    const goal = kalixGoals.at(-1)!;
    const author = await makeUser('Listans Författare');
    const made: string[] = [];
    for (let i = 0; i < 25; i++) {
      const { id } = await one<{ id: string }>(
        `INSERT INTO idea (municipality_id, reference, title, body, original_locale, status, author_id, support_count, comment_count, text_hash, created_at)
         VALUES ($1, $2, $3, 'Ett förslag för listningstestet, med tillräckligt lång text.', $4, $5, $6, $7, $8, $9,
                 timestamptz '2026-01-01 12:00:00.123456+00' + make_interval(secs => $10)) RETURNING id`,
        [
          kalixId,
          `LIST-${uniqueText()}`,
          `Listidé ${i}`,
          i % 3 === 0 ? 'fi' : 'sv',
          i === 24 ? 'HIDDEN' : i % 5 === 0 ? 'ANSWERED' : 'PUBLISHED',
          author.id,
          i % 4, // many ties
          i % 2,
          `hash-${uniqueText()}`,
          Math.floor(i / 3), // several ideas share a timestamp to the microsecond
        ],
      );
      await db.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [id, goal.id]);
      if (i % 2 === 0) await db.query(`INSERT INTO idea_place (idea_id, place_id) VALUES ($1, $2)`, [id, toreId]);
      made.push(id);
    }
    fixture = { goalId: goal.id, areaId: goal.area_id, ids: made };
  });

  type Page = { ideas: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } };

  async function all(filter: Record<string, unknown>, orderBy: string, first: number): Promise<{ ids: string[]; totalCount: number }> {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let guard = 0; guard < 100; guard++) {
      const response: GraphQLResponse<Page> = await api.graphql<Page>(IDEAS, { filter: { municipalitySlug: 'kalix', ...filter }, first, after, orderBy });
      const { data, errors } = response;
      expect(errors).toBeUndefined();
      totalCount = data!.ideas.totalCount;
      seen.push(...data!.ideas.edges.map((e) => e.node.id));
      if (!data!.ideas.pageInfo.hasNextPage) return { ids: seen, totalCount };
      after = data!.ideas.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }

  const expected = async (where: string, order: string, params: unknown[] = []) =>
    (await db.query(`SELECT i.id FROM idea i WHERE i.municipality_id = $1 AND i.status <> 'HIDDEN' AND ${where} ORDER BY ${order}, i.id DESC`, [kalixId, ...params])).map(
      (row: { id: string }) => row.id,
    );

  it('pages through every order without duplicates or gaps, HIDDEN never listed', async () => {
    const orders = { NEWEST: 'i.created_at DESC', MOST_SUPPORTED: 'i.support_count DESC', MOST_DISCUSSED: 'i.comment_count DESC' };
    for (const [orderBy, sql] of Object.entries(orders)) {
      const want = await expected('true', sql);
      for (const size of [3, 7, 100]) {
        const got = await all({}, orderBy, size);
        expect(got.ids).toEqual(want);
        expect(got.totalCount).toBe(want.length);
      }
    }
    expect((await all({}, 'NEWEST', 100)).ids).not.toContain(fixture.ids[24]);
    expect((await all({ status: 'HIDDEN' }, 'NEWEST', 10)).ids).toEqual([]);
  });

  it('filters by goal, area, place, status and language', async () => {
    const mine = (list: string[]) => list.filter((id) => fixture.ids.includes(id));
    const visible = fixture.ids.slice(0, 24);
    expect(new Set((await all({ goalId: fixture.goalId }, 'NEWEST', 10)).ids)).toEqual(
      new Set(await expected(`EXISTS (SELECT 1 FROM idea_goal g WHERE g.idea_id = i.id AND g.goal_id = $2)`, 'i.created_at DESC', [fixture.goalId])),
    );
    expect(mine((await all({ goalId: fixture.goalId }, 'NEWEST', 10)).ids).sort()).toEqual([...visible].sort());
    expect((await all({ areaId: fixture.areaId }, 'MOST_SUPPORTED', 10)).ids).toEqual(
      await expected(`EXISTS (SELECT 1 FROM idea_goal g JOIN goal x ON x.id = g.goal_id WHERE g.idea_id = i.id AND x.area_id = $2)`, 'i.support_count DESC', [
        fixture.areaId,
      ]),
    );
    const inTore = (await all({ placeId: toreId, goalId: fixture.goalId }, 'NEWEST', 5)).ids;
    expect(inTore.sort()).toEqual(visible.filter((_, i) => i % 2 === 0).sort());
    const answered = (await all({ status: 'ANSWERED', goalId: fixture.goalId }, 'NEWEST', 5)).ids;
    expect(answered.sort()).toEqual(visible.filter((_, i) => i % 5 === 0).sort());
    const finnish = (await all({ originalLocale: 'fi', goalId: fixture.goalId }, 'MOST_DISCUSSED', 4)).ids;
    expect(finnish.sort()).toEqual(visible.filter((_, i) => i % 3 === 0).sort());
  });

  it('validates arguments: page size, cursors of another order, filter ids', async () => {
    const run = (variables: Record<string, unknown>) => api.graphql(IDEAS, { filter: { municipalitySlug: 'kalix' }, ...variables });
    expect((await run({ first: 101 })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'first' }] });
    const { data } = await api.graphql<Page>(IDEAS, { filter: { municipalitySlug: 'kalix' }, first: 2, orderBy: 'NEWEST' });
    const cursor = data!.ideas.pageInfo.endCursor;
    expect((await run({ after: cursor, orderBy: 'MOST_SUPPORTED' })).errors![0]!.extensions).toMatchObject({ fields: [{ path: 'after' }] });
    expect((await run({ after: 'garbage' })).errors![0]!.extensions).toMatchObject({ fields: [{ path: 'after' }] });
    expect((await api.graphql(IDEAS, { filter: { municipalitySlug: 'kalix', goalId: 'x' } })).errors![0]!.extensions).toMatchObject({
      fields: [{ path: 'filter.goalId' }],
    });
  });

  it('resolves a page of 100 with as many SQL statements as a page of 20', async () => {
    const query = (first: number) => `{ ideas(filter: { municipalitySlug: "kalix" }, first: ${first}, orderBy: MOST_SUPPORTED) {
      totalCount edges { node { id reference title supportCount commentCount viewerHasSupported
        author { id displayName removed } goals { id code title } areas { id code title } places { id name } } } } }`;
    const statementsFor = async (first: number) => {
      api.statements.reset();
      const { data, errors } = await api.graphql<{ ideas: { edges: unknown[] } }>(query(first), {}, as('forening'));
      expect(errors).toBeUndefined();
      return { statements: api.statements.count, rows: data!.ideas.edges.length };
    };
    const small = await statementsFor(20);
    const large = await statementsFor(100);
    expect(small.rows).toBe(20);
    expect(large.rows).toBeGreaterThan(20);
    expect(large.statements).toBe(small.statements);
  });
});

describe('supportIdea and withdrawSupport', () => {
  it('is idempotent, refuses your own idea and withdraws', async () => {
    const idea = await submitOk(as('resident'));
    const own = await api.graphql(SUPPORT, { id: idea.id }, as('resident'));
    expect(own.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_IDEA' });
    expect((await api.graphql(SUPPORT, { id: idea.id })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    for (let i = 0; i < 2; i++) {
      const { data, errors } = await api.graphql<{ supportIdea: IdeaResult }>(SUPPORT, { id: idea.id }, as('forening'));
      expect(errors).toBeUndefined();
      expect(data!.supportIdea).toMatchObject({ supportCount: 1, viewerHasSupported: true });
    }
    expect(await one(`SELECT count(*)::int AS n FROM idea_support WHERE idea_id = $1`, [idea.id])).toEqual({ n: 1 });
    const seenByAuthor = await api.graphql<{ idea: IdeaResult }>(IDEA, { id: idea.id }, as('resident'));
    expect(seenByAuthor.data!.idea).toMatchObject({ supportCount: 1, viewerHasSupported: false });

    for (let i = 0; i < 2; i++) {
      const { data } = await api.graphql<{ withdrawSupport: IdeaResult }>(WITHDRAW, { id: idea.id }, as('forening'));
      expect(data!.withdrawSupport).toMatchObject({ supportCount: 0, viewerHasSupported: false });
    }
    expect((await api.graphql(SUPPORT, { id: '00000000-0000-4000-8000-000000000000' }, as('forening'))).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('counts 200 concurrent supports from 200 people as exactly 200', async () => {
    const idea = await submitOk(as('resident'));
    const people: Array<{ id: string; token: string }> = [];
    const tokensForPeople = Array.from({ length: 200 }, () => newToken());
    const rows: Array<{ id: string }> = await db.query(
      `INSERT INTO app_user (email, display_name, locale, municipality_id)
       SELECT 'crowd.' || n || '.' || $2 || '@ideas.example', 'Person ' || n, 'sv', $1 FROM generate_series(1, 200) n RETURNING id`,
      [kalixId, uniqueText()],
    );
    rows.forEach((row, i) => people.push({ id: row.id, token: tokensForPeople[i]! }));
    await db.query(
      `INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at)
       SELECT u, h, 'PASSWORD', now() + interval '1 day', now() FROM unnest($1::uuid[], $2::text[]) AS t(u, h)`,
      [people.map((p) => p.id), people.map((p) => hashToken(p.token))],
    );
    // Everyone twice, all at once: the second of each pair must change nothing.
    const results = await Promise.all(
      [...people, ...people].map((person) => api.graphql<{ supportIdea: IdeaResult }>(SUPPORT, { id: idea.id }, bearer(person.token))),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await one(`SELECT support_count FROM idea WHERE id = $1`, [idea.id])).toEqual({ support_count: 200 });
    expect(await one(`SELECT count(*)::int AS n FROM idea_support WHERE idea_id = $1`, [idea.id])).toEqual({ n: 200 });

    await Promise.all(people.slice(0, 50).map((person) => api.graphql(WITHDRAW, { id: idea.id }, bearer(person.token))));
    expect(await one(`SELECT support_count FROM idea WHERE id = $1`, [idea.id])).toEqual({ support_count: 150 });
  });
});

describe('personal data', () => {
  it('exports the person\'s ideas and supports', async () => {
    const idea = await submitOk(as('forening'));
    const other = await submitOk(as('resident'));
    await api.graphql(SUPPORT, { id: other.id }, as('forening'));
    const { data, errors } = await api.graphql<{ exportMyData: string }>(`{ exportMyData }`, {}, as('forening'));
    expect(errors).toBeUndefined();
    const exported = JSON.parse(data!.exportMyData) as Record<string, unknown>;
    const json = JSON.stringify(exported);
    expect(json).toContain(idea.reference);
    expect(json).toContain(other.reference);
  });
});
