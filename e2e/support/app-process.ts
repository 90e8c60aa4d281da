import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
const MAIN = join(REPO_ROOT, 'api', 'dist', 'main.js');

/** `count` distinct free ports: all are held open until every one is known, so none repeats. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolveServer, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolveServer(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

export interface AppProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs the built app exactly as `npm start` does (node api/dist/main.js), on free ports, with
 * its own embedded PostgreSQL data directory, and waits until /health answers 200.
 */
export async function startAppProcess(
  options: { dataDir?: string; env?: Record<string, string>; waitForHealth?: boolean; viaNpmStart?: boolean } = {},
): Promise<AppProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'medskapa-e2e-'));
  const [port, pgPort] = (await freePorts(2)) as [number, number];
  let output = '';
  // viaNpmStart runs the README's command itself (its build step is a cache hit after `npm run build`).
  const [command, args] = options.viaNpmStart ? ['npm', ['start']] : [process.execPath, [MAIN]];
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env.CI ? { CI: process.env.CI } : {}),
      MEDSKAPA_SEED: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      MEDSKAPA_DATA_DIR: dataDir,
      MEDSKAPA_PG_PORT: String(pgPort),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const url = `http://127.0.0.1:${port}`;

  const app: AppProcess = {
    url,
    dataDir,
    child,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  if (options.waitForHealth === false) return app;

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode} before it was ready:\n${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200) return app;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await app.stop('SIGKILL');
  throw new Error(`The app did not become healthy within 90 s:\n${output}`);
}
