import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
let kalixId: string;
let authorId: string;
let foreningToken: string;

const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;

let sequence = 0;
const unique = () => `${Date.now().toString(36)}-${++sequence}`;

/** An idea straight in the database. */
async function idea(title: string, body: string, locale: string, status = 'PUBLISHED'): Promise<string> {
  const { id } = await one<{ id: string }>(
    `INSERT INTO idea (municipality_id, reference, title, body, original_locale, status, author_id, text_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [kalixId, `SEARCH-${unique()}`, title, body, locale, status, authorId, `hash-${unique()}`],
  );
  return id;
}

const ids: Record<string, string> = {};
const lamps: string[] = [];

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  foreningToken = await loginAs(api, 'forening@kalix.example');
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  authorId = (
    await one<{ id: string }>(
      `INSERT INTO app_user (email, display_name, locale, municipality_id, email_verified_at) VALUES ($1, 'Sökförfattare', 'sv', $2, now()) RETURNING id`,
      [`search.${unique()}@ideas.example`, kalixId],
    )
  ).id;
  ids.cycle = await idea('Fler cykelvägar mot Töre', 'Bygg ut nätet så att barnen kan ta sig till skolan säkert året om.', 'sv');
  ids.bench = await idea('Sätt ut en bänk vid hållplatsen', 'Äldre som väntar på bussen i Kalix centrum behöver kunna sitta ner.', 'sv');
  ids.finnish = await idea('Uusia pyöräteitä kylien välille', 'Rakentakaa turvallisia reittejä kouluun ja töihin koko vuoden.', 'fi');
  ids.meankieli = await idea('Uusi silta Kainuunkyläle', 'Met tarvitemma uuen siltan jotta lapset piäsevät kouhluun kesälä ja talvela.', 'fit');
  ids.library = await idea('Längre öppettider på biblioteket', 'Biblioteket borde ha öppet på söndagar för studerande och familjer.', 'sv');
  ids.hidden = await idea('Cykelvägar och pyöräteitä överallt', 'Dold idé om cykelvägar som ingen ska hitta, med badplats och siltan.', 'sv', 'HIDDEN');
  ids.titleMatch = await idea('Ny badplats vid älven', 'Kommunen borde anlägga en plats för bad med brygga och omklädningsrum.', 'sv');
  ids.bodyMatch = await idea('Sommaraktiviteter för unga', 'Fler aktiviteter på kvällarna, till exempel en ny badplats och fotboll.', 'sv');
  // Many matches with equal and different ranks, for paging and the statement count.
  for (let i = 0; i < 30; i++) {
    const title = i % 3 === 0 ? `Gatubelysning på väg ${i % 2}` : `Trygga skolvägar ${i % 2}`;
    lamps.push(await idea(title, `Mer gatubelysning behövs längs vägen, särskilt på vintern när det är mörkt ${i % 4}.`, 'sv'));
  }
});
afterAll(async () => {
  await api.close();
});

const IDEAS = `query($filter: IdeaFilter!, $first: Int, $after: String, $orderBy: IdeaOrder) {
  ideas(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } } }`;
type Page = { ideas: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } };

async function search(text: string, variables: Record<string, unknown> = {}) {
  return api.graphql<Page>(IDEAS, { filter: { municipalitySlug: 'kalix', search: text }, first: 100, ...variables });
}
async function found(text: string): Promise<string[]> {
  const { data, errors } = await search(text);
  expect(errors).toBeUndefined();
  return data!.ideas.edges.map((edge) => edge.node.id);
}

describe('ideas search', () => {
  it('finds "cykelvägar" when searching "cykelväg" (Swedish stemming), and not unrelated ideas', async () => {
    const result = await found('cykelväg');
    expect(result).toContain(ids.cycle);
    expect(result).not.toContain(ids.library);
    expect(result).not.toContain(ids.finnish);
    // Where trigrams are too far apart, only the Swedish stemmer joins the forms (bänkar → bänk).
    expect(await found('bänkar')).toContain(ids.bench);
  });

  it('finds Finnish "pyöräteitä" when searching "pyörätie" (trigram similarity where the stemmer misses)', async () => {
    const result = await found('pyörätie');
    expect(result).toContain(ids.finnish);
    expect(result).not.toContain(ids.library);
    expect(result).not.toContain(ids.cycle);
  });

  it('finds a Meänkieli idea by an exact word (simple dictionary)', async () => {
    const result = await found('siltan');
    expect(result).toContain(ids.meankieli);
    expect(result).not.toContain(ids.library);
  });

  it('never finds HIDDEN ideas', async () => {
    for (const text of ['cykelvägar', 'pyöräteitä', 'siltan', 'Dold idé', 'badplats']) expect(await found(text)).not.toContain(ids.hidden);
  });

  it('orders by relevance when searching: a title match above a body-only match', async () => {
    const result = await found('badplats');
    expect(result).toContain(ids.titleMatch);
    expect(result).toContain(ids.bodyMatch);
    expect(result.indexOf(ids.titleMatch)).toBeLessThan(result.indexOf(ids.bodyMatch));
    // An explicit order still applies with a search.
    const { data } = await search('badplats', { orderBy: 'NEWEST' });
    expect(data!.ideas.edges.map((e) => e.node.id).slice(0, 2)).toEqual([ids.bodyMatch, ids.titleMatch]);
  });

  it('pages by relevance without duplicates or gaps', async () => {
    const everything = await found('gatubelysning');
    expect(new Set(everything).size).toBe(everything.length);
    for (const id of lamps) expect(everything).toContain(id);
    // Title matches (every third) first.
    const titled = lamps.filter((_, i) => i % 3 === 0);
    expect(new Set(everything.slice(0, titled.length))).toEqual(new Set(titled));
    for (const size of [1, 4, 7]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const { data, errors } = await search('gatubelysning', { first: size, after, orderBy: 'RELEVANCE' });
        expect(errors).toBeUndefined();
        expect(data!.ideas.totalCount).toBe(everything.length);
        seen.push(...data!.ideas.edges.map((e) => e.node.id));
        if (!data!.ideas.pageInfo.hasNextPage) break;
        after = data!.ideas.pageInfo.endCursor;
      }
      expect(seen).toEqual(everything);
    }
  });

  it('validates: RELEVANCE needs a search, search at most 200 characters, cursors of another order', async () => {
    const relevance = await api.graphql(IDEAS, { filter: { municipalitySlug: 'kalix' }, orderBy: 'RELEVANCE' });
    expect(relevance.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'orderBy' }] });
    const long = await search('a'.repeat(201));
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.search' }] });
    expect((await search('a'.repeat(200))).errors).toBeUndefined();
    const { data } = await search('gatubelysning', { first: 2 });
    const mixed = await search('gatubelysning', { after: data!.ideas.pageInfo.endCursor, orderBy: 'NEWEST' });
    expect(mixed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
  });

  it('resolves a searched page of 100 with as many SQL statements as a page of 20', async () => {
    const query = (first: number) => `{ ideas(filter: { municipalitySlug: "kalix", search: "gatubelysning" }, first: ${first}) {
      totalCount edges { node { id reference title supportCount commentCount viewerHasSupported
        author { id displayName removed } goals { id code title } areas { id code title } places { id name } } } } }`;
    const statementsFor = async (first: number) => {
      api.statements.reset();
      const { data, errors } = await api.graphql<{ ideas: { edges: unknown[] } }>(query(first), {}, bearer(foreningToken));
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

const SIMILAR = `query($slug: String!, $title: String!, $body: String, $first: Int) {
  similarIdeas(municipalitySlug: $slug, title: $title, body: $body, first: $first) { similarity idea { id title } } }`;
type Similar = { similarIdeas: Array<{ similarity: number; idea: { id: string } }> };

describe('similarIdeas', () => {
  it('offers a near-identical published idea first, signed out, and nothing for unrelated text', async () => {
    const { data, errors } = await api.graphql<Similar>(SIMILAR, {
      slug: 'kalix',
      title: 'Ny badplats vid älven!',
      body: 'Kommunen borde anlägga en plats för bad, med en brygga och omklädningsrum.',
    });
    expect(errors).toBeUndefined();
    expect(data!.similarIdeas[0]!.idea.id).toBe(ids.titleMatch);
    expect(data!.similarIdeas[0]!.similarity).toBeGreaterThan(0.6);
    expect(data!.similarIdeas.map((s) => s.idea.id)).not.toContain(ids.bodyMatch);

    const titleOnly = await api.graphql<Similar>(SIMILAR, { slug: 'kalix', title: 'Längre öppettider på biblioteket' });
    expect(titleOnly.data!.similarIdeas.map((s) => s.idea.id)).toEqual([ids.library]);

    const unrelated = await api.graphql<Similar>(SIMILAR, {
      slug: 'kalix',
      title: 'Digitala tjänster för äldre',
      body: 'Hjälp med e-legitimation och surfplattor för pensionärer varje tisdag.',
    });
    expect(unrelated.errors).toBeUndefined();
    expect(unrelated.data!.similarIdeas).toEqual([]);
  });

  it('never offers HIDDEN ideas, and validates its arguments', async () => {
    const hidden = await api.graphql<Similar>(SIMILAR, {
      slug: 'kalix',
      title: 'Cykelvägar och pyöräteitä överallt',
      body: 'Dold idé om cykelvägar som ingen ska hitta, med badplats och siltan.',
    });
    expect(hidden.data!.similarIdeas.map((s) => s.idea.id)).not.toContain(ids.hidden);
    const invalid = await api.graphql(SIMILAR, { slug: 'kalix', title: ' ', body: 'x'.repeat(5001), first: 11 });
    expect(invalid.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((invalid.errors![0]!.extensions as { fields: Array<{ path: string }> }).fields.map((f) => f.path).sort()).toEqual(['body', 'first', 'title']);
    const nowhere = await api.graphql(SIMILAR, { slug: 'atlantis', title: 'Ny badplats' });
    expect(nowhere.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
