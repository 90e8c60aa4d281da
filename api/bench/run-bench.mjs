#!/usr/bin/env node
// `npm run bench`: throughput and latency of the public GraphQL API over real HTTP against the
// built app on embedded PostgreSQL with the Kalix demo. Prints a table; no pass/fail.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connectionLevels = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);

const SCENARIOS = {
  'kalix-start-page': `{ municipality(slug: "kalix") { name region { name } currentStrategy { title description periodStart periodEnd status translationStatus areas { code title description sdgs translationStatus goals { id } } } } }`,
  'kalix-strategy-full': `{ municipality(slug: "kalix") { currentStrategy { title areas { code title description regionalArea { title } goals { title steps translationStatus regionalGoal { title } } } } } }`,
  'kalix-places': `{ places(municipalitySlug: "kalix") { name kind population populationYear } }`,
};

// Both ports are held open until both are known, so the app and PostgreSQL never get the same one.
async function freePorts(count) {
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

async function startApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'medskapa-bench-'));
  const [port, pgPort] = await freePorts(2);
  const child = spawn(process.execPath, [join(root, 'api/dist/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', MEDSKAPA_DATA_DIR: dataDir, MEDSKAPA_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', DATABASE_URL: process.env.DATABASE_URL ?? '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 450; i++) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, stop: () => stop(child, dataDir) };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('app did not become healthy');
}

function stop(child, dataDir) {
  return new Promise((ok) => {
    child.once('exit', () => {
      rmSync(dataDir, { recursive: true, force: true });
      ok();
    });
    child.kill('SIGTERM');
  });
}

function run(url, query, connections, seconds) {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'sv' },
    body: JSON.stringify({ query }),
    connections,
    duration: seconds,
  });
}

const app = await startApp();
try {
  const cpuList = cpus();
  console.log(`Medskapa API benchmark — ${cpuList.length} cores (${cpuList[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`App and load generator share this machine; ${duration} s per row after a 2 s warm-up.\n`);
  const rows = [];
  for (const [name, query] of Object.entries(SCENARIOS)) {
    const check = await (await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
    if (check.errors) throw new Error(`${name}: ${JSON.stringify(check.errors)}`);
    await run(app.url, query, 10, 2);
    for (const connections of connectionLevels) {
      const result = await run(app.url, query, connections, duration);
      rows.push({
        scenario: name,
        connections,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p90 ms': result.latency.p90,
        'p97.5 ms': result.latency.p97_5,
        'p99 ms': result.latency.p99,
        'max ms': result.latency.max,
        errors: result.errors + result.non2xx,
      });
    }
  }
  console.table(rows);
} finally {
  await app.stop();
}
