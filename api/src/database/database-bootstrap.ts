import { seedDemo, type SeedReport } from '@medskapa/migrations';
import { Client } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export class DatabaseUnreachableError extends Error {}

function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** Fails fast, naming the host, when the server behind `url` does not answer. */
export async function assertDatabaseReachable(url: string, source: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new DatabaseUnreachableError(`Cannot reach PostgreSQL at ${describeServer(url)} (${source}): ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database named in `url` when the server lacks it (the embedded server starts with none). */
export async function ensureDatabaseExists(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Opens a data source on `url`, runs pending migrations and optionally seeds the demo. */
export async function openMigratedDataSource(
  url: string,
  options: { seed: boolean; logger?: Logger; poolSize?: number },
): Promise<{ dataSource: DataSource; migrated: string[]; seeded: SeedReport | null }> {
  const dataSource = new DataSource(
    dataSourceOptions(url, { logger: options.logger, logging: options.logger ? true : false, poolSize: options.poolSize }),
  );
  await dataSource.initialize();
  try {
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    const seeded = options.seed ? await seedDemo(dataSource) : null;
    return { dataSource, migrated: migrations.map((m) => m.name), seeded };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
