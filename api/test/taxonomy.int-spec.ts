import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

interface AreaData {
  code: string;
  title: string;
  sdgs: number[];
  translationStatus: string;
  regionalArea: { code: string; title: string } | null;
  goals: Array<{ code: string; title: string; steps: string[]; regionalGoal: { code: string; title: string } | null }>;
}

const KALIX_STRATEGY = /* GraphQL */ `
  query Kalix {
    municipality(slug: "kalix") {
      slug name municipalCode
      region { slug name }
      currentStrategy {
        key title periodStart periodEnd status source translationStatus
        titleTranslations { locale text status }
        areas {
          code title sdgs translationStatus
          regionalArea { code title }
          goals { code title steps regionalGoal { code title } }
        }
      }
    }
  }
`;

describe('municipalities and regions', () => {
  it('lists the seeded municipalities with their regions', async () => {
    const { data, errors } = await api.graphql<{ municipalities: Array<{ slug: string; municipalCode: string; region: { slug: string } }> }>(
      `{ municipalities { slug municipalCode region { slug } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.municipalities).toEqual([
      { slug: 'kalix', municipalCode: '2514', region: { slug: 'norrbotten' } },
      { slug: 'norsjo', municipalCode: '2417', region: { slug: 'vasterbotten' } },
      { slug: 'overkalix', municipalCode: '2513', region: { slug: 'norrbotten' } },
    ]);
  });

  it('gives Norrbotten its regional strategy: 4 priority areas × 4 målbilder × 4 vägar framåt', async () => {
    const { data } = await api.graphql<{
      region: { name: string; currentStrategy: { key: string; areas: Array<{ code: string; goals: Array<{ steps: string[] }> }> } };
    }>(`{ region(slug: "norrbotten") { name currentStrategy { key areas { code goals { steps } } } } }`);
    const strategy = data!.region.currentStrategy;
    expect(strategy.key).toBe('norrbotten-rus-2040');
    expect(strategy.areas.map((a) => a.code)).toEqual(['A', 'B', 'C', 'D']);
    for (const area of strategy.areas) {
      expect(area.goals).toHaveLength(4);
      for (const goal of area.goals) expect(goal.steps).toHaveLength(4);
    }
  });
});

describe('the Kalix LUS 2026–2040', () => {
  it('has four areas with sixteen målbilder, each mirroring its Norrbotten counterpart', async () => {
    const { data, errors } = await api.graphql<{ municipality: { currentStrategy: { areas: AreaData[] } & Record<string, unknown> } }>(
      KALIX_STRATEGY,
    );
    expect(errors).toBeUndefined();
    const strategy = data!.municipality.currentStrategy;
    expect(strategy).toMatchObject({
      key: 'kalix-lus-2026-2040',
      periodStart: 2026,
      periodEnd: 2040,
      status: 'ADOPTED',
      translationStatus: 'REVIEWED',
    });
    expect(strategy.areas.map((a) => a.code)).toEqual(['5.1', '5.2', '5.3', '5.4']);
    expect(strategy.areas.map((a) => a.regionalArea?.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(strategy.areas[0]!.title).toBe('En tillvaro full av möjligheter');
    expect(strategy.areas[0]!.regionalArea?.title).toMatch(/^En tillvaro full av möjligheter$/i);
    const goals = strategy.areas.flatMap((a) => a.goals);
    expect(goals).toHaveLength(16);
    for (const [index, goal] of goals.entries()) {
      expect(goal.steps.length).toBeGreaterThanOrEqual(2);
      const area = 'ABCD'[Math.floor(index / 4)];
      expect(goal.regionalGoal?.code).toBe(`${area}.${(index % 4) + 1}`);
    }
    expect(goals[0]).toMatchObject({ title: 'Kultur, idrott och friluftsliv' });
    expect(goals[0]!.steps[0]).toBe('Fler möjligheter till levande kultur och nöjesliv');
    expect(goals[0]!.regionalGoal?.title).toBe('Kultur, idrott och friluftsliv för alla');
    for (const area of strategy.areas) {
      expect(area.sdgs.length).toBeGreaterThan(0);
      for (const sdg of area.sdgs) expect(sdg).toBeGreaterThanOrEqual(1);
    }
  });

  it('finds an area by its code and by its id', async () => {
    const byCode = await api.graphql<{ municipality: { currentStrategy: { area: { id: string; title: string } } } }>(
      `{ municipality(slug: "kalix") { currentStrategy { area(code: "5.4") { id title } } } }`,
    );
    const area = byCode.data!.municipality.currentStrategy.area;
    expect(area.title).toBe('Ett närmare Kalix och Norrbotten');
    const byId = await api.graphql<{ strategicArea: { code: string; strategy: { key: string } } }>(
      `query($id: ID!) { strategicArea(id: $id) { code strategy { key } } }`,
      { id: area.id },
    );
    expect(byId.data?.strategicArea).toEqual({ code: '5.4', strategy: { key: 'kalix-lus-2026-2040' } });
  });
});

describe('language of official content', () => {
  const TITLE = `{ municipality(slug: "kalix") { name currentStrategy { title translationStatus titleTranslations { locale status } } } }`;
  type TitleData = {
    municipality: {
      name: string;
      currentStrategy: { title: string; translationStatus: string; titleTranslations: Array<{ locale: string; status: string }> };
    };
  };
  const title = async (headers: Record<string, string>) => (await api.graphql<TitleData>(TITLE, {}, headers)).data!.municipality;

  it('answers in Swedish by default, reviewed', async () => {
    const kalix = await title({});
    expect(kalix.name).toBe('Kalix');
    expect(kalix.currentStrategy.title).toMatch(/^Lokal utvecklingsstrategi/);
    expect(kalix.currentStrategy.translationStatus).toBe('REVIEWED');
  });

  it('follows Accept-Language, including regional variants, and flags unreviewed translations', async () => {
    const finnish = await title({ 'accept-language': 'fi-FI,fi;q=0.9,en;q=0.5' });
    const swedish = await title({});
    expect(finnish.name).toBe('Kainuu');
    expect(finnish.currentStrategy.title).not.toBe(swedish.currentStrategy.title);
    expect(finnish.currentStrategy.translationStatus).toBe('MACHINE_ASSISTED');
    expect((await title({ 'accept-language': 'fit' })).currentStrategy.title).not.toBe(finnish.currentStrategy.title);
    expect((await title({ 'accept-language': 'en-GB' })).currentStrategy.title).toBe(swedish.currentStrategy.title);
  });

  it('lets the lang cookie override Accept-Language', async () => {
    const meankieli = await title({ 'accept-language': 'fit' });
    const viaCookie = await title({ 'accept-language': 'fi', cookie: 'lang=fit' });
    expect(viaCookie.currentStrategy.title).toBe(meankieli.currentStrategy.title);
    const ignoredCookie = await title({ 'accept-language': 'fi', cookie: 'lang=xx' });
    expect(ignoredCookie.name).toBe('Kainuu');
  });

  it('exposes every translation with its status', async () => {
    const kalix = await title({});
    expect(kalix.currentStrategy.titleTranslations).toEqual([
      { locale: 'sv', status: 'REVIEWED' },
      { locale: 'fi', status: 'MACHINE_ASSISTED' },
      { locale: 'fit', status: 'MACHINE_ASSISTED' },
    ]);
  });
});

describe('places', () => {
  type PlaceData = { name: string; kind: string; population: number | null; populationYear: number | null };

  it('lists Kalix places: the central town first, then by population, with the year of each figure', async () => {
    const { data } = await api.graphql<{ places: PlaceData[] }>(
      `{ places(municipalitySlug: "kalix") { name kind population populationYear } }`,
    );
    const places = data!.places;
    expect(places).toHaveLength(13);
    expect(places[0]).toEqual({ name: 'Kalix', kind: 'CENTRAL_TOWN', population: 7495, populationYear: 2015 });
    expect(places[1]).toEqual({ name: 'Töre', kind: 'VILLAGE', population: 1051, populationYear: 2015 });
    expect(places.find((p) => p.name === 'Karlsborg')).toEqual({ name: 'Karlsborg', kind: 'VILLAGE', population: 351, populationYear: 2010 });
    expect(places.at(-1)).toEqual({ name: 'Övrebygden', kind: 'DISTRICT', population: null, populationYear: null });
  });

  it('filters by kind, on the query and on the municipality', async () => {
    const { data } = await api.graphql<{ places: PlaceData[]; municipality: { places: PlaceData[] } }>(
      `{ places(municipalitySlug: "kalix", kind: VILLAGE) { name kind }
         municipality(slug: "kalix") { places(kind: CENTRAL_TOWN) { name } } }`,
    );
    expect(data!.places).toHaveLength(11);
    expect(data!.places.every((p) => p.kind === 'VILLAGE')).toBe(true);
    expect(data!.municipality.places).toEqual([{ name: 'Kalix' }]);
  });
});

describe('bad input', () => {
  it('answers NOT_FOUND for an unknown municipality slug', async () => {
    const result = await api.graphql(`{ municipality(slug: "haparanda") { name } }`);
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ municipality: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const places = await api.graphql(`{ places(municipalitySlug: "haparanda") { name } }`);
    expect(places.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers BAD_USER_INPUT naming the field for a malformed slug or id', async () => {
    const slug = await api.graphql(`{ places(municipalitySlug: "Kalix kommun!") { name } }`);
    expect(slug.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'municipalitySlug' })],
    });
    const id = await api.graphql(`{ strategicArea(id: "42") { code } }`);
    expect(id.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'id' })] });
  });

  it('answers NOT_FOUND for an unknown area id or code', async () => {
    const id = await api.graphql(`{ strategicArea(id: "3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f") { code } }`);
    expect(id.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const code = await api.graphql(`{ municipality(slug: "kalix") { currentStrategy { area(code: "9.9") { id } } } }`);
    expect(code.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
