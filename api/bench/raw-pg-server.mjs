#!/usr/bin/env node
// The baseline of `npm run bench`: a minimal node:http server with a pg Pool (the app's pool size),
// answering the three issue-4 requests with the SQL a careful hand-written handler would send (one
// round trip each), returning the same JSON as the GraphQL API. The app/raw ratio is then what
// NestJS + Apollo + TypeORM + DataLoaders + guards cost on top of PostgreSQL.
//
// It does the same work as the app's path, not less: the session lookup for the bearer token
// (SHA-256 of the token, live, not revoked, person not deleted), the per-person write rate limit
// (same bucket and window as the app's RateLimitsService), the support, the follow and the count
// in one statement. What it skips is the framework: GraphQL parsing/validation, helmet, Nest's
// pipeline, the ORM's entity mapping.
//
//   DATABASE_URL=postgres://… PORT=4000 node api/bench/raw-pg-server.mjs
//   POST /raw/ideas         {"municipalitySlug":"kalix","first":20}        (MOST_SUPPORTED)
//   POST /raw/idea          {"id":"…"}                                      (with 20 comments; "comments":false without)
//   POST /raw/support-idea  {"ideaId":"…"}  Authorization: Bearer <token>
//   POST /raw/cast-vote     {"pollId":"…","optionId":"…","voterCode":"ABCD-EFGH"}   (no account)
//
// castVote does what PollsService.castVote does per request, in one statement instead of four:
// the poll by id and its status (open now), the option belongs to the poll, the wrong-code rate
// limits of the client address (the same three buckets, read without counting), then the code is
// consumed and the vote inserted (code hashed in Node: SHA-256 of the normalized code). Only a
// wrong code takes a second statement: the three wrong-code counters, in one upsert.
import { createHash, randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import shared from '@medskapa/shared';
import pg from 'pg';

const { normalizeVoterCode, VOTER_CODE_ALPHABET, VOTER_CODE_PATTERN } = shared;

const POOL_SIZE = Number(process.env.POOL_SIZE ?? 10); // pg's default, which the app's TypeORM data source uses
const WRITE_LIMIT = { limit: 60, windowSeconds: 60 }; // api/src/modules/rate-limits/rate-limits.ts `writes`
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE, application_name: 'medskapa-bench-raw' });

/** A målbild's title in Swedish (the bench sends Accept-Language: sv), falling back like resolveText. */
const goalTitle = (g) =>
  `coalesce(nullif(btrim(${g}.title->'sv'->>'text'), ''), nullif(btrim(${g}.title->'fi'->>'text'), ''), nullif(btrim(${g}.title->'fit'->>'text'), ''), '')`;
const displayName = (u) => `CASE WHEN ${u}.id IS NULL OR ${u}.deleted_at IS NOT NULL THEN '' ELSE ${u}.display_name END`;
const goalsOf = (idea) =>
  `(SELECT coalesce(json_agg(json_build_object('id', g.id, 'title', ${goalTitle('g')}) ORDER BY a.position, g.position), '[]')
      FROM idea_goal ig JOIN goal g ON g.id = ig.goal_id JOIN strategic_area a ON a.id = g.area_id WHERE ig.idea_id = ${idea})`;

// First page, MOST_SUPPORTED: the page (one extra row for hasNextPage), the total, and per idea its
// author, målbilder and places, all in one statement.
const IDEAS_PAGE = `
  WITH m AS (SELECT id FROM municipality WHERE slug = $1),
  page AS (
    SELECT i.id, i.reference, i.title, i.status, i.support_count, i.comment_count, i.created_at, i.author_id
      FROM idea i
     -- A scalar subquery (an InitPlan), not a join, so the planner can walk the list index in order.
     WHERE i.municipality_id = (SELECT id FROM m) AND i.status <> 'HIDDEN'
     ORDER BY i.support_count DESC, i.id DESC
     LIMIT $2 + 1)
  SELECT (SELECT count(*) FROM idea i WHERE i.municipality_id = (SELECT id FROM m) AND i.status <> 'HIDDEN')::int AS total,
         (SELECT count(*) FROM m)::int AS found,
         coalesce(json_agg(json_build_object(
           'id', p.id, 'reference', p.reference, 'title', p.title, 'status', p.status,
           'supportCount', p.support_count, 'commentCount', p.comment_count, 'createdAt', p.created_at,
           'author', json_build_object('displayName', ${displayName('u')}),
           'goals', ${goalsOf('p.id')},
           'places', (SELECT coalesce(json_agg(json_build_object('id', pl.id, 'name', pl.name) ORDER BY pl.name), '[]')
                        FROM idea_place ip JOIN place pl ON pl.id = ip.place_id WHERE ip.idea_id = p.id)
         ) ORDER BY p.support_count DESC, p.id DESC) FILTER (WHERE p.id IS NOT NULL), '[]') AS nodes
    FROM page p LEFT JOIN app_user u ON u.id = p.author_id`;

// The idea page: the idea, its author, målbilder and places, its first 20 comments (oldest first)
// with their authors and replies, in one statement. What a signed-out reader sees, as in
// CommentsService: deleted comments are placeholders (no body, no author), hidden ones are left out
// unless a visible reply hangs on them (then a placeholder too).
const SHOWN = (c) => `(${c}.deleted_at IS NULL AND ${c}.status = 'VISIBLE')`;
const SHOWN_TOP_LEVEL = `c.idea_id = i.id AND c.parent_id IS NULL AND (c.status = 'VISIBLE' OR c.deleted_at IS NOT NULL
  OR EXISTS (SELECT 1 FROM comment x WHERE x.parent_id = c.id AND x.status = 'VISIBLE' AND x.deleted_at IS NULL))`;
const ideaPage = (withComments) => `
  SELECT json_build_object(
    'id', i.id, 'reference', i.reference, 'title', i.title, 'body', i.body, 'status', i.status,
    'supportCount', i.support_count, 'commentCount', i.comment_count,
    'author', json_build_object('displayName', ${displayName('u')}),
    'goals', ${goalsOf('i.id')},
    'places', (SELECT coalesce(json_agg(json_build_object('name', pl.name) ORDER BY pl.name), '[]')
                 FROM idea_place ip JOIN place pl ON pl.id = ip.place_id WHERE ip.idea_id = i.id)${withComments ? `,
    'comments', json_build_object(
      'totalCount', (SELECT count(*) FROM comment c WHERE ${SHOWN_TOP_LEVEL})::int,
      'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
                   'id', c.id, 'body', CASE WHEN ${SHOWN('c')} THEN c.body ELSE '' END, 'createdAt', c.created_at,
                   'author', CASE WHEN ${SHOWN('c')} THEN json_build_object('displayName', ${displayName('cu')}) END,
                   'isIdeaAuthor', ${SHOWN('c')} AND c.author_id IS NOT NULL AND c.author_id = i.author_id,
                   'isOfficer', ${SHOWN('c')} AND c.posted_as_officer,
                   'replies', (SELECT coalesce(json_agg(json_build_object(
                                  'id', r.id, 'body', CASE WHEN ${SHOWN('r')} THEN r.body ELSE '' END, 'createdAt', r.created_at,
                                  'author', CASE WHEN ${SHOWN('r')} THEN json_build_object('displayName', ${displayName('ru')}) END) ORDER BY r.created_at, r.id), '[]')
                                 FROM comment r LEFT JOIN app_user ru ON ru.id = r.author_id
                                WHERE r.parent_id = c.id AND (r.status = 'VISIBLE' OR r.deleted_at IS NOT NULL))
                 )) ORDER BY c.created_at, c.id), '[]')
                  FROM (SELECT * FROM comment c WHERE ${SHOWN_TOP_LEVEL} ORDER BY c.created_at, c.id LIMIT 20) c
                  LEFT JOIN app_user cu ON cu.id = c.author_id))` : ''}
  ) AS idea
    FROM idea i LEFT JOIN app_user u ON u.id = i.author_id
   WHERE i.id = $1 AND i.status <> 'HIDDEN'`;
const IDEA_PAGE = { true: ideaPage(true), false: ideaPage(false) };

// supportIdea in one statement: session → rate limit → checks → support + follow + count.
const SUPPORT = `
  WITH viewer AS (
    SELECT s.user_id FROM session s JOIN app_user u ON u.id = s.user_id AND u.deleted_at IS NULL
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()),
  hit AS (
    INSERT INTO rate_limit_counter AS c (bucket, window_start, hits)
    SELECT 'writes:user:' || v.user_id, now(), 1 FROM viewer v
    ON CONFLICT (bucket) DO UPDATE SET
      hits = CASE WHEN c.window_start > now() - make_interval(secs => $3) THEN c.hits + 1 ELSE 1 END,
      window_start = CASE WHEN c.window_start > now() - make_interval(secs => $3) THEN c.window_start ELSE now() END
    RETURNING hits),
  target AS (
    SELECT i.id, i.support_count, i.author_id IS NOT DISTINCT FROM v.user_id AS own
      FROM idea i, viewer v WHERE i.id = $2 AND i.status <> 'HIDDEN'),
  allowed AS (
    SELECT t.id, v.user_id FROM target t, viewer v, hit h WHERE NOT t.own AND h.hits <= $4),
  inserted AS (
    INSERT INTO idea_support (idea_id, user_id) SELECT id, user_id FROM allowed ON CONFLICT DO NOTHING RETURNING idea_id),
  followed AS (
    INSERT INTO idea_follow (idea_id, user_id) SELECT id, user_id FROM allowed ON CONFLICT DO NOTHING),
  updated AS (
    UPDATE idea SET support_count = support_count + 1 WHERE id = $2 AND EXISTS (SELECT 1 FROM inserted) RETURNING support_count)
  SELECT EXISTS (SELECT 1 FROM viewer) AS signed_in, (SELECT hits FROM hit) AS hits, t.id, t.own,
         coalesce((SELECT support_count FROM updated), t.support_count) AS support_count,
         EXISTS (SELECT 1 FROM inserted)
           OR EXISTS (SELECT 1 FROM idea_support s, viewer v WHERE s.idea_id = t.id AND s.user_id = v.user_id) AS supported
    FROM (SELECT 1) one LEFT JOIN target t ON true`;

// castVote: api/src/modules/rate-limits/rate-limits.ts
const VOTE_LIMITS = {
  voteWrongCodePerClient: { limit: 30, windowSeconds: 10 * 60 },
  voteWrongCodePerPoll: { limit: 300, windowSeconds: 60 * 60 },
  voteWrongCodeOnPollFromClient: { limit: 60, windowSeconds: 60 * 60 },
};

// $1 poll, $2 code hash (NULL when the code cannot be one: never matches), $3 option, then the
// three buckets with limit and window as in refuseWhenOverWrongCodeLimits: $4–$6 per client,
// $7–$9 on this poll from this client, $10–$12 per poll (refuses only clients that guessed wrong here).
const CAST_VOTE = `
  WITH p AS (SELECT id, opens_at, closes_at, now() >= opens_at AS opened, now() < closes_at AS open FROM poll WHERE id = $1),
  option_ok AS (SELECT 1 FROM poll_option WHERE id = $3 AND poll_id = $1),
  l(bucket, lim, w) AS (VALUES ($4::text, $5::int, $6::int), ($7::text, $8::int, $9::int), ($10::text, $11::int, $12::int)),
  c AS (SELECT c.bucket, c.hits, c.window_start, l.lim, l.w FROM rate_limit_counter c JOIN l USING (bucket)
         WHERE c.window_start > now() - make_interval(secs => l.w)),
  limited AS (SELECT ceil(extract(epoch FROM (window_start + make_interval(secs => w)) - now()))::int AS retry_after
                FROM c WHERE hits >= lim AND (bucket <> $10 OR EXISTS (SELECT 1 FROM c AS mine WHERE mine.bucket = $7))),
  go AS (SELECT 1 FROM p WHERE p.opened AND p.open AND EXISTS (SELECT 1 FROM option_ok) AND NOT EXISTS (SELECT 1 FROM limited)),
  consumed AS (
    UPDATE voter_code SET used = true
     WHERE poll_id = $1 AND code_hash = $2 AND NOT used AND NOT revoked AND EXISTS (SELECT 1 FROM go)
     RETURNING batch_id),
  inserted AS (
    INSERT INTO vote (poll_id, option_id, batch_id, cast_at)
    SELECT $1, $3, batch_id, date_trunc('hour', now()) FROM consumed
    RETURNING cast_at)
  SELECT p.id, p.opens_at, p.closes_at, p.opened, p.open, EXISTS (SELECT 1 FROM option_ok) AS option_ok,
         (SELECT max(retry_after) FROM limited) AS retry_after, (SELECT cast_at FROM inserted) AS cast_at
    FROM (SELECT 1) one LEFT JOIN p ON true`;

// The three wrong-code counters in one upsert; $1 the buckets, $2 their windows (seconds), in order.
const WRONG_CODE_HITS = `
  INSERT INTO rate_limit_counter AS c (bucket, window_start, hits)
  SELECT bucket, now(), 1 FROM unnest($1::text[]) AS bucket
  ON CONFLICT (bucket) DO UPDATE SET
    hits = CASE WHEN c.window_start > now() - make_interval(secs => ($2::int[])[array_position($1::text[], c.bucket)]) THEN c.hits + 1 ELSE 1 END,
    window_start = CASE WHEN c.window_start > now() - make_interval(secs => ($2::int[])[array_position($1::text[], c.bucket)]) THEN c.window_start ELSE now() END
  RETURNING bucket, hits, ceil(extract(epoch FROM (window_start + make_interval(secs => ($2::int[])[array_position($1::text[], bucket)])) - now()))::int AS retry_after`;

const error = (code, message) => ({ errors: [{ message, extensions: { code } }], data: null });

async function ideas(body) {
  const first = Math.min(Math.max(Number(body.first ?? 20), 1), 100);
  const { rows: [row] } = await pool.query(IDEAS_PAGE, [String(body.municipalitySlug ?? ''), first]);
  if (!row.found) return error('NOT_FOUND', 'No such municipality.');
  const nodes = row.nodes.slice(0, first);
  const last = nodes.at(-1);
  // The app's keyset cursor: order, sort key as PostgreSQL text, id.
  const endCursor = last ? Buffer.from(JSON.stringify({ o: 'MOST_SUPPORTED', k: String(last.supportCount), id: last.id })).toString('base64url') : null;
  return { data: { ideas: { totalCount: row.total, edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: row.nodes.length > first, endCursor } } } };
}

async function idea(body) {
  if (!UUID.test(String(body.id))) return error('BAD_USER_INPUT', 'id: not an id');
  // `comments: false` only while the app's schema has no Idea.comments, so both sides do the same work.
  const { rows } = await pool.query(IDEA_PAGE[body.comments !== false], [body.id]);
  return rows[0] ? { data: { idea: rows[0].idea } } : error('NOT_FOUND', 'No such idea.');
}

async function supportIdea(body, authorization) {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  if (!token || token.length > 200) return error('UNAUTHENTICATED', 'Sign in first.');
  if (!UUID.test(String(body.ideaId))) return error('BAD_USER_INPUT', 'ideaId: not an id');
  const hash = createHash('sha256').update(token).digest('hex');
  const { rows: [row] } = await pool.query(SUPPORT, [hash, body.ideaId, WRITE_LIMIT.windowSeconds, WRITE_LIMIT.limit]);
  if (!row.signed_in) return error('UNAUTHENTICATED', 'Sign in first.');
  if (row.hits > WRITE_LIMIT.limit) return error('RATE_LIMITED', 'Too many attempts.');
  if (!row.id) return error('NOT_FOUND', 'No such idea.');
  if (row.own) return error('FORBIDDEN', 'You cannot support your own idea.');
  return { data: { supportIdea: { id: row.id, supportCount: row.support_count, viewerHasSupported: row.supported } } };
}

// Worded as the app's DomainErrors (badInput: "Invalid input: <path>: <message>"; status errors: the message alone).
const badInput = (path, message, extra = null) => ({
  errors: [{ message: extra ? message : `Invalid input: ${path}: ${message}`, extensions: { code: 'BAD_USER_INPUT', ...extra, fields: [{ path, message }] } }],
  data: null,
});

async function castVote(body, _authorization, req) {
  const { pollId, optionId, voterCode } = body;
  if (!UUID.test(String(pollId))) return badInput('pollId', 'pollId: not an id');
  if (!UUID.test(String(optionId))) return badInput('optionId', 'optionId: not an id');
  const code = typeof voterCode === 'string' ? normalizeVoterCode(voterCode) : '';
  const hash = VOTER_CODE_PATTERN.test(code) ? createHash('sha256').update(code).digest('hex') : null;
  const client = req.socket.remoteAddress ?? 'unknown';
  const onPoll = `voteWrongCodeOnPollFromClient:${pollId}:${client}`;
  const perPoll = `voteWrongCodePerPoll:${pollId}`;
  const { rows: [row] } = await pool.query(CAST_VOTE, [
    pollId, hash, optionId,
    `voteWrongCodePerClient:${client}`, VOTE_LIMITS.voteWrongCodePerClient.limit, VOTE_LIMITS.voteWrongCodePerClient.windowSeconds,
    onPoll, VOTE_LIMITS.voteWrongCodeOnPollFromClient.limit, VOTE_LIMITS.voteWrongCodeOnPollFromClient.windowSeconds,
    perPoll, VOTE_LIMITS.voteWrongCodePerPoll.limit, VOTE_LIMITS.voteWrongCodePerPoll.windowSeconds,
  ]);
  if (!row.id) return error('NOT_FOUND', `No poll matches "${pollId}".`);
  if (!row.opened) return badInput('pollId', 'The poll has not opened yet.', { reason: 'POLL_NOT_OPEN', opensAt: row.opens_at.toISOString() });
  if (!row.open) return badInput('pollId', 'The poll has closed.', { reason: 'POLL_CLOSED', closesAt: row.closes_at.toISOString() });
  if (!code) return badInput('voterCode', 'Enter the code from your slip.');
  if (!row.option_ok) return badInput('optionId', 'Choose one of the options of this poll.');
  if (row.retry_after !== null) {
    const retryAfter = Math.max(1, row.retry_after);
    return { errors: [{ message: `Too many wrong codes. Try again in ${retryAfter} seconds.`, extensions: { code: 'RATE_LIMITED', retryAfter } }], data: null };
  }
  if (!row.cast_at) {
    // A wrong code: counted in the three buckets (one statement); over a limit, RATE_LIMITED wins.
    const names = ['voteWrongCodePerClient', 'voteWrongCodeOnPollFromClient', 'voteWrongCodePerPoll'];
    const buckets = [`voteWrongCodePerClient:${client}`, onPoll, perPoll];
    const { rows: hits } = await pool.query(WRONG_CODE_HITS, [buckets, names.map((n) => VOTE_LIMITS[n].windowSeconds)]);
    const over = hits.find((h) => h.hits > VOTE_LIMITS[names[buckets.indexOf(h.bucket)]].limit);
    if (over) return error('RATE_LIMITED', `Too many attempts. Try again in ${Math.max(1, over.retry_after)} seconds.`);
    return badInput('voterCode', 'This code cannot be used. Check that you typed it as printed, or ask for a new one.'); // WRONG_CODE_MESSAGE
  }
  let receiptCode = '';
  for (let i = 0; i < 10; i++) receiptCode += VOTER_CODE_ALPHABET[randomInt(VOTER_CODE_ALPHABET.length)];
  return { data: { castVote: { pollId, optionId, castAt: row.cast_at.toISOString(), receiptCode } } };
}

const ROUTES = { '/raw/ideas': ideas, '/raw/idea': idea, '/raw/support-idea': supportIdea, '/raw/cast-vote': castVote };

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  const handler = req.method === 'POST' ? ROUTES[req.url] : undefined;
  if (!handler) {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const result = await handler(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'), req.headers.authorization, req);
      const json = JSON.stringify(result);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) }).end(json);
    } catch (failure) {
      console.error(failure);
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify(error('INTERNAL_SERVER_ERROR', 'Something went wrong.')));
    }
  });
});

server.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`raw pg baseline listening on ${JSON.stringify(server.address())}`);
});
const shutdown = () => server.close(() => pool.end().then(() => process.exit(0)));
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
