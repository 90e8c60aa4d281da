// Shared by the bench scripts: paths, free ports, and embedded PostgreSQL started through the
// built app's own helpers (api/dist/database), so the bench uses exactly the app's bootstrap.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The persistent data directory of the large benchmark dataset (ignored by git). */
export const benchDataDir = resolve(root, process.env.MEDSKAPA_BENCH_DIR ?? '.medskapa-bench');
/** Written by `npm run bench:seed` when the dataset is complete; `npm run bench` looks for it. */
export const seedMarker = join(benchDataDir, 'bench-seed.json');
export const DATABASE = 'medskapa';

const require = createRequire(import.meta.url);

function dist(path) {
  const file = join(root, 'api/dist', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return require(file);
}

export function readSeedMarker() {
  try {
    return JSON.parse(readFileSync(seedMarker, 'utf8'));
  } catch {
    return null;
  }
}

/** Ports held open until all are known, so no two users get the same one. */
export async function freePorts(count) {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise((ok, fail) => {
      const server = createServer().once('error', fail);
      server.listen(0, '127.0.0.1', () => ok(server));
    })),
  );
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

/**
 * Starts the embedded PostgreSQL on `dataDir` with the app's helper, creates the `medskapa`
 * database when missing and, with `migrate`, applies the app's migrations and demo seed exactly as
 * the app does at start-up. Returns the database URL and a stop function.
 */
export async function startDatabase({ dataDir, port, migrate = false }) {
  const { startEmbeddedPostgres } = dist('database/embedded-postgres.js');
  const { ensureDatabaseExists, openMigratedDataSource } = dist('database/database-bootstrap.js');
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  try {
    await ensureDatabaseExists(embedded.adminUrl, DATABASE);
    const url = embedded.urlFor(DATABASE);
    let migrated = null;
    if (migrate) {
      const opened = await openMigratedDataSource(url, { seed: true });
      migrated = { migrations: opened.migrated, seeded: opened.seeded };
      await opened.dataSource.destroy();
    }
    return { url, migrated, stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

export function elapsed(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}
