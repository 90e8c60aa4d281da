import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openMigratedDataSource } from '../../src/database/database-bootstrap';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { freePort } from './free-port';
import { adminQuery, TEMPLATE_DATABASE, withDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a database on the test server from which databases can be created and dropped. */
    adminUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run (embedded, or the server in DATABASE_URL), with a template
 * database migrated and seeded once; each test file clones it.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    adminUrl = withDatabase(adminUrl, 'postgres');
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'medskapa-int-'));
    const port = await freePort();
    embedded = await startEmbeddedPostgres({ dataDir, port });
    adminUrl = embedded.adminUrl;
  }

  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  const { dataSource } = await openMigratedDataSource(withDatabase(adminUrl, TEMPLATE_DATABASE), { seed: true });
  await dataSource.destroy();

  project.provide('adminUrl', adminUrl);

  return async () => {
    if (embedded) {
      await embedded.stop();
    } else {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
