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
// In both modes it runs castVote (youth polls, no account), against the app and the raw-pg server
// (POST /raw/cast-vote: poll + status + option + wrong-code limits + consume-and-insert in one
// statement). Setup in SQL: a poll of a SCHOOL_COUNCIL organization (Kalix "Elevrådet
// Furuhedsskolan", created if there is none), open now and closing in a day, 3 options, one batch
// of voter codes for the app and one for the baseline (separate code ranges: the app's codes start
// with 2, the baseline's with 3). Codes are a deterministic base-31 numbering over the voter-code
// alphabet (already normalized), hashed inside PostgreSQL with sha256(); before every run each side
// is stocked with enough fresh codes for twice its fastest rate so far. Every request sends the
// next code of its side (autocannon setupRequest), the option rotates. Afterwards the bench checks
// per side that votes in the DB = codes used = successful receipts + requests cut off at the end
// of a run that the server still served, and that no request failed. The poll is deleted at the end.
//
// surveyResults: an officer reads the results of the demo survey (every question type but
// ranking: counts, shares, the scale average, places, målbilder, the first 20 free texts) after
// the bench has added BENCH_SURVEY_RESPONSES (default 2,000) submitted responses, copies of the
// seeded ones, in SQL; they are deleted afterwards.
//
// BENCH_DURATION (seconds per row, default 10), BENCH_CONNECTIONS (default 1,10,50),
// BENCH_SCENARIOS (comma-separated; default all): kalix-start-page, kalix-strategy-full,
// kalix-places, ideas-first-page, idea-page, supportIdea (these three need the large dataset),
// castVote, surveyResults. E.g. BENCH_SCENARIOS=castVote npm run bench.
import autocannon from 'autocannon';
import shared from '@medskapa/shared';
import { spawn } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { benchDataDir, freePorts, readSeedMarker, root, startDatabase } from './lib.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connectionLevels = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);
const WARMUP_SECONDS = 2;
const { formatVoterCode, normalizeVoterCode, VOTER_CODE_ALPHABET, VOTER_CODE_LENGTH, VOTER_CODE_PATTERN } = shared;

const ALL_SCENARIOS = ['kalix-start-page', 'kalix-strategy-full', 'kalix-places', 'ideas-first-page', 'idea-page', 'supportIdea', 'castVote', 'surveyResults'];
const ISSUE4_SCENARIOS = ['ideas-first-page', 'idea-page', 'supportIdea'];
const selected = process.env.BENCH_SCENARIOS ? process.env.BENCH_SCENARIOS.split(',').map((s) => s.trim()).filter(Boolean) : ALL_SCENARIOS;
const unknown = selected.filter((name) => !ALL_SCENARIOS.includes(name));
if (unknown.length) throw new Error(`BENCH_SCENARIOS: unknown ${unknown.join(', ')} (known: ${ALL_SCENARIOS.join(', ')})`);
const wanted = (name) => selected.includes(name);

const SCENARIOS = {
  'kalix-start-page': `{ municipality(slug: "kalix") { name region { name } currentStrategy { title description periodStart periodEnd status translationStatus areas { code title description sdgs translationStatus goals { id } } } } }`,
  'kalix-strategy-full': `{ municipality(slug: "kalix") { currentStrategy { title areas { code title description regionalArea { title } goals { title steps translationStatus regionalGoal { title } } } } } }`,
  'kalix-places': `{ places(municipalitySlug: "kalix") { name kind population populationYear } }`,
};

const IDEAS_FIRST_PAGE = `{ ideas(filter: {municipalitySlug: "kalix"}, first: 20, orderBy: MOST_SUPPORTED) { totalCount edges { node { id reference title status supportCount commentCount createdAt author { displayName } goals { id title } places { id name } } } pageInfo { hasNextPage endCursor } } }`;
const IDEA_PAGE = `query($id: ID!) { idea(id: $id) { id reference title body status supportCount commentCount author { displayName } goals { id title } places { name } comments(first: 20) { totalCount edges { node { id body createdAt author { displayName } isIdeaAuthor isOfficer replies { id body createdAt author { displayName } } } } } } }`;
/** Until Idea.comments exists in the schema (being written in parallel): the same page without comments. */
const IDEA_PAGE_WITHOUT_COMMENTS = `query($id: ID!) { idea(id: $id) { id reference title body status supportCount commentCount author { displayName } goals { id title } places { name } } }`;
const SURVEY_RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { responseCount totalResponseCount languages { locale count } questions { answeredCount shownCount otherCount average options { count share option { text } } scale { value count share } places { count share place { name } } goals { count share goal { code } } freeTexts(first: 20) { totalCount edges { node { text mayContainPersonalData } } } } } }`;
const BENCH_SURVEY_TOKEN_PREFIX = 'medskapa-bench-';
const surveyResponses = Number(process.env.BENCH_SURVEY_RESPONSES ?? 2000);
const SUPPORT_IDEA = `mutation($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerHasSupported } }`;
const CAST_VOTE = `mutation($poll: ID!, $option: ID!, $code: String) { castVote(pollId: $poll, optionId: $option, voterCode: $code) { pollId optionId castAt receiptCode } }`;

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
async function load({ url, path, body, next, answered, connections, seconds }) {
  const errors = { graphql: 0, sample: null };
  const request = {
    method: 'POST',
    path,
    headers: BASE_HEADERS,
    body,
    onResponse: (status, responseBody, context) => {
      answered?.(status, responseBody, context);
      if (status === 200 && responseBody.includes('"errors"')) {
        errors.graphql++;
        errors.sample ??= responseBody.slice(0, 300);
      } else if (status !== 200) {
        errors.sample ??= `HTTP ${status}: ${responseBody.slice(0, 300)}`;
      }
    },
  };
  if (next) {
    request.setupRequest = (req, context) => {
      const { body: nextBody, headers } = next(context);
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

// ---------------------------------------------------------------- castVote

const BENCH_POLL_AUDIENCE = 'medskapa-bench castVote'; // marks the bench's polls, deleted before and after
const CODE_BASE = VOTER_CODE_ALPHABET.length; // 31
const CODE_PLACES = Array.from({ length: VOTER_CODE_LENGTH }, (_, i) => CODE_BASE ** (VOTER_CODE_LENGTH - 1 - i)); // 31^7 … 1
const FIRST_STOCK = 20_000; // codes per side before its first request (check + warm-up)

/** The code numbered n (0 ≤ n < 31^8): base 31 over the alphabet, most significant first. */
function voterCode(n) {
  return CODE_PLACES.map((place) => VOTER_CODE_ALPHABET[Math.floor(n / place) % CODE_BASE]).join('');
}
const hashOf = (code) => createHash('sha256').update(normalizeVoterCode(code)).digest('hex');

/**
 * The same numbering in SQL, hashed in PostgreSQL: codes [from, to) of a side. The app's hash is
 * SHA-256 of the normalized code; these codes are already normalized (checked on samples below).
 */
const INSERT_CODES = `
  INSERT INTO voter_code (poll_id, batch_id, code_hash)
  SELECT $1, $2, encode(sha256(convert_to(c.code, 'UTF8')), 'hex')
    FROM generate_series($3::bigint, $4::bigint - 1) AS n,
    LATERAL (SELECT string_agg(substr($5, ((n / w.place) % ${CODE_BASE})::int + 1, 1), '' ORDER BY w.i) AS code
               FROM unnest($6::bigint[]) WITH ORDINALITY AS w(place, i)) c`;

async function deleteBenchPolls(client) {
  const { rowCount } = await client.query(`DELETE FROM poll WHERE audience = $1`, [BENCH_POLL_AUDIENCE]);
  return rowCount;
}

/** The poll, its options and one batch per side, in SQL. */
async function setUpVoting(client) {
  const leftover = await deleteBenchPolls(client);
  if (leftover) console.log(`castVote: deleted ${leftover} bench poll(s) left by an earlier run.`);
  let createdOrganization = null;
  let { rows: [organization] } = await client.query(`
    SELECT o.id, o.name, o.municipality_id FROM organization o JOIN municipality m ON m.id = o.municipality_id
     WHERE o.kind = 'SCHOOL_COUNCIL' ORDER BY (o.name = 'Elevrådet Furuhedsskolan') DESC, (m.slug = 'kalix') DESC, o.created_at LIMIT 1`);
  if (!organization) {
    ({ rows: [organization] } = await client.query(`
      INSERT INTO organization (municipality_id, name, kind, status, description)
      SELECT id, 'Elevrådet Furuhedsskolan', 'SCHOOL_COUNCIL', 'APPROVED', 'Created by npm run bench for the castVote scenario.'
        FROM municipality WHERE slug = 'kalix'
      RETURNING id, name, municipality_id`));
    createdOrganization = organization.id;
  }
  const text = (sv, fi, fit) => JSON.stringify({ sv: { text: sv, status: 'REVIEWED' }, fi: { text: fi, status: 'REVIEWED' }, fit: { text: fit, status: 'REVIEWED' } });
  const shortCode = Array.from({ length: 7 }, () => VOTER_CODE_ALPHABET[randomInt(CODE_BASE)]).join('');
  const { rows: [poll] } = await client.query(
    `INSERT INTO poll (municipality_id, organization_id, short_code, question, opens_at, closes_at, audience)
     VALUES ($1, $2, $3, $4, now() - interval '1 minute', now() + interval '1 day', $5) RETURNING id`,
    [organization.municipality_id, organization.id, shortCode, text('Vilken vinteraktivitet?', 'Mikä talviaktiviteetti?', 'Mikä talviaktiviteetti?'), BENCH_POLL_AUDIENCE],
  );
  const options = [text('Skidor', 'Hiihto', 'Hiihto'), text('Skridskor', 'Luistelu', 'Luistelu'), text('Pulka', 'Pulkka', 'Pulkka')];
  const { rows: optionRows } = await client.query(
    `INSERT INTO poll_option (poll_id, position, text) SELECT $1, i - 1, t FROM unnest($2::jsonb[]) WITH ORDINALITY AS o(t, i) RETURNING id`,
    [poll.id, options],
  );
  const { rows: batches } = await client.query(
    `INSERT INTO voter_code_batch (poll_id, label, issued_count) VALUES ($1, 'bench app', 0), ($1, 'bench raw pg', 0) RETURNING id, label`,
    [poll.id],
  );
  const side = (batchId, digit) => ({ batchId, base: digit * CODE_PLACES[0], next: 0, stocked: 0, bestRate: 0, receipts: 0, errors: 0, overrun: 0, sample: null, pending: new Set() });
  return {
    organization,
    createdOrganization,
    pollId: poll.id,
    optionIds: optionRows.map((row) => row.id),
    app: side(batches.find((b) => b.label === 'bench app').id, 0), // codes 2xxx-xxxx
    raw: side(batches.find((b) => b.label === 'bench raw pg').id, 1), // codes 3xxx-xxxx
  };
}

/** Makes sure `count` fresh codes of the side are in the database (outside any measured run). */
async function stockCodes(client, voting, side, count) {
  if (side.stocked - side.next >= count) return;
  const from = side.stocked;
  const to = side.next + count;
  await client.query(INSERT_CODES, [voting.pollId, side.batchId, side.base + from, side.base + to, VOTER_CODE_ALPHABET, CODE_PLACES]);
  await client.query(`UPDATE voter_code_batch SET issued_count = issued_count + $2 WHERE id = $1`, [side.batchId, to - from]);
  side.stocked = to;
  // The SQL numbering must be the JS one, and the codes their own normal form.
  const samples = [from, to - 1].map((k) => voterCode(side.base + k));
  for (const code of samples) {
    if (normalizeVoterCode(formatVoterCode(code)) !== code || !VOTER_CODE_PATTERN.test(code)) throw new Error(`castVote: generated code ${code} is not normalized`);
  }
  const { rows: [found] } = await client.query(`SELECT count(*)::int AS n FROM voter_code WHERE batch_id = $1 AND code_hash = ANY($2)`, [side.batchId, samples.map(hashOf)]);
  if (found.n !== samples.length) throw new Error(`castVote: codes ${samples.join(', ')} computed in Node are not the ones generated in SQL`);
}

/** Per request the next code of the side (and the next option); answers are tallied per code. */
function voteTarget(voting, side, impl, url, path) {
  const body = (code, option) =>
    impl === 'app'
      ? JSON.stringify({ query: CAST_VOTE, variables: { poll: voting.pollId, option, code: formatVoterCode(code) } })
      : JSON.stringify({ pollId: voting.pollId, optionId: option, voterCode: formatVoterCode(code) });
  const take = () => {
    const k = side.next++;
    if (k >= side.stocked) side.overrun++; // a code that is not there: the request fails and shows as an error
    side.pending.add(k);
    return { k, body: body(voterCode(side.base + k), voting.optionIds[k % voting.optionIds.length]) };
  };
  const settle = (k, status, responseBody) => {
    if (!side.pending.delete(k)) return;
    if (status === 200 && !responseBody.includes('"errors"')) side.receipts++;
    else {
      side.errors++;
      side.sample ??= `HTTP ${status}: ${responseBody.slice(0, 300)}`;
    }
  };
  return {
    impl,
    url,
    path,
    side,
    take,
    settle,
    next: (context) => {
      const { k, body: nextBody } = take();
      context.code = k;
      return { body: nextBody, headers: {} };
    },
    answered: (status, responseBody, context) => settle(context.code, status, responseBody),
  };
}

/** One request outside autocannon (the answer check), tallied like the others. */
async function voteOnce(target) {
  const { k, body } = target.take();
  const response = await fetch(`${target.url}${target.path}`, { method: 'POST', headers: BASE_HEADERS, body });
  const text = await response.text();
  target.settle(k, response.status, text);
  const json = JSON.parse(text);
  if (!response.ok || json.errors) throw new Error(`${target.path}: ${response.status} ${text.slice(0, 500)}`);
  return json;
}

/**
 * Per side: votes in the DB = codes used = receipts + requests cut off at the end of a run (no
 * answer seen) that the server still served; no request answered with an error.
 */
async function checkVotes(client, voting) {
  await new Promise((r) => setTimeout(r, 1000)); // the last run's cut-off requests finish on the server
  const lines = [];
  let consistent = true;
  for (const [impl, side] of [['app', voting.app], ['raw pg', voting.raw]]) {
    const cutOff = [...side.pending].map((k) => hashOf(voterCode(side.base + k)));
    const { rows: [counts] } = await client.query(
      `SELECT (SELECT count(*) FROM vote WHERE poll_id = $1 AND batch_id = $2)::int AS votes,
              (SELECT count(*) FROM voter_code WHERE batch_id = $2 AND used)::int AS used,
              (SELECT count(*) FROM voter_code WHERE batch_id = $2 AND used AND code_hash = ANY($3))::int AS cut_off_served`,
      [voting.pollId, side.batchId, cutOff],
    );
    const ok = side.errors === 0 && side.overrun === 0 && counts.votes === counts.used && counts.votes === side.receipts + counts.cut_off_served;
    consistent &&= ok;
    lines.push(
      `castVote (${impl}): ${side.next.toLocaleString('en')} requests with fresh codes (check and warm-up included), ${side.receipts.toLocaleString('en')} receipts, ` +
        `${side.errors} errors${side.overrun ? `, ${side.overrun} beyond the stocked codes` : ''}; ${cutOff.length} cut off at the end of a run, ${counts.cut_off_served} of them served; ` +
        `${counts.votes.toLocaleString('en')} votes in the DB, ${counts.used.toLocaleString('en')} codes used ` +
        `${ok ? '(votes = codes used = receipts + cut-off served)' : '— INCONSISTENT'}${side.sample ? `; first error: ${side.sample}` : ''}`,
    );
  }
  return { lines, consistent };
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

  const connectClient = async () => {
    if (client) return client;
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    return client;
  };
  const startRaw = async () => {
    if (raw) return;
    raw = spawnNode(join(root, 'api/bench/raw-pg-server.mjs'), { PORT: String(rawPort), HOST: '127.0.0.1', DATABASE_URL: db.url });
    await waitHealthy(raw, rawUrl, 'the raw-pg baseline');
  };

  for (const [name, query] of Object.entries(SCENARIOS)) {
    if (!wanted(name)) continue;
    const body = JSON.stringify({ query });
    await checkOnce(appUrl, '/graphql', body);
    await load({ url: appUrl, path: '/graphql', body, connections: 10, seconds: WARMUP_SECONDS });
    for (const connections of connectionLevels) {
      const result = await load({ url: appUrl, path: '/graphql', body, connections, seconds: duration });
      rows.push({ scenario: name, impl: 'app', connections, ...result });
    }
  }

  if (large && ISSUE4_SCENARIOS.some(wanted)) {
    await connectClient();
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

    await startRaw();

    const introspection = await checkOnce(appUrl, '/graphql', JSON.stringify({ query: `{ idea: __type(name: "Idea") { fields { name } } comment: __type(name: "Comment") { fields { name } } }` }));
    const ideaFields = new Set(introspection.data.idea?.fields.map((f) => f.name) ?? []);
    const commentFields = new Set(introspection.data.comment?.fields?.map((f) => f.name) ?? []);
    const withComments = ideaFields.has('comments') && ['isIdeaAuthor', 'isOfficer', 'replies', 'author', 'body', 'createdAt'].every((f) => commentFields.has(f));
    if (!withComments) console.log('Note: Idea.comments is not in the schema yet; the idea page runs without its comments (app and raw alike).\n');
    console.log(`Idea page: ${pick.reference} (${pick.comment_count} comments). supportIdea: ${tokens.length.toLocaleString('en')} signed-in writers, ${ideaRows.length.toLocaleString('en')} ideas.\n`);

    const scenarios = [
      {
        key: 'ideas-first-page',
        name: 'ideas-first-page',
        app: { body: JSON.stringify({ query: IDEAS_FIRST_PAGE }) },
        raw: { body: JSON.stringify({ municipalitySlug: 'kalix', first: 20 }) },
      },
      {
        key: 'idea-page',
        name: withComments ? 'idea-page+20-comments' : 'idea-page (no comments yet)',
        app: { body: JSON.stringify({ query: withComments ? IDEA_PAGE : IDEA_PAGE_WITHOUT_COMMENTS, variables: { id: pick.id } }) },
        raw: { body: JSON.stringify({ id: pick.id, comments: withComments }) },
      },
      {
        key: 'supportIdea',
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
    for (const scenario of scenarios.filter((s) => wanted(s.key))) {
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

  if (wanted('castVote')) {
    await connectClient();
    await startRaw();
    const voting = await setUpVoting(client);
    try {
      console.log(
        `castVote: poll ${voting.pollId} of ${voting.organization.name}${voting.createdOrganization ? ' (created for the bench)' : ''}, 3 options, ` +
          `a batch of fresh codes per side; each request votes with a new code.`,
      );
      const targets = [voteTarget(voting, voting.app, 'app', appUrl, '/graphql'), voteTarget(voting, voting.raw, 'raw pg', rawUrl, '/raw/cast-vote')];
      const answers = [];
      for (const target of targets) {
        await stockCodes(client, voting, target.side, FIRST_STOCK);
        answers.push(await voteOnce(target));
        const warmup = await load({ ...target, connections: 10, seconds: WARMUP_SECONDS });
        target.side.bestRate = Math.max(target.side.bestRate, warmup['req/s']);
      }
      const [appReceipt, rawReceipt] = answers.map((a) => a.data.castVote);
      const difference =
        firstDifference(Object.keys(appReceipt), Object.keys(rawReceipt)) ??
        firstDifference({ pollId: appReceipt.pollId, castAt: appReceipt.castAt }, { pollId: rawReceipt.pollId, castAt: rawReceipt.castAt });
      console.log(`castVote: raw-pg receipt ${difference ? `DIFFERS from the app's at ${difference}` : "has the app's fields, poll and hour"}.`);
      for (const connections of connectionLevels) {
        for (const target of targets) {
          // Twice the side's fastest rate so far, for the whole run and then some: never runs dry.
          await stockCodes(client, voting, target.side, Math.ceil(Math.max(target.side.bestRate, 500) * 2 * (duration + 2)));
          const result = await load({ ...target, connections, seconds: duration });
          target.side.bestRate = Math.max(target.side.bestRate, result['req/s']);
          rows.push({ scenario: 'castVote', impl: target.impl, connections, ...result });
        }
      }
      const { lines, consistent } = await checkVotes(client, voting);
      for (const line of lines) console.log(line);
      console.log('castVote: req/s is votes per second.\n');
    } finally {
      await deleteBenchPolls(client);
      if (voting.createdOrganization) await client.query(`DELETE FROM organization WHERE id = $1`, [voting.createdOrganization]);
    }
  }

  if (wanted('surveyResults')) {
    await connectClient();
    const { rows: [survey] } = await client.query(
      `SELECT s.id FROM survey s JOIN municipality m ON m.id = s.municipality_id AND m.slug = 'kalix'
        WHERE s.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM survey_response r WHERE r.survey_id = s.id AND r.status = 'SUBMITTED')
        ORDER BY s.created_at LIMIT 1`,
    );
    if (!survey) throw new Error('surveyResults: the demo seed has no published survey with responses');
    const removeCopies = () => client.query(`DELETE FROM survey_response WHERE respondent_token_hash LIKE $1`, [`${BENCH_SURVEY_TOKEN_PREFIX}%`]);
    await removeCopies();
    try {
      // Copies of the seeded responses, round robin, each with its own (fake) browser token.
      await client.query(
        `WITH seeded AS (SELECT row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n, * FROM survey_response WHERE survey_id = $1 AND status = 'SUBMITTED'
                           AND (respondent_token_hash IS NULL OR respondent_token_hash NOT LIKE $3))
         INSERT INTO survey_response (survey_id, status, respondent_token_hash, locale, answers, age_group, gender, home_place_id, submitted_at)
         SELECT $1, 'SUBMITTED', $3 || g, s.locale, s.answers, s.age_group, s.gender, s.home_place_id, now() - (g || ' minutes')::interval
           FROM generate_series(1, $2::int) g JOIN seeded s ON s.i = g % s.n`,
        [survey.id, surveyResponses, BENCH_SURVEY_TOKEN_PREFIX],
      );
      const login = await checkOnce(appUrl, '/graphql', JSON.stringify({ query: `mutation { login(email: "officer@kalix.example", password: "medskapa-demo") { token } }` }));
      const headers = { authorization: `Bearer ${login.data.login.token}` };
      const body = JSON.stringify({ query: SURVEY_RESULTS, variables: { id: survey.id } });
      const first = await checkOnce(appUrl, '/graphql', body, headers);
      console.log(`surveyResults: survey ${survey.id}, ${first.data.surveyResults.totalResponseCount.toLocaleString('en')} submitted responses, ${first.data.surveyResults.questions.length} questions, read as an officer.`);
      const target = { url: appUrl, path: '/graphql', body, next: () => ({ body, headers }) };
      await load({ ...target, connections: 10, seconds: WARMUP_SECONDS });
      for (const connections of connectionLevels) {
        const result = await load({ ...target, connections, seconds: duration });
        rows.push({ scenario: 'surveyResults', impl: 'app', connections, ...result });
      }
    } finally {
      await removeCopies();
    }
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
