#!/usr/bin/env node
// `npm run bench:seed [-- --reset]`: the large benchmark dataset for `npm run bench`.
//
// Starts embedded PostgreSQL on a persistent data directory (.medskapa-bench/, or
// MEDSKAPA_BENCH_DIR), applies the app's migrations and Kalix demo seed with the app's own
// bootstrap (api/dist), then generates inside PostgreSQL with generate_series, in one transaction:
// 20,000 users (10,000 "community" users who write, support and comment; 10,000 "writers" with a
// signed-in session and no generated supports, for the supportIdea scenario), 100,000 Kalix ideas
// (sv/fi/fit, every status, references KALIX-BENCH-000001…), 1–3 målbilder and 0–2 places each,
// 1,000,000 supports (Zipf-like: the top ideas have thousands), 300,000 comments (a quarter are
// replies, parent in the same idea), support_count and comment_count counted from the rows.
// Then VACUUM ANALYZE. Idempotent: a complete dataset is left alone; --reset deletes the directory
// and starts over. Benchmark data only: never point this at a real database.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { COMMENTS, FIRST_NAMES, LAST_NAMES, SENTENCES, TITLES } from './bench-text.mjs';
import { benchDataDir, elapsed, freePorts, seedMarker, startDatabase } from './lib.mjs';

const SIZE = {
  users: 20_000,
  communityUsers: 10_000, // users 0…9,999 write ideas, support and comment; the rest are writers
  ideas: Number(process.env.BENCH_IDEAS ?? 100_000),
  supports: Number(process.env.BENCH_SUPPORTS ?? 1_000_000),
  comments: Number(process.env.BENCH_COMMENTS ?? 300_000),
};
const SUPPORT_CAP = SIZE.communityUsers - 500; // distinct supporters per idea, never its author

const started = performance.now();
if (process.argv.includes('--reset') && existsSync(benchDataDir)) {
  if (!/medskapa-bench/.test(benchDataDir)) throw new Error(`refusing to delete ${benchDataDir}: not a bench directory`);
  rmSync(benchDataDir, { recursive: true, force: true });
  console.log(`--reset: deleted ${benchDataDir}`);
}

const [pgPort] = await freePorts(1);
let step = performance.now();
console.log(`Embedded PostgreSQL in ${benchDataDir} (port ${pgPort}); migrations and demo seed …`);
const db = await startDatabase({ dataDir: benchDataDir, port: pgPort, migrate: true });
console.log(`  ready in ${elapsed(step)}${db.migrated.migrations.length ? ` (applied ${db.migrated.migrations.length} migrations)` : ''}`);
const client = new pg.Client({ connectionString: db.url });
await client.connect();

async function timed(label, sql, params = []) {
  const t = performance.now();
  const result = await client.query(sql, params);
  console.log(`  ${label.padEnd(44)} ${String(result.rowCount ?? '').padStart(9)} rows  ${elapsed(t)}`);
  return result;
}

try {
  const { rows: done } = await client.query(`SELECT to_regclass('bench.meta') IS NOT NULL AS exists`);
  if (done[0].exists) {
    const { rows } = await client.query(`SELECT value FROM bench.meta WHERE key = 'seed'`);
    console.log(`The bench dataset is already there (seeded ${rows[0]?.value?.finishedAt ?? '?'}); run with --reset to generate it again.`);
    if (!existsSync(seedMarker) && rows[0]) writeFileSync(seedMarker, JSON.stringify(rows[0].value, null, 2));
  } else {
    await generate();
  }
} finally {
  await client.end();
  await db.stop();
}
console.log(`bench:seed finished in ${elapsed(started)}`);

async function generate() {
  const { rows: [kalix] } = await client.query(
    `SELECT m.id,
            (SELECT array_agg(g.id ORDER BY a.position, g.position) FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
              WHERE s.municipality_id = m.id) AS goals,
            (SELECT array_agg(p.id ORDER BY p.name) FROM place p WHERE p.municipality_id = m.id) AS places,
            (SELECT u.id FROM app_user u WHERE u.email = 'officer@kalix.example') AS officer
       FROM municipality m WHERE m.slug = 'kalix'`,
  );
  if (!kalix || !kalix.goals?.length || (kalix.places?.length ?? 0) < 2 || !kalix.officer) throw new Error('the Kalix demo seed is missing (goals, places or the officer account)');
  console.log(`Generating ${SIZE.ideas.toLocaleString('en')} ideas, ${SIZE.supports.toLocaleString('en')} supports, ${SIZE.comments.toLocaleString('en')} comments (Kalix: ${kalix.goals.length} målbilder, ${kalix.places.length} places) …`);

  const pick = (param, count) => `(${param}::text[])[1 + floor(random() * ${count})::int]`;
  const byLang = (lang, pool, firstParam) =>
    `CASE ${lang} WHEN 'sv' THEN ${pick(`$${firstParam}`, pool.sv.length)} WHEN 'fi' THEN ${pick(`$${firstParam + 1}`, pool.fi.length)} ELSE ${pick(`$${firstParam + 2}`, pool.fit.length)} END`;
  const pools = (pool) => [pool.sv, pool.fi, pool.fit];

  await client.query('BEGIN');
  // The generated rows reference each other consistently by construction; skipping the foreign-key
  // triggers during the bulk insert saves most of the time (a check at the end proves consistency).
  await client.query(`SET LOCAL session_replication_role = replica`);
  await client.query(`SET LOCAL synchronous_commit = off`);
  await client.query(`SET LOCAL work_mem = '128MB'`);
  await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);

  await client.query(`CREATE SCHEMA bench`);
  await client.query(`CREATE TABLE bench.meta (key text PRIMARY KEY, value jsonb NOT NULL)`);
  await client.query(`CREATE TABLE bench.bench_user (n integer PRIMARY KEY, user_id uuid NOT NULL UNIQUE, writer boolean NOT NULL, token text)`);
  await timed('bench users', `INSERT INTO bench.bench_user (n, user_id, writer) SELECT n, gen_random_uuid(), n >= $1 FROM generate_series(0, $2 - 1) n`, [SIZE.communityUsers, SIZE.users]);
  await timed(
    'app_user',
    `INSERT INTO app_user (id, display_name, locale, municipality_id, home_place_id, email_verified_at, created_at, updated_at)
     SELECT b.user_id, ${pick('$1', FIRST_NAMES.length)} || ' ' || ${pick('$2', LAST_NAMES.length)},
            CASE WHEN x.r < 0.7 THEN 'sv' WHEN x.r < 0.9 THEN 'fi' ELSE 'fit' END, $3,
            CASE WHEN x.r2 < 0.8 THEN ($4::uuid[])[1 + floor(x.r2 / 0.8 * cardinality($4::uuid[]))::int] END,
            x.created_at, x.created_at, x.created_at
       FROM bench.bench_user b, LATERAL (SELECT random() AS r, random() AS r2, now() - random() * interval '4 years' AS created_at, b.n OFFSET 0) x`,
    [FIRST_NAMES, LAST_NAMES, kalix.id, kalix.places],
  );
  await timed('writer tokens', `UPDATE bench.bench_user SET token = 'medskapa-bench-' || n || '-' || md5(random()::text || n) WHERE writer`);
  // Stored as the app stores them: SHA-256 hex of the token (api/src/modules/auth/tokens.ts hashToken).
  await timed(
    'session (writers, signed in for 10 years)',
    `INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at)
     SELECT user_id, encode(sha256(convert_to(token, 'UTF8')), 'hex'), 'PASSWORD', now() + interval '10 years', now() FROM bench.bench_user WHERE writer`,
  );

  // The plan: one row per idea with everything random decided once.
  await timed(
    'idea plan',
    `CREATE TEMP TABLE plan ON COMMIT DROP AS
     SELECT g.*, row_number() OVER (ORDER BY g.sr) AS support_rank, row_number() OVER (ORDER BY g.sr * (0.2 + g.cr)) AS comment_rank,
            0 AS supports, 0 AS top_comments, 0 AS replies
       FROM (SELECT n, gen_random_uuid() AS id, floor(random() * $1)::int AS author_n,
                    (ARRAY['sv','sv','sv','sv','sv','sv','fi','fi','fi','fit'])[1 + floor(random() * 10)::int] AS lang,
                    random() AS rs, now() - random() * interval '3 years' AS created_at,
                    1 + floor(random() * 3)::int AS n_goals, floor(random() * $2)::int AS goal_base,
                    floor(random() * 3)::int AS n_places, floor(random() * $3)::int AS place_base, 1 + floor(random() * ($3 - 1))::int AS place_stride,
                    random() < 0.05 AS long_body, random() AS sr, random() AS cr
               FROM generate_series(1, $4) n) g`,
    [SIZE.communityUsers, kalix.goals.length, kalix.places.length, SIZE.ideas],
  );
  // Supports: K / rank^0.75 (capped) plus 0–3, then +1 on the least supported ideas to hit the total exactly.
  await client.query(
    `WITH k AS (SELECT ($1 - sum(n % 4)) / sum(power(support_rank, -0.75)) AS k FROM plan)
     UPDATE plan SET supports = least($2, floor(k.k * power(support_rank, -0.75)))::int + (n % 4)::int FROM k`,
    [SIZE.supports, SUPPORT_CAP],
  );
  // Comments: K / rank^0.6 plus 0–1; three quarters top-level, the rest replies.
  await client.query(
    `WITH k AS (SELECT ($1 - sum(n % 2)) / sum(power(comment_rank, -0.6)) AS k FROM plan)
     UPDATE plan SET top_comments = floor(k.k * power(comment_rank, -0.6))::int + (n % 2)::int FROM k`,
    [SIZE.comments],
  );
  for (const [column, total] of [['supports', SIZE.supports], ['top_comments', SIZE.comments]]) {
    const { rows: [{ deficit }] } = await client.query(`SELECT $1::bigint - sum(${column}) AS deficit FROM plan`, [total]);
    if (Number(deficit) < 0 || Number(deficit) > SIZE.ideas) throw new Error(`plan: ${column} off by ${deficit}`);
    const rankColumn = column === 'supports' ? 'support_rank' : 'comment_rank';
    await client.query(`UPDATE plan SET ${column} = ${column} + 1 WHERE ${rankColumn} > $1::bigint - $2::bigint`, [SIZE.ideas, Number(deficit)]);
  }
  // About a quarter of an idea's comments are replies (none when it has one comment).
  await client.query(`UPDATE plan SET replies = greatest(0, least(top_comments - 1, floor(top_comments * 0.25 + random())))::int`);
  await client.query(`UPDATE plan SET top_comments = top_comments - replies`);

  // Secondary indexes (not those behind primary keys or unique constraints) are dropped for the bulk
  // load and recreated from their own definitions afterwards: one sorted build instead of millions of
  // random insertions (the GIN search indexes on idea above all).
  const { rows: indexes } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid
      WHERE i.indrelid = ANY (ARRAY['idea', 'idea_support', 'comment', 'idea_goal', 'idea_place']::regclass[]) AND c.oid IS NULL`,
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  await client.query(`CREATE INDEX ON plan (id)`);

  await timed(
    'idea_support',
    `INSERT INTO idea_support (idea_id, user_id, created_at)
     SELECT p.id, cu.ids[1 + (p.author_n + 1 + j) % $1], p.created_at + random() * (now() - p.created_at)
       FROM (SELECT array_agg(user_id ORDER BY n) AS ids FROM bench.bench_user WHERE NOT writer) cu,
            plan p CROSS JOIN LATERAL generate_series(0, p.supports - 1) j`,
    [SIZE.communityUsers],
  );

  // Top-level comments first (kept in a temp table so replies can pick a parent of the same idea).
  await timed(
    'comment plan (top-level)',
    `CREATE TEMP TABLE top_comment ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, p.id AS idea_id, j, p.author_n, p.lang, p.created_at + random() * (now() - p.created_at) AS created_at
       FROM plan p CROSS JOIN LATERAL generate_series(0, p.top_comments - 1) j`,
  );
  await client.query(`CREATE INDEX ON top_comment (idea_id, j)`);
  const commentColumns = (author, lang) => `
      CASE WHEN x.ar < 0.02 THEN $1::uuid WHEN x.ar < 0.08 THEN cu.ids[1 + ${author}] ELSE au.ids[1 + floor(random() * $2)::int] END,
      CASE WHEN x.sr < 0.005 THEN '' ELSE ${byLang(lang, COMMENTS, 3)} || CASE WHEN x.ar > 0.5 THEN ' ' || ${byLang(lang, SENTENCES, 6)} ELSE '' END
                                         || CASE WHEN x.ar > 0.85 THEN ' ' || ${byLang(lang, SENTENCES, 6)} || ' ' || ${byLang(lang, SENTENCES, 6)} ELSE '' END END,
      CASE WHEN x.sr > 0.99 THEN 'HIDDEN' ELSE 'VISIBLE' END::comment_status,
      x.ar < 0.02,
      CASE WHEN x.sr BETWEEN 0.5 AND 0.53 THEN x.created_at + interval '10 minutes' END,
      CASE WHEN x.sr < 0.005 THEN x.created_at + interval '1 day' END,
      x.created_at`;
  const commentParams = [kalix.officer, SIZE.users, ...pools(COMMENTS), ...pools(SENTENCES), SIZE.communityUsers];
  const users = `(SELECT array_agg(user_id ORDER BY n) AS ids FROM bench.bench_user) au,
                 (SELECT array_agg(user_id ORDER BY n) AS ids FROM bench.bench_user WHERE n < $9) cu`;
  await timed(
    'comment (top-level)',
    `INSERT INTO comment (id, idea_id, parent_id, author_id, body, status, posted_as_officer, edited_at, deleted_at, created_at)
     SELECT t.id, t.idea_id, NULL, ${commentColumns('t.author_n', 't.lang')}
       FROM ${users}, top_comment t, LATERAL (SELECT random() AS ar, random() AS sr, t.created_at OFFSET 0) x`,
    commentParams,
  );
  await timed(
    'comment (replies)',
    `INSERT INTO comment (id, idea_id, parent_id, author_id, body, status, posted_as_officer, edited_at, deleted_at, created_at)
     SELECT gen_random_uuid(), p.id, t.id, ${commentColumns('p.author_n', 'p.lang')}
       FROM ${users}, plan p
            CROSS JOIN LATERAL generate_series(1, p.replies) r
            CROSS JOIN LATERAL (SELECT floor(random() * p.top_comments)::int AS parent_j, r AS pj_r OFFSET 0) pj
            JOIN top_comment t ON t.idea_id = p.id AND t.j = pj.parent_j
            CROSS JOIN LATERAL (SELECT random() AS ar, random() AS sr, t.created_at + random() * (now() - t.created_at) AS created_at, r AS x_r OFFSET 0) x
      WHERE p.top_comments > 0`,
    commentParams,
  );

  const title = byLang('p.lang', TITLES, 2);
  const body = `(SELECT string_agg(${byLang('p.lang', SENTENCES, 5)}, substr(' ', 1, s) ORDER BY s) FROM generate_series(1, CASE WHEN p.long_body THEN 18 + p.n % 10 ELSE 2 + p.n % 8 END) s)`;
  await timed(
    'idea (counts from the rows)',
    `INSERT INTO idea (id, municipality_id, reference, title, body, original_locale, status, author_id, support_count, comment_count, text_hash, created_at, updated_at)
     SELECT t.id, $1, 'KALIX-BENCH-' || lpad(t.n::text, 6, '0'), t.title, t.body, t.lang,
            CASE WHEN t.rs < 0.70 THEN 'PUBLISHED' WHEN t.rs < 0.78 THEN 'UNDER_REVIEW' WHEN t.rs < 0.84 THEN 'ANSWERED' WHEN t.rs < 0.89 THEN 'PLANNED'
                 WHEN t.rs < 0.92 THEN 'IN_PROGRESS' WHEN t.rs < 0.96 THEN 'IMPLEMENTED' WHEN t.rs < 0.99 THEN 'NOT_PLANNED' ELSE 'HIDDEN' END::idea_status,
            cu.ids[1 + t.author_n], coalesce(s.count, 0), coalesce(c.count, 0),
            -- unique per (author, text) by construction: the number is part of the hashed text
            encode(sha256(convert_to(t.n || E'\\n' || t.title || E'\\n' || t.body, 'UTF8')), 'hex'),
            t.created_at, t.created_at
       FROM (SELECT p.*, ${title} AS title, ${body} AS body FROM plan p OFFSET 0) t
            CROSS JOIN (SELECT array_agg(user_id ORDER BY n) AS ids FROM bench.bench_user WHERE n < $8) cu
            LEFT JOIN (SELECT idea_id, count(*)::int AS count FROM idea_support GROUP BY idea_id) s ON s.idea_id = t.id
            LEFT JOIN (SELECT idea_id, count(*)::int AS count FROM comment WHERE status = 'VISIBLE' AND deleted_at IS NULL GROUP BY idea_id) c ON c.idea_id = t.id`,
    [kalix.id, ...pools(TITLES), ...pools(SENTENCES), SIZE.communityUsers],
  );
  await timed('idea_goal', `INSERT INTO idea_goal (idea_id, goal_id) SELECT p.id, ($1::uuid[])[1 + (p.goal_base + k) % cardinality($1::uuid[])] FROM plan p CROSS JOIN LATERAL generate_series(0, p.n_goals - 1) k`, [kalix.goals]);
  await timed(
    'idea_place',
    `INSERT INTO idea_place (idea_id, place_id) SELECT p.id, ($1::uuid[])[1 + (p.place_base + k * p.place_stride) % cardinality($1::uuid[])] FROM plan p CROSS JOIN LATERAL generate_series(0, p.n_places - 1) k`,
    [kalix.places],
  );

  const indexStart = performance.now();
  for (const index of indexes) await client.query(index.definition);
  console.log(`  ${`recreate ${indexes.length} indexes`.padEnd(44)} ${''.padStart(9)}       ${elapsed(indexStart)}`);

  // The foreign keys were not checked during the load: prove them now.
  const t = performance.now();
  const { rows: [check] } = await client.query(`
    SELECT (SELECT count(*) FROM idea_support s LEFT JOIN idea i ON i.id = s.idea_id LEFT JOIN app_user u ON u.id = s.user_id
             WHERE i.id IS NULL OR u.id IS NULL) AS supports,
           (SELECT count(*) FROM comment c LEFT JOIN idea i ON i.id = c.idea_id LEFT JOIN comment p ON p.id = c.parent_id LEFT JOIN app_user u ON u.id = c.author_id
             WHERE i.id IS NULL OR (c.parent_id IS NOT NULL AND (p.id IS NULL OR p.idea_id <> c.idea_id OR p.parent_id IS NOT NULL))
                OR (c.author_id IS NOT NULL AND u.id IS NULL)) AS comments,
           (SELECT count(*) FROM idea i LEFT JOIN app_user u ON u.id = i.author_id WHERE i.reference LIKE 'KALIX-BENCH-%' AND u.id IS NULL) AS ideas,
           (SELECT count(*) FROM idea_support s JOIN idea i ON i.id = s.idea_id WHERE s.user_id = i.author_id) AS own_supports`);
  if (Object.values(check).some((value) => Number(value) !== 0)) throw new Error(`consistency check failed: ${JSON.stringify(check)}`);
  console.log(`  ${'consistency check (foreign keys, own supports)'.padEnd(44)} ${'ok'.padStart(9)}       ${elapsed(t)}`);

  const { rows: [counts] } = await client.query(`
    SELECT (SELECT count(*) FROM idea WHERE reference LIKE 'KALIX-BENCH-%')::int AS ideas,
           (SELECT count(*) FROM idea_support)::int AS supports, (SELECT count(*) FROM comment)::int AS comments,
           (SELECT count(*) FROM comment WHERE parent_id IS NOT NULL)::int AS replies,
           (SELECT max(support_count) FROM idea)::int AS "maxSupports", (SELECT max(comment_count) FROM idea)::int AS "maxComments",
           (SELECT count(*) FROM bench.bench_user WHERE writer)::int AS "signedInWriters"`);
  const meta = { ...counts, seconds: Math.round((performance.now() - started) / 1000), finishedAt: new Date().toISOString() };
  await client.query(`INSERT INTO bench.meta (key, value) VALUES ('seed', $1)`, [meta]);
  let c = performance.now();
  await client.query('COMMIT');
  console.log(`  ${'commit'.padEnd(44)} ${''.padStart(9)}       ${elapsed(c)}`);

  c = performance.now();
  for (const table of ['app_user', 'session', 'idea', 'idea_goal', 'idea_place', 'idea_support', 'comment']) await client.query(`VACUUM (ANALYZE) ${table}`);
  await client.query('ANALYZE');
  console.log(`  ${'VACUUM ANALYZE'.padEnd(44)} ${''.padStart(9)}       ${elapsed(c)}`);
  meta.seconds = Math.round((performance.now() - started) / 1000);
  await client.query(`UPDATE bench.meta SET value = $1 WHERE key = 'seed'`, [meta]);
  writeFileSync(seedMarker, JSON.stringify(meta, null, 2));
  console.log(`Dataset: ${JSON.stringify(counts)}`);
}
