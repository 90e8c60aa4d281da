import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalData, submitIdeaSchema } from '@medskapa/shared';
import taxonomy from './data/taxonomy.json';

interface Text { sv: string; fi: string; fit: string }
interface StrategyFile {
  key: string;
  owner: { municipality?: string; region?: string };
  title: Text;
  description: Text;
  areas: Array<{ code: string; title: Text; description: Text; regionalArea: string | null; sdgs: number[]; goals: Array<{ code: string; title: Text; regionalGoal: string | null; steps: Text[] }> }>;
}

const dir = join(__dirname, 'data', 'strategies');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const strategies = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as StrategyFile]));

function textsOf(strategy: StrategyFile): Array<[string, Text]> {
  return [
    [`${strategy.key} title`, strategy.title],
    [`${strategy.key} description`, strategy.description],
    ...strategy.areas.flatMap((area): Array<[string, Text]> => [
      [`${area.code} title`, area.title],
      [`${area.code} description`, area.description],
      ...area.goals.flatMap((goal): Array<[string, Text]> => [
        [`${goal.code} title`, goal.title],
        ...goal.steps.map((step, i): [string, Text] => [`${goal.code} step ${i + 1}`, step]),
      ]),
    ]),
  ];
}

describe('strategy seed files', () => {
  it('are all listed in taxonomy.json and seeded', () => {
    expect([...taxonomy.strategies].sort()).toEqual([...files].sort());
  });

  it.each(files)('%s has Swedish source text and a Finnish and a Meänkieli translation of every text', (file) => {
    for (const [where, text] of textsOf(strategies.get(file)!)) {
      for (const locale of ['sv', 'fi', 'fit'] as const) expect(text[locale]?.trim(), `${where} (${locale})`).toBeTruthy();
      expect(text.fi, `${where}: fi is a copy of sv`).not.toBe(text.sv);
      expect(text.fit, `${where}: fit is a copy of sv`).not.toBe(text.sv);
    }
  });

  it.each(files)('%s uses unique codes and Agenda 2030 numbers 1–17', (file) => {
    const strategy = strategies.get(file)!;
    const codes = strategy.areas.flatMap((a) => [a.code, ...a.goals.map((g) => g.code)]);
    expect(new Set(codes).size).toBe(codes.length);
    for (const area of strategy.areas) for (const sdg of area.sdgs) expect(sdg).toBeGreaterThanOrEqual(1), expect(sdg).toBeLessThanOrEqual(17);
  });

  it('links every Kalix area and målbild to an existing Norrbotten counterpart', () => {
    const kalix = strategies.get('kalix-lus-2026-2040.json')!;
    const norrbotten = strategies.get('norrbotten-rus-2040.json')!;
    const regionalAreas = new Set(norrbotten.areas.map((a) => a.code));
    const regionalGoals = new Set(norrbotten.areas.flatMap((a) => a.goals.map((g) => g.code)));
    expect(kalix.areas).toHaveLength(4);
    expect(kalix.areas.flatMap((a) => a.goals)).toHaveLength(16);
    for (const area of kalix.areas) {
      expect(regionalAreas.has(area.regionalArea!), area.code).toBe(true);
      for (const goal of area.goals) expect(regionalGoals.has(goal.regionalGoal!), goal.code).toBe(true);
    }
  });

  it('never invents a population: every figure has its year', () => {
    for (const municipality of taxonomy.municipalities) {
      for (const place of municipality.places) {
        expect(place.population === null, place.name).toBe(place.populationYear === null);
      }
    }
  });
});

describe('demo ideas', () => {
  const ideas = JSON.parse(readFileSync(join(__dirname, 'data', 'demo-ideas.json'), 'utf8')) as {
    strategy: string;
    ideas: Array<{ author: string; locale: string; title: string; body: string; goals: string[]; places: string[]; supporters: string[] }>;
  };
  const users = JSON.parse(readFileSync(join(__dirname, 'data', 'demo-users.json'), 'utf8')) as { users: Array<{ email: string }> };
  const lus = [...strategies.values()].find((s) => s.key === ideas.strategy)!;
  const goalCodes = lus.areas.flatMap((a) => a.goals.map((g) => g.code));
  const kalixPlaces = (taxonomy.municipalities.find((m) => m.slug === 'kalix')!.places as Array<{ name: string }>).map((p) => p.name);

  it('are 6–8 ideas in sv, fi and fit that the API itself would accept', () => {
    expect(ideas.ideas.length).toBeGreaterThanOrEqual(6);
    expect(ideas.ideas.length).toBeLessThanOrEqual(8);
    expect(new Set(ideas.ideas.map((i) => i.locale))).toEqual(new Set(['sv', 'fi', 'fit']));
    for (const idea of ideas.ideas) {
      const parsed = submitIdeaSchema.safeParse({ municipalitySlug: 'kalix', title: idea.title, body: idea.body, locale: idea.locale, goalIds: [], placeIds: [] });
      expect(parsed.error?.issues.map((i) => i.path.join('.')) ?? [], idea.title).toEqual(['goalIds']);
      expect(findPersonalData(`${idea.title} ${idea.body}`), idea.title).toEqual([]);
      expect(idea.goals.every((code) => goalCodes.includes(code)), idea.title).toBe(true);
      expect(idea.places.every((name) => kalixPlaces.includes(name)), idea.title).toBe(true);
      for (const email of [idea.author, ...idea.supporters]) expect(users.users.map((u) => u.email)).toContain(email);
      expect(idea.supporters).not.toContain(idea.author);
    }
  });
});
