#!/usr/bin/env node
// `npm run bench`: throughput and latency of the public GraphQL API over real HTTP against the
// built app on embedded PostgreSQL. Prints a table; no pass/fail.
//
// With the large dataset of `npm run bench:seed` (.medskapa-bench/: 100,000 ideas, 1,000,000
// supports, 300,000 comments) it also runs the issue-4 scenarios (the first page of ideas by most
// supported, an idea page with its first 20 comments, supportIdea), each against the app and against
// a minimal raw-pg server doing the equivalent SQL (raw-pg-server.mjs), at the same connection
// levels, and prints the app/raw ratio. Without it, it runs the original scenarios on a fresh demo
// database and says how to get the rest.
//
// BENCH_DURATION (seconds per row, default 10), BENCH_CONNECTIONS (default 1,10,50).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { benchDataDir, freePorts, readSeedMarker, root, startDatabase } from './lib.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connectionLevels = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);
const WARMUP_SECONDS = 2;

const SCENARIOS = {
  'kalix-start-page': `{ municipality(slug: "kalix") { name region { name } currentStrategy { title description periodStart periodEnd status translationStatus areas { code title description sdgs translationStatus goals { id } } } } }`,
  'kalix-strategy-full': `{ municipality(slug: "kalix") { currentStrategy { title areas { code title description regionalArea { title } goals { title steps translationStatus regionalGoal { title } } } } } }`,
  'kalix-places': `{ places(municipalitySlug: "kalix") { name kind population populationYear } }`,
};

const IDEAS_FIRST_PAGE = `{ ideas(filter: {municipalitySlug: "kalix"}, first: 20, orderBy: MOST_SUPPORTED) { totalCount edges { node { id reference title status supportCount commentCount createdAt author { displayName } goals { id title } places { id name } } } pageInfo { hasNextPage endCursor } } }`;
const IDEA_PAGE = `query($id: ID!) { idea(id: $id) { id reference title body status supportCount commentCount author { displayName } goals { id title } places { name } comments(first: 20) { totalCount edges { node { id body createdAt author { displayName } isIdeaAuthor isOfficer replies { id body createdAt author { displayName } } } } } } }`;
/** Until Idea.comments exists in the schema (being written in parallel): the same page without comments. */
const IDEA_PAGE_WITHOUT_COMMENTS = `query($id: ID!) { idea(id: $id) { id reference title body status supportCount commentCount author { displayName } goals { id title } places { name } } }`;
const SUPPORT_IDEA = `mutation($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerHasSupported } }`;

const BASE_HEADERS = { 'content-type': 'application/json', 'accept-language': 'sv' };

// ---------------------------------------------------------------- processes

function spawnNode(script, env) {
  return spawn(process.execPath, [script], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
}

async function waitHealthy(child, url, what) {
  for (let i = 0; i < 450; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not become healthy`);
}

function terminate(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(force);
      ok();
    });
    child.kill('SIGTERM');
  });
}

// ---------------------------------------------------------------- load

/**
 * One autocannon run. `next()` gives each request's body and extra headers (for supportIdea: a new
 * (session, idea) pair every time); GraphQL errors in 200 responses count as errors too.
 */
async function load({ url, path, body, next, connections, seconds }) {
  const errors = { graphql: 0, sample: null };
  const request = {
    method: 'POST',
    path,
    headers: BASE_HEADERS,
    body,
    onResponse: (status, responseBody) => {
      if (status === 200 && responseBody.includes('"errors"')) {
        errors.graphql++;
        errors.sample ??= responseBody.slice(0, 300);
      } else if (status !== 200) {
        errors.sample ??= `HTTP ${status}: ${responseBody.slice(0, 300)}`;
      }
    },
  };
  if (next) {
    request.setupRequest = (req) => {
      const { body: nextBody, headers } = next();
      return { ...req, headers: { ...BASE_HEADERS, ...headers }, body: nextBody };
    };
  }
  const result = await autocannon({ url, connections, duration: seconds, requests: [request] });
  return {
    'req/s': result.requests.average < 100 ? Math.round(result.requests.average * 10) / 10 : Math.round(result.requests.average),
    p50: result.latency.p50,
    p95: percentile(result.latency, 95),
    p99: result.latency.p99,
    requests: result.requests.total,
    ok: result['2xx'] - errors.graphql,
    errors: result.errors + result.timeouts + result.non2xx + errors.graphql,
    sample: errors.sample,
  };
}

/** autocannon reports p90 and p97.5 but not p95: interpolate between them (stated in the output). */
function percentile(latency, p) {
  if (latency.p95 !== undefined) return latency.p95;
  if (p === 95) return Math.round((latency.p90 + (latency.p97_5 - latency.p90) * (5 / 7.5)) * 100) / 100;
  return NaN;
}

let supportsAnswered = 0; // successful supportIdea responses, warm-ups and checks included

async function checkOnce(url, path, body, headers = {}) {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { ...BASE_HEADERS, ...headers }, body });
  const json = await response.json();
  if (!response.ok || json.errors) throw new Error(`${path}: ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json;
}

// ---------------------------------------------------------------- bench dataset

/** Takes back every support, follow and rate-limit window of the bench writers, so each run starts from the seeded dataset. */
async function resetWriters(client) {
  await client.query('BEGIN');
  const { rowCount } = await client.query(`
    WITH gone AS (DELETE FROM idea_support s USING bench.bench_user b WHERE b.writer AND s.user_id = b.user_id RETURNING s.idea_id),
         counts AS (SELECT idea_id, count(*)::int AS n FROM gone GROUP BY idea_id)
    UPDATE idea i SET support_count = i.support_count - c.n FROM counts c WHERE i.id = c.idea_id`);
  await client.query(`DELETE FROM idea_follow f USING bench.bench_user b WHERE b.writer AND f.user_id = b.user_id`);
  await client.query(`DELETE FROM rate_limit_counter WHERE bucket IN (SELECT 'writes:user:' || user_id FROM bench.bench_user WHERE writer)`);
  // A session used within the hour is not touched again: keep the steady state, not a first request's write.
  await client.query(`UPDATE session s SET last_used_at = now() FROM bench.bench_user b WHERE b.writer AND s.user_id = b.user_id`);
  await client.query('COMMIT');
  return rowCount;
}

/**
 * (session, idea) pairs that are each a new support: writers have no seeded supports and author no
 * ideas; the k-th pair is idea k mod N with writer (k + ⌊k/N⌋) mod W, distinct for k < N·W. Writers
 * take turns, so each gets at most ⌈requests/W⌉ writes: far below the 60-per-minute limit.
 */
function supportPairs(tokens, ideaIds) {
  let k = 0;
  return {
    next() {
      const idea = ideaIds[k % ideaIds.length];
      const writer = (k + Math.floor(k / ideaIds.length)) % tokens.length;
      k++;
      return { body: JSON.stringify({ query: SUPPORT_IDEA, variables: { id: idea } }), headers: { authorization: `Bearer ${tokens[writer]}` }, ideaId: idea, token: tokens[writer] };
    },
    get used() {
      return k;
    },
  };
}

/** The first path where two JSON values differ, timestamps compared as instants (PostgreSQL's json has µs and +00:00). */
function firstDifference(a, b, path = '') {
  const instant = (v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v).toISOString() : v);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return `${path} (length ${a?.length} vs ${b?.length})`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return instant(a) === instant(b) ? null : `${path} (${JSON.stringify(a)?.slice(0, 60)} vs ${JSON.stringify(b)?.slice(0, 60)})`;
}

function shuffle(array) {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [array[i], array[j]] = [array[j], array[i]];
  }
  return array;
}

// ---------------------------------------------------------------- main

const marker = readSeedMarker();
const large = marker !== null && existsSync(join(benchDataDir, 'postgres', 'PG_VERSION'));
const dataDir = large ? benchDataDir : mkdtempSync(join(tmpdir(), 'medskapa-bench-'));
const [port, rawPort, pgPort] = await freePorts(3);
const appUrl = `http://127.0.0.1:${port}`;
const rawUrl = `http://127.0.0.1:${rawPort}`;

let db = null;
let app = null;
let raw = null;
let client = null;
const rows = [];
try {
  const cpuList = cpus();
  console.log(`Medskapa API benchmark — ${cpuList.length} cores (${cpuList[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  if (large) {
    console.log(`Dataset: .medskapa-bench (${marker.ideas.toLocaleString('en')} bench ideas, ${marker.supports.toLocaleString('en')} supports, ${marker.comments.toLocaleString('en')} comments; seeded ${marker.finishedAt}).`);
  } else {
    console.log('Dataset: the Kalix demo only. Run `npm run bench:seed` (a few minutes, once) for the issue-4 scenarios on 100,000 ideas,');
    console.log('1,000,000 supports and 300,000 comments against the app and a raw-pg baseline.');
  }
  console.log(`App, raw-pg baseline, PostgreSQL and the load generator share this machine; ${duration} s per row after a ${WARMUP_SECONDS} s warm-up.`);
  console.log(`Load average before the run: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (anything else running skews the figures).\n`);

  // PostgreSQL is started here (the app's own helper) and given to the app as DATABASE_URL, so the
  // app and the raw-pg baseline use the same server; the app applies migrations and the demo seed.
  db = await startDatabase({ dataDir, port: pgPort });
  app = spawnNode(join(root, 'api/dist/main.js'), { PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
  await waitHealthy(app, appUrl, 'the app');

  for (const [name, query] of Object.entries(SCENARIOS)) {
    const body = JSON.stringify({ query });
    await checkOnce(appUrl, '/graphql', body);
    await load({ url: appUrl, path: '/graphql', body, connections: 10, seconds: WARMUP_SECONDS });
    for (const connections of connectionLevels) {
      const result = await load({ url: appUrl, path: '/graphql', body, connections, seconds: duration });
      rows.push({ scenario: name, impl: 'app', connections, ...result });
    }
  }

  if (large) {
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const removed = await resetWriters(client);
    if (removed) console.log(`Took back ${removed} supports left by an earlier run.`);
    const { rows: [pick] } = await client.query(
      `SELECT id, reference, comment_count FROM idea WHERE reference LIKE 'KALIX-BENCH-%' AND status <> 'HIDDEN' ORDER BY comment_count DESC, id LIMIT 1`,
    );
    const { rows: tokenRows } = await client.query(`SELECT token FROM bench.bench_user WHERE writer ORDER BY n`);
    const { rows: ideaRows } = await client.query(
      `SELECT i.id FROM idea i JOIN municipality m ON m.id = i.municipality_id AND m.slug = 'kalix'
        WHERE i.status <> 'HIDDEN' AND NOT EXISTS (SELECT 1 FROM bench.bench_user b WHERE b.writer AND b.user_id = i.author_id)`,
    );
    const tokens = tokenRows.map((row) => row.token);
    const pairs = supportPairs(tokens, shuffle(ideaRows.map((row) => row.id)));

    raw = spawnNode(join(root, 'api/bench/raw-pg-server.mjs'), { PORT: String(rawPort), HOST: '127.0.0.1', DATABASE_URL: db.url });
    await waitHealthy(raw, rawUrl, 'the raw-pg baseline');

    const introspection = await checkOnce(appUrl, '/graphql', JSON.stringify({ query: `{ idea: __type(name: "Idea") { fields { name } } comment: __type(name: "Comment") { fields { name } } }` }));
    const ideaFields = new Set(introspection.data.idea?.fields.map((f) => f.name) ?? []);
    const commentFields = new Set(introspection.data.comment?.fields?.map((f) => f.name) ?? []);
    const withComments = ideaFields.has('comments') && ['isIdeaAuthor', 'isOfficer', 'replies', 'author', 'body', 'createdAt'].every((f) => commentFields.has(f));
    if (!withComments) console.log('Note: Idea.comments is not in the schema yet; the idea page runs without its comments (app and raw alike).\n');
    console.log(`Idea page: ${pick.reference} (${pick.comment_count} comments). supportIdea: ${tokens.length.toLocaleString('en')} signed-in writers, ${ideaRows.length.toLocaleString('en')} ideas.\n`);

    const scenarios = [
      {
        name: 'ideas-first-page',
        app: { body: JSON.stringify({ query: IDEAS_FIRST_PAGE }) },
        raw: { body: JSON.stringify({ municipalitySlug: 'kalix', first: 20 }) },
      },
      {
        name: withComments ? 'idea-page+20-comments' : 'idea-page (no comments yet)',
        app: { body: JSON.stringify({ query: withComments ? IDEA_PAGE : IDEA_PAGE_WITHOUT_COMMENTS, variables: { id: pick.id } }) },
        raw: { body: JSON.stringify({ id: pick.id, comments: withComments }) },
      },
      {
        name: 'supportIdea',
        app: { next: () => pairs.next() },
        raw: {
          next: () => {
            const pair = pairs.next();
            return { body: JSON.stringify({ ideaId: pair.ideaId }), headers: pair.headers };
          },
        },
      },
    ];
    const rawPaths = { 'ideas-first-page': '/raw/ideas', supportIdea: '/raw/support-idea' };
    for (const scenario of scenarios) {
      const targets = [
        { impl: 'app', url: appUrl, path: '/graphql', ...scenario.app },
        { impl: 'raw pg', url: rawUrl, path: rawPaths[scenario.name] ?? '/raw/idea', ...scenario.raw },
      ];
      const answers = [];
      for (const target of targets) {
        const first = target.next ? target.next() : { body: target.body, headers: {} };
        answers.push(await checkOnce(target.url, target.path, first.body, first.headers));
        const warmup = await load({ ...target, connections: 10, seconds: WARMUP_SECONDS });
        if (scenario.name === 'supportIdea') supportsAnswered += 1 + warmup.ok;
      }
      // The baseline must answer what the app answers (supportIdea: different pairs, so only the shape).
      const difference = scenario.name === 'supportIdea'
        ? firstDifference(Object.keys(answers[0].data.supportIdea), Object.keys(answers[1].data.supportIdea))
        : firstDifference(answers[0].data, answers[1].data);
      console.log(`${scenario.name}: raw-pg answer ${difference ? `DIFFERS from the app's at ${difference}` : "is the same as the app's"}.`);
      // App and baseline alternate per connection level, so background load hits both alike.
      for (const connections of connectionLevels) {
        for (const target of targets) {
          const result = await load({ ...target, connections, seconds: duration });
          if (scenario.name === 'supportIdea') supportsAnswered += result.ok;
          rows.push({ scenario: scenario.name, impl: target.impl, connections, ...result });
        }
      }
    }
    const { rows: [made] } = await client.query(
      `SELECT count(*)::int AS supports FROM idea_support s JOIN bench.bench_user b ON b.user_id = s.user_id AND b.writer`,
    );
    // Pairs are distinct by construction; requests still in flight when a run's time is up are served
    // but not counted, so answered ≤ written ≤ handed out.
    const consistent = supportsAnswered <= made.supports && made.supports <= pairs.used;
    console.log(
      `supportIdea: ${supportsAnswered.toLocaleString('en')} successful responses (app and raw, warm-ups included), ${made.supports.toLocaleString('en')} new supports written, ` +
        `${pairs.used.toLocaleString('en')} distinct (session, idea) pairs handed out${consistent ? '' : ' — INCONSISTENT: some request did not add a support'}.`,
    );
    await resetWriters(client);
  }

  // The table: app/raw ratio of req/s beside each app row that has a baseline.
  const table = rows.map((row) => {
    const baseline = row.impl === 'app' ? rows.find((r) => r.impl === 'raw pg' && r.scenario === row.scenario && r.connections === row.connections) : null;
    return {
      scenario: row.scenario,
      impl: row.impl,
      conns: row.connections,
      'req/s': row['req/s'],
      'p50 ms': row.p50,
      'p95 ms': row.p95,
      'p99 ms': row.p99,
      errors: row.errors,
      'app/raw req/s': baseline ? (baseline['req/s'] ? Number((row['req/s'] / baseline['req/s']).toFixed(2)) : 'n/a') : '',
    };
  });
  console.table(table);
  console.log(`p95 is interpolated between autocannon's p90 and p97.5. Load average after the run: ${loadavg().map((l) => l.toFixed(2)).join(' ')}.`);
  for (const row of rows.filter((r) => r.errors && r.sample)) console.log(`errors in ${row.scenario} (${row.impl}, ${row.connections}): ${row.sample}`);

  if (large) {
    const resultsDir = join(benchDataDir, 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const report = { at: new Date().toISOString(), durationSeconds: duration, loadAverageAfter: loadavg(), connections: connectionLevels, machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version }, dataset: marker, rows };
    writeFileSync(file, JSON.stringify(report, null, 2));
    writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(report, null, 2));
    console.log(`Results: ${file}`);
  }
} finally {
  await client?.end().catch(() => undefined);
  await terminate(raw);
  await terminate(app);
  await db?.stop();
  if (!large) rmSync(dataDir, { recursive: true, force: true });
}
