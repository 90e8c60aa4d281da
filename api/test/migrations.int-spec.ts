import { seedDemo } from '@medskapa/migrations';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataSourceOptions } from '../src/database/data-source-options';
import { cloneTemplateDatabase, type TestDatabase } from './support/test-database';

let database: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  database = await cloneTemplateDatabase(inject('adminUrl'), 'migrations');
  dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const count = async (table: string) =>
  Number((await dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n);

describe('migrations', () => {
  it('match the entities exactly (no drift: write a migration for every entity change)', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  it('all revert cleanly and apply again', async () => {
    const applied = (await dataSource.query(`SELECT count(*)::int AS n FROM typeorm_migration`))[0].n as number;
    expect(applied).toBe(dataSource.migrations.length);
    const snapshot = await dataSource.query(`SELECT count(*)::int AS n FROM place`);
    for (let i = 0; i < applied; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration'`,
    );
    expect(tables).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries).toEqual([]);
    await seedDemo(dataSource);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM place`)).toEqual(snapshot);
  });
});

describe('demo seed', () => {
  it('is idempotent: a second run inserts nothing and leaves edits alone', async () => {
    const before = {
      regions: await count('region'),
      municipalities: await count('municipality'),
      places: await count('place'),
      strategies: await count('strategy'),
      areas: await count('strategic_area'),
      goals: await count('goal'),
      ideas: await count('idea'),
      supports: await count('idea_support'),
    };
    expect(before).toEqual({ regions: 2, municipalities: 3, places: 18, strategies: 4, areas: 13, goals: 62, ideas: 7, supports: 10 });
    await dataSource.query(`UPDATE place SET population = 1100, population_year = 2024 WHERE name = 'Töre'`);
    const report = await seedDemo(dataSource);
    expect(report).toEqual({ regions: 0, municipalities: 0, places: 0, strategies: 0, areas: 0, goals: 0, users: 0, organizations: 0, ideas: 0, polls: 0, workshops: 0, dialogues: 0 });
    expect(await count('goal')).toBe(before.goals);
    expect(await count('idea')).toBe(before.ideas);
    expect(await count('idea_support')).toBe(before.supports);
    const [tore] = await dataSource.query(`SELECT population FROM place WHERE name = 'Töre'`);
    expect(tore.population).toBe(1100);
  });

  it('enforces the model in the database, not only in code', async () => {
    await expect(
      dataSource.query(`INSERT INTO strategy (key, title, description, period_start, status, source) VALUES ('x', '{}', '{}', 2020, 'ADOPTED', 's')`),
    ).rejects.toThrow(/ck_strategy_one_owner/);
    await expect(
      dataSource.query(`UPDATE strategic_area SET sdgs = '{18}' WHERE code = '5.1'`),
    ).rejects.toThrow(/ck_strategic_area_sdgs/);
    await expect(dataSource.query(`UPDATE municipality SET municipal_code = '25' WHERE slug = 'kalix'`)).rejects.toThrow(
      /ck_municipality_municipal_code/,
    );
  });
});
