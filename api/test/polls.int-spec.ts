import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, type GraphQLResponse, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
const tokens: Record<string, string> = {};
let kalixId: string;
let schoolCouncilId: string;
let youthCouncilId: string;
let villageId: string;
let kalixGoalId: string;
let foreignGoalId: string;
const as = (who: string) => bearer(tokens[who]!);
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
const orgId = async (name: string) => (await one<{ id: string }>(`SELECT id FROM organization WHERE name = $1`, [name])).id;

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_FORMAT = new RegExp(`^[${ALPHABET}]{4}-[${ALPHABET}]{4}$`);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** A code that was never issued (it is valid in form). */
const unknownCode = () => Array.from({ length: 8 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  for (const who of ['elevrad', 'officer', 'resident', 'forening', 'admin']) tokens[who] = await loginAs(api, `${who}@kalix.example`);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  schoolCouncilId = await orgId('Elevrådet Furuhedsskolan');
  youthCouncilId = await orgId('Kalix ungdomsråd');
  // The village association forening@ leads (Töre byaförening).
  villageId = (
    await one<{ id: string }>(
      `SELECT o.id FROM organization o JOIN membership m ON m.organization_id = o.id JOIN app_user u ON u.id = m.user_id
        WHERE o.kind = 'VILLAGE_ASSOCIATION' AND m.role = 'LEADER' AND u.email = 'forening@kalix.example' LIMIT 1`,
    )
  ).id;
  const goalOf = (op: string) =>
    one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id ${op} $1 ORDER BY g.id LIMIT 1`,
      [kalixId],
    );
  kalixGoalId = (await goalOf('=')).id;
  foreignGoalId = (await goalOf('IS DISTINCT FROM')).id;
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  await db.query(`DELETE FROM rate_limit_counter`);
});

const t = (s: string) => ({ sv: s, fi: `${s} (suomeksi)`, fit: `${s} (meänkielelä)` });
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

function pollInput(overrides: Record<string, unknown> = {}) {
  return {
    organizationId: schoolCouncilId,
    question: t('Vad ska vi göra på friluftsdagen?'),
    description: t('Elevrådet vill veta vad ni tycker.'),
    options: [{ text: t('Skidor') }, { text: t('Skridskor'), imageAlt: t('Skridskor på isen') }, { text: t('Pulka') }],
    opensAt: hours(-1),
    closesAt: hours(24),
    liveResults: false,
    audience: 'Åk 7–9',
    goalIds: [kalixGoalId],
    ...overrides,
  };
}

const POLL_FIELDS = `id shortCode question questionTranslations { locale text status } description status liveResults audience opensAt closesAt
  options { id position text textTranslations { locale text } imageAlt } organization { id name } goals { id } viewerCanManage`;
const CREATE = `mutation($input: CreatePollInput!) { createPoll(input: $input) { ${POLL_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePollInput!) { updatePoll(id: $id, input: $input) { ${POLL_FIELDS} } }`;
const ISSUE = `mutation($id: ID!, $n: Int!, $label: String) { issueVoterCodes(pollId: $id, count: $n, batchLabel: $label) }`;
const REVOKE = `mutation($id: ID!) { revokeVoterCodes(batchId: $id) { id label issuedCount revokedAt } }`;
const VOTE = `mutation($poll: ID!, $option: ID!, $code: String) { castVote(pollId: $poll, optionId: $option, voterCode: $code) { pollId optionId castAt receiptCode } }`;
const RESULTS = `query($id: ID!) { pollResults(pollId: $id) { visible totalVotes codesIssued turnout options { option { id } count share } byBatch { batch { id label } votes codesIssued } } }`;
const BATCHES = `query($id: ID!) { voterCodeBatches(pollId: $id) { id label issuedCount revokedAt } }`;

interface PollData {
  id: string;
  shortCode: string;
  status: string;
  options: Array<{ id: string; position: number; text: string }>;
  [key: string]: unknown;
}

async function createPoll(overrides: Record<string, unknown> = {}, who = 'elevrad'): Promise<PollData> {
  const { data, errors } = await api.graphql<{ createPoll: PollData }>(CREATE, { input: pollInput(overrides) }, as(who));
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.createPoll;
}

async function issue(pollId: string, n: number, label: string | null = null, who = 'elevrad'): Promise<string[]> {
  const { data, errors } = await api.graphql<{ issueVoterCodes: string[] }>(ISSUE, { id: pollId, n, label }, as(who));
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.issueVoterCodes;
}

const vote = (pollId: string, optionId: string, code: string | null, headers: Record<string, string> = {}) =>
  api.graphql<{ castVote: { pollId: string; optionId: string; castAt: string; receiptCode: string } }>(VOTE, { poll: pollId, option: optionId, code }, headers);

const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: GraphQLResponse) => (r.errors?.[0]?.extensions?.fields as Array<{ path: string }> | undefined)?.map((f) => f.path);

/** Moves a poll's times (opens and closes relative to now, in hours). */
async function setTimes(pollId: string, opensInHours: number, closesInHours: number) {
  await db.query(`UPDATE poll SET opens_at = now() + make_interval(secs => $2), closes_at = now() + make_interval(secs => $3) WHERE id = $1`, [
    pollId,
    opensInHours * 3600,
    closesInHours * 3600,
  ]);
}

describe('createPoll', () => {
  it('lets the leader of a school council create a poll in sv, fi and fit', async () => {
    const poll = await createPoll();
    expect(poll.shortCode).toMatch(new RegExp(`^[${ALPHABET}]{6,8}$`));
    expect(poll.status).toBe('OPEN');
    expect(poll.question).toBe('Vad ska vi göra på friluftsdagen?');
    expect(poll.questionTranslations).toEqual([
      { locale: 'sv', text: 'Vad ska vi göra på friluftsdagen?', status: 'REVIEWED' },
      { locale: 'fi', text: 'Vad ska vi göra på friluftsdagen? (suomeksi)', status: 'REVIEWED' },
      { locale: 'fit', text: 'Vad ska vi göra på friluftsdagen? (meänkielelä)', status: 'REVIEWED' },
    ]);
    expect(poll.options.map((o) => [o.position, o.text])).toEqual([
      [0, 'Skidor'],
      [1, 'Skridskor'],
      [2, 'Pulka'],
    ]);
    expect(poll.options[1]).toMatchObject({ imageAlt: 'Skridskor på isen' });
    expect(poll).toMatchObject({ audience: 'Åk 7–9', liveResults: false, organization: { id: schoolCouncilId }, goals: [{ id: kalixGoalId }], viewerCanManage: true });
  });

  it('lets an officer create one for the youth council, and the youth council leader too', async () => {
    expect((await createPoll({ organizationId: youthCouncilId }, 'officer')).viewerCanManage).toBe(true);
    expect((await createPoll({ organizationId: schoolCouncilId }, 'officer')).viewerCanManage).toBe(true);
  });

  it('refuses the leader of a village association, members, and the signed-out', async () => {
    const before = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM poll`)).n;
    expect(codeOf(await api.graphql(CREATE, { input: pollInput({ organizationId: villageId }) }, as('forening')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(CREATE, { input: pollInput() }, as('resident')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(CREATE, { input: pollInput() }))).toBe('UNAUTHENTICATED');
    // An officer is told why a village association cannot run a poll.
    const officer = await api.graphql(CREATE, { input: pollInput({ organizationId: villageId }) }, as('officer'));
    expect([codeOf(officer), fieldsOf(officer)]).toEqual(['BAD_USER_INPUT', ['input.organizationId']]);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM poll`)).n).toBe(before);
  });

  it('validates every field and requires all three languages', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ question: { sv: 'Fråga?', fi: 'Kysymys?', fit: ' ' } }, ['input.question.fit']],
      [{ options: [{ text: t('Bara ett') }] }, ['input.options']],
      [{ options: Array.from({ length: 11 }, (_, i) => ({ text: t(`Val ${i}`) })) }, ['input.options']],
      [{ options: [{ text: t('A') }, { text: { sv: 'B', fi: '', fit: 'B' } }] }, ['input.options.1.text.fi']],
      [{ opensAt: hours(5), closesAt: hours(4) }, ['input.closesAt']],
      [{ opensAt: hours(-5), closesAt: hours(-4) }, ['input.closesAt']],
      [{ goalIds: [foreignGoalId] }, ['input.goalIds']],
      [{ audience: 'x'.repeat(81) }, ['input.audience']],
    ];
    for (const [overrides, fields] of cases) {
      const response = await api.graphql(CREATE, { input: pollInput(overrides) }, as('elevrad'));
      expect([codeOf(response), fieldsOf(response)], JSON.stringify(overrides).slice(0, 80)).toEqual(['BAD_USER_INPUT', fields]);
    }
  });
});

describe('reading polls', () => {
  it('is public: by id and by short code (case-insensitive), in the reader\'s language', async () => {
    const poll = await createPoll();
    const byCode = await api.graphql<{ pollByShortCode: PollData }>(
      `query($c: String!) { pollByShortCode(shortCode: $c) { id question description options { text } viewerCanManage } }`,
      { c: poll.shortCode.toLowerCase() },
      { 'accept-language': 'fit' },
    );
    expect(byCode.data!.pollByShortCode).toEqual({
      id: poll.id,
      question: 'Vad ska vi göra på friluftsdagen? (meänkielelä)',
      description: 'Elevrådet vill veta vad ni tycker. (meänkielelä)',
      options: [{ text: 'Skidor (meänkielelä)' }, { text: 'Skridskor (meänkielelä)' }, { text: 'Pulka (meänkielelä)' }],
      viewerCanManage: false,
    });
    const byId = await api.graphql<{ poll: { viewerCanManage: boolean; status: string } }>(`query($id: ID!) { poll(id: $id) { viewerCanManage status } }`, { id: poll.id }, as('resident'));
    expect(byId.data!.poll).toEqual({ viewerCanManage: false, status: 'OPEN' });
    expect(codeOf(await api.graphql(`{ pollByShortCode(shortCode: "ZZZZZZZ") { id } }`))).toBe('NOT_FOUND');
  });

  it('lists a municipality\'s polls by organization, status and målbild', async () => {
    const scheduled = await createPoll({ organizationId: youthCouncilId, opensAt: hours(2), closesAt: hours(3), goalIds: [] }, 'officer');
    const list = async (args: string) =>
      (await api.graphql<{ polls: { totalCount: number; edges: Array<{ node: { id: string; status: string } }> } }>(`{ polls(municipalitySlug: "kalix", ${args}) { totalCount edges { node { id status } } } }`)).data!.polls;
    const youth = await list(`organizationId: "${youthCouncilId}", status: SCHEDULED`);
    expect(youth.edges.map((e) => e.node.id)).toContain(scheduled.id);
    expect(youth.edges.every((e) => e.node.status === 'SCHEDULED')).toBe(true);
    const tagged = await list(`goalId: "${kalixGoalId}", first: 100`);
    expect(tagged.edges.map((e) => e.node.id)).not.toContain(scheduled.id);
    expect(tagged.totalCount).toBeGreaterThan(0);
    // The strategy view: Goal.polls.
    const goal = await api.graphql(`{ municipality(slug: "kalix") { strategies { areas { goals { id polls { id } } } } } }`);
    expect(goal.errors).toBeUndefined();
    const goals = JSON.stringify(goal.data);
    expect(goals).toContain(tagged.edges[0]!.node.id);
    expect(goals).not.toContain(scheduled.id);
  });
  it('resolve a page of polls with as many SQL statements for 2 as for 8 (DataLoaders)', async () => {
    for (let i = 0; i < 8; i++) await createPoll();
    const page = (first: number) =>
      `{ polls(municipalitySlug: "kalix", first: ${first}) { edges { node { id question status options { id text imageAlt } organization { id name } goals { id } viewerCanManage } } } }`;
    const statementsFor = async (first: number) => {
      api.statements.reset();
      const { errors, data } = await api.graphql<{ polls: { edges: unknown[] } }>(page(first), {}, as('elevrad'));
      expect(errors).toBeUndefined();
      expect(data!.polls.edges).toHaveLength(first);
      return api.statements.count;
    };
    expect(await statementsFor(8)).toBe(await statementsFor(2));
  });
});

describe('updatePoll', () => {
  it('changes a poll before it opens and refuses once it is open', async () => {
    const poll = await createPoll({ opensAt: hours(1), closesAt: hours(2) });
    const { organizationId: _o, ...input } = pollInput({ opensAt: hours(1), closesAt: hours(3), question: t('Ny fråga?'), options: [{ text: t('Ja') }, { text: t('Nej') }] });
    const updated = await api.graphql<{ updatePoll: PollData }>(UPDATE, { id: poll.id, input }, as('elevrad'));
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updatePoll.options.map((o) => o.text)).toEqual(['Ja', 'Nej']);
    expect(codeOf(await api.graphql(UPDATE, { id: poll.id, input }, as('resident')))).toBe('FORBIDDEN');
    await setTimes(poll.id, -1, 2);
    expect(codeOf(await api.graphql(UPDATE, { id: poll.id, input }, as('elevrad')))).toBe('CONFLICT');
  });
});

describe('the demo seed', () => {
  it('has a closed elevråd poll with results per class and an open ungdomsråd poll with live results', async () => {
    const { data, errors } = await api.graphql<{ closed: { id: string; status: string; goals: Array<{ code: string }> }; open: { id: string; status: string; liveResults: boolean } }>(
      `{ closed: pollByShortCode(shortCode: "VNTR7K9") { id status goals { code } } open: pollByShortCode(shortCode: "unga2kx") { id status liveResults } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.closed.status).toBe('CLOSED');
    expect(data!.closed.goals.map((g) => g.code).sort()).toEqual(['5.1.1', '5.1.4']);
    expect(data!.open).toMatchObject({ status: 'OPEN', liveResults: true });
    type Results = { pollResults: { visible: boolean; totalVotes: number; codesIssued: number; options: Array<{ count: number }>; byBatch: Array<{ batch: { label: string }; votes: number }> } };
    const RESULTS = `query($id: ID!) { pollResults(pollId: $id) { visible totalVotes codesIssued options { count } byBatch { batch { label } votes } } }`;
    const closed = (await api.graphql<Results>(RESULTS, { id: data!.closed.id }, as('elevrad'))).data!.pollResults;
    expect(closed).toMatchObject({ visible: true, totalVotes: 64, codesIssued: 75 });
    expect(closed.options.map((o) => o.count)).toEqual([22, 20, 22]);
    expect(closed.byBatch.map((b) => [b.batch.label, b.votes])).toEqual([['7A', 22], ['7B', 21], ['8A', 21]]);
    const live = (await api.graphql<Results>(RESULTS, { id: data!.open.id })).data!.pollResults;
    expect(live).toMatchObject({ visible: true, totalVotes: 14, codesIssued: 40 });
  });
});

describe('closePoll', () => {
  const CLOSE = `mutation($id: ID!) { closePoll(id: $id) { id status closesAt } }`;
  it('ends voting now for managers; results become visible to everyone; scheduled polls cannot be closed', async () => {
    const scheduled = await createPoll({ opensAt: hours(1), closesAt: hours(2) });
    const notOpen = await api.graphql(CLOSE, { id: scheduled.id }, as('elevrad'));
    expect(codeOf(notOpen)).toBe('CONFLICT');
    expect(notOpen.errors?.[0]?.extensions?.reason).toBe('POLL_NOT_OPEN');

    const poll = await createPoll();
    const [code] = await issue(poll.id, 1);
    expect(codeOf(await api.graphql(CLOSE, { id: poll.id }, as('resident')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(CLOSE, { id: poll.id }))).toBe('UNAUTHENTICATED');
    expect((await one<{ closes_at: Date }>(`SELECT closes_at FROM poll WHERE id = $1`, [poll.id])).closes_at.getTime()).toBeGreaterThan(Date.now());

    const closed = await api.graphql<{ closePoll: { status: string; closesAt: string } }>(CLOSE, { id: poll.id }, as('elevrad'));
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closePoll.status).toBe('CLOSED');
    expect(new Date(closed.data!.closePoll.closesAt).getTime()).toBeLessThanOrEqual(Date.now());
    const late = await vote(poll.id, poll.options[0]!.id, code!);
    expect(late.errors?.[0]?.extensions?.reason).toBe('POLL_CLOSED');
    const results = await api.graphql<{ pollResults: { visible: boolean } }>(`query($id: ID!) { pollResults(pollId: $id) { visible } }`, { id: poll.id });
    expect(results.data!.pollResults.visible).toBe(true);
    // Closing again changes nothing.
    const again = await api.graphql<{ closePoll: { closesAt: string } }>(CLOSE, { id: poll.id }, as('elevrad'));
    expect(again.data!.closePoll.closesAt).toBe(closed.data!.closePoll.closesAt);
  });
});

describe('voter codes', () => {
  it('are XXXX-XXXX from the unambiguous alphabet, stored only as hashes', async () => {
    const poll = await createPoll();
    const codes = await issue(poll.id, 50, '7B');
    expect(codes).toHaveLength(50);
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) expect(code).toMatch(CODE_FORMAT);
    const rows: Array<Record<string, unknown>> = await db.query(`SELECT * FROM voter_code WHERE poll_id = $1`, [poll.id]);
    expect(rows).toHaveLength(50);
    expect(Object.keys(rows[0]!).sort()).toEqual(['batch_id', 'code_hash', 'id', 'poll_id', 'revoked', 'used']);
    expect(new Set(rows.map((r) => r.code_hash))).toEqual(new Set(codes.map((c) => sha256(c.replace('-', '')))));
    // No plaintext anywhere in the database.
    const dump: Array<{ d: string }> = await db.query(
      `SELECT string_agg(x::text, '|') AS d FROM (SELECT row_to_json(v)::text AS x FROM voter_code v UNION ALL SELECT row_to_json(b)::text FROM voter_code_batch b UNION ALL SELECT row_to_json(p)::text FROM poll p) s`,
    );
    for (const code of codes) {
      expect(dump[0]!.d).not.toContain(code);
      expect(dump[0]!.d).not.toContain(code.replace('-', ''));
    }
    const batches = await api.graphql<{ voterCodeBatches: Array<{ label: string; issuedCount: number }> }>(BATCHES, { id: poll.id }, as('elevrad'));
    expect(batches.data!.voterCodeBatches).toMatchObject([{ label: '7B', issuedCount: 50, revokedAt: null }]);
    expect(codeOf(await api.graphql(BATCHES, { id: poll.id }, as('resident')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(BATCHES, { id: poll.id }))).toBe('UNAUTHENTICATED');
  });

  it('are issued 1–500 at a time, by managers, while the poll is not closed', async () => {
    const poll = await createPoll();
    for (const n of [0, 501]) {
      const response = await api.graphql(ISSUE, { id: poll.id, n }, as('elevrad'));
      expect([codeOf(response), fieldsOf(response)]).toEqual(['BAD_USER_INPUT', ['input.count']]);
    }
    expect(await issue(poll.id, 500)).toHaveLength(500);
    expect(await issue(poll.id, 1, null, 'officer')).toHaveLength(1);
    expect(codeOf(await api.graphql(ISSUE, { id: poll.id, n: 1 }, as('resident')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(ISSUE, { id: poll.id, n: 1 }, as('forening')))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(ISSUE, { id: poll.id, n: 1 }))).toBe('UNAUTHENTICATED');
    await setTimes(poll.id, -2, -1);
    const closed = await api.graphql(ISSUE, { id: poll.id, n: 1 }, as('elevrad'));
    expect([codeOf(closed), fieldsOf(closed)]).toEqual(['BAD_USER_INPUT', ['pollId']]);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM voter_code WHERE poll_id = $1`, [poll.id])).n).toBe(501);
  });
});

describe('castVote', () => {
  it('counts a code once; a replay, an unknown and a revoked code get the same answer', async () => {
    const poll = await createPoll();
    const [first, second] = await issue(poll.id, 2, '7A');
    const revokedCodes = await issue(poll.id, 3, '7C');
    const option = poll.options[1]!.id;

    // Typed in lower case with a space instead of the dash.
    const ok = await vote(poll.id, option, ` ${first!.toLowerCase().replace('-', ' ')} `);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.castVote).toMatchObject({ pollId: poll.id, optionId: option });
    expect(ok.data!.castVote.receiptCode).toMatch(/^[A-Z2-9]{10}$/);
    const castAt = new Date(ok.data!.castVote.castAt);
    expect([castAt.getUTCMinutes(), castAt.getUTCSeconds(), castAt.getUTCMilliseconds()]).toEqual([0, 0, 0]);

    const batchId = (await one<{ id: string }>(`SELECT id FROM voter_code_batch WHERE poll_id = $1 AND label = '7C'`, [poll.id])).id;
    const revoked = await api.graphql<{ revokeVoterCodes: { revokedAt: string | null } }>(REVOKE, { id: batchId }, as('elevrad'));
    expect(revoked.data!.revokeVoterCodes.revokedAt).not.toBeNull();

    const refusals = [await vote(poll.id, option, first!), await vote(poll.id, option, unknownCode()), await vote(poll.id, option, revokedCodes[0]!), await vote(poll.id, option, 'nonsense')];
    const expected = refusals[0]!.errors;
    expect(expected?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'voterCode' }] });
    for (const refusal of refusals) {
      expect(refusal.data?.castVote ?? null).toBeNull();
      expect(refusal.errors).toEqual(expected);
    }
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM vote WHERE poll_id = $1`, [poll.id])).n).toBe(1);
    // The receipt is stored nowhere.
    const dump = await one<{ d: string }>(`SELECT string_agg(row_to_json(v)::text, '|') AS d FROM vote v`);
    expect(dump.d).not.toContain(ok.data!.castVote.receiptCode);

    // Another option of another poll, and no code at all.
    const other = await createPoll();
    const wrongOption = await vote(poll.id, other.options[0]!.id, second!);
    expect([codeOf(wrongOption), fieldsOf(wrongOption)]).toEqual(['BAD_USER_INPUT', ['optionId']]);
    const noCode = await vote(poll.id, option, null);
    expect([codeOf(noCode), fieldsOf(noCode)]).toEqual(['BAD_USER_INPUT', ['voterCode']]);
    expect((await vote(poll.id, option, second!)).errors).toBeUndefined();
  });

  it('costs two SQL statements for a valid vote: the checks in one, the code and the vote in the other', async () => {
    const poll = await createPoll();
    const [code] = await issue(poll.id, 1);
    api.statements.reset();
    expect((await vote(poll.id, poll.options[1]!.id, code!)).errors).toBeUndefined();
    const touching = api.statements.statements.filter((sql) => /\b(poll|voter_code|vote|rate_limit_counter)\b/.test(sql));
    expect(touching, touching.join('\n---\n')).toHaveLength(2);
  });

  it('refuses before the poll opens and after it closes, saying which', async () => {
    const poll = await createPoll({ opensAt: hours(1), closesAt: hours(2) });
    const [code] = await issue(poll.id, 1);
    const early = await vote(poll.id, poll.options[0]!.id, code!);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POLL_NOT_OPEN' });
    await setTimes(poll.id, -2, -1);
    const late = await vote(poll.id, poll.options[0]!.id, code!);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POLL_CLOSED' });
    expect((await one<{ used: boolean }>(`SELECT used FROM voter_code WHERE poll_id = $1`, [poll.id])).used).toBe(false);
  });

  it('stores nothing personal: a vote is poll, option, batch and the hour', async () => {
    const columns: Array<{ column_name: string; data_type: string }> = await db.query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'vote' ORDER BY column_name`,
    );
    expect(columns).toEqual([
      { column_name: 'batch_id', data_type: 'uuid' },
      { column_name: 'cast_at', data_type: 'timestamp with time zone' },
      { column_name: 'id', data_type: 'uuid' },
      { column_name: 'option_id', data_type: 'uuid' },
      { column_name: 'poll_id', data_type: 'uuid' },
    ]);
    const odd = await one<{ n: number }>(`SELECT count(*)::int AS n FROM vote WHERE cast_at <> date_trunc('hour', cast_at)`);
    expect(odd.n).toBe(0);
  });

  it('limits wrong codes per client address, without slowing other clients', async () => {
    const poll = await createPoll();
    const codes = await issue(poll.id, 2);
    const option = poll.options[0]!.id;
    const pupil = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 30; i++) expect(codeOf(await vote(poll.id, option, unknownCode(), pupil))).toBe('BAD_USER_INPUT');
    expect(codeOf(await vote(poll.id, option, unknownCode(), pupil))).toBe('RATE_LIMITED');
    // Over the limit, even a valid code waits (no more guessing from there) …
    expect(codeOf(await vote(poll.id, option, codes[0]!, pupil))).toBe('RATE_LIMITED');
    // … but another address votes at once.
    expect((await vote(poll.id, option, codes[0]!, { 'x-forwarded-for': '203.0.113.8' })).errors).toBeUndefined();
  });

  it('limits wrong codes per poll across addresses, stopping only the addresses that guessed wrong', async () => {
    const poll = await createPoll();
    const codes = await issue(poll.id, 3);
    const option = poll.options[0]!.id;
    const guesser = { 'x-forwarded-for': '198.51.100.1' };
    expect(codeOf(await vote(poll.id, option, unknownCode(), guesser))).toBe('BAD_USER_INPUT');
    await db.query(`UPDATE rate_limit_counter SET hits = 300 WHERE bucket = $1`, [`voteWrongCodePerPoll:${poll.id}`]);
    // The address that guessed wrong is stopped, even with a valid code …
    const refused = await vote(poll.id, option, codes[0]!, guesser);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    // … a class that types its codes right still votes: the flood cannot pause the poll …
    const classroom = { 'x-forwarded-for': '198.51.100.2' };
    expect((await vote(poll.id, option, codes[0]!, classroom)).errors).toBeUndefined();
    // … and a fresh address gets one guess (answered with the limit, as it is passed), then waits with the others.
    const fresh = { 'x-forwarded-for': '198.51.100.3' };
    expect(codeOf(await vote(poll.id, option, unknownCode(), fresh))).toBe('RATE_LIMITED');
    expect(codeOf(await vote(poll.id, option, codes[1]!, fresh))).toBe('RATE_LIMITED');
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM vote WHERE poll_id = $1`, [poll.id])).n).toBe(1);
    // Other polls are unaffected.
    const other = await createPoll();
    const [otherCode] = await issue(other.id, 1);
    expect((await vote(other.id, other.options[0]!.id, otherCode!, guesser)).errors).toBeUndefined();
  });

  it('is exempt from the per-client write limit: a whole class votes from one address', async () => {
    const poll = await createPoll();
    const codes = await issue(poll.id, 80);
    for (const code of codes) expect((await vote(poll.id, poll.options[0]!.id, code, { 'x-forwarded-for': '192.0.2.50' })).errors).toBeUndefined();
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM vote WHERE poll_id = $1`, [poll.id])).n).toBe(80);
  });
});

describe('pollResults', () => {
  it('are hidden from voters until closing, shown to managers with batches, with turnout', async () => {
    const poll = await createPoll();
    const classA = await issue(poll.id, 4, '7A');
    const classB = await issue(poll.id, 6, '7B');
    const [o0, o1] = [poll.options[0]!.id, poll.options[1]!.id];
    for (const [code, option] of [
      [classA[0], o0],
      [classA[1], o0],
      [classB[0], o1],
    ] as const) {
      expect((await vote(poll.id, option, code!)).errors).toBeUndefined();
    }

    const hidden = await api.graphql<{ pollResults: Record<string, unknown> }>(RESULTS, { id: poll.id }, as('resident'));
    expect(hidden.data!.pollResults).toEqual({ visible: false, totalVotes: null, codesIssued: null, turnout: null, options: [], byBatch: [] });

    const managed = await api.graphql<{ pollResults: Record<string, unknown> }>(RESULTS, { id: poll.id }, as('elevrad'));
    expect(managed.data!.pollResults).toMatchObject({
      visible: true,
      totalVotes: 3,
      codesIssued: 10,
      turnout: 0.3,
      options: [
        { option: { id: o0 }, count: 2, share: 2 / 3 },
        { option: { id: o1 }, count: 1, share: 1 / 3 },
        { option: { id: poll.options[2]!.id }, count: 0, share: 0 },
      ],
      byBatch: [
        { batch: { label: '7A' }, votes: 2, codesIssued: 4 },
        { batch: { label: '7B' }, votes: 1, codesIssued: 6 },
      ],
    });

    await setTimes(poll.id, -2, -1);
    const after = await api.graphql<{ pollResults: Record<string, unknown> }>(RESULTS, { id: poll.id });
    expect(after.data!.pollResults).toMatchObject({ visible: true, totalVotes: 3, codesIssued: 10, turnout: 0.3, byBatch: [] });
  });

  it('are live for everyone when the poll says so; turnout is 0 without codes', async () => {
    const poll = await createPoll({ liveResults: true });
    const live = await api.graphql<{ pollResults: Record<string, unknown> }>(RESULTS, { id: poll.id });
    expect(live.data!.pollResults).toMatchObject({ visible: true, totalVotes: 0, codesIssued: 0, turnout: 0, byBatch: [] });
  });
  it('export as CSV for managers only (GET /polls/:id/results.csv)', async () => {
    const poll = await createPoll();
    const codes = await issue(poll.id, 5, '8A');
    expect((await vote(poll.id, poll.options[0]!.id, codes[0]!)).errors).toBeUndefined();
    const get = (headers: Record<string, string> = {}) => fetch(`${api.url}/polls/${poll.id}/results.csv`, { headers });
    const response = await get({ ...as('elevrad'), 'accept-language': 'fi' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual([
      'kind,position,label,votes,codes_issued,share',
      'option,1,Skidor (suomeksi),1,,1',
      'option,2,Skridskor (suomeksi),0,,0',
      'option,3,Pulka (suomeksi),0,,0',
      'batch,,8A,1,5,',
      'total,,Vad ska vi göra på friluftsdagen? (suomeksi),1,5,0.2',
    ]);
    expect((await get(as('resident'))).status).toBe(403);
    expect((await get()).status).toBe(401);
    expect((await fetch(`${api.url}/polls/00000000-0000-4000-8000-000000000000/results.csv`, { headers: as('elevrad') })).status).toBe(404);
  });
});
