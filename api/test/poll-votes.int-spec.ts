/**
 * The concurrency test of issue 5: 2,000 codes, 2,000 concurrent castVote requests over real HTTP
 * plus 500 replays of used codes mixed in, 100 requests in flight. A second test races the same
 * code from many requests at once. Exactly 2,000 votes are
 * counted, every replay is refused, and the totals per option are what was sent.
 *
 * Rate limits are off here (MEDSKAPA_RATE_LIMITS=false): 500 wrong codes within a minute would,
 * by design, trip voteWrongCodePerPoll (300 per hour) and then pause the poll. The limits and the
 * castVote exemption from the per-client write limit are tested in polls.int-spec.ts.
 */
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
let leader: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp({ MEDSKAPA_RATE_LIMITS: 'false' });
  db = api.app.get(DataSource);
  leader = bearer(await loginAs(api, 'elevrad@kalix.example'));
});
afterAll(async () => {
  await api.close();
});

const t = (s: string) => ({ sv: s, fi: `${s} fi`, fit: `${s} fit` });
const VOTE = `mutation($poll: ID!, $option: ID!, $code: String) { castVote(pollId: $poll, optionId: $option, voterCode: $code) { optionId } }`;

/** Runs the tasks with at most `limit` in flight. */
async function pool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe('castVote under concurrency', () => {
  it('counts 2,000 codes exactly once each while 500 replays are refused', async () => {
    const organizationId = (await db.query(`SELECT id FROM organization WHERE name = 'Elevrådet Furuhedsskolan'`))[0].id as string;
    const created = await api.graphql<{ createPoll: { id: string; options: Array<{ id: string }> } }>(
      `mutation($input: CreatePollInput!) { createPoll(input: $input) { id options { id } } }`,
      {
        input: {
          organizationId,
          question: t('Vilken aktivitet?'),
          options: [{ text: t('Skidor') }, { text: t('Skridskor') }, { text: t('Pulka') }, { text: t('Bad') }],
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
        },
      },
      leader,
    );
    expect(created.errors).toBeUndefined();
    const poll = created.data!.createPoll;

    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const issued = await api.graphql<{ issueVoterCodes: string[] }>(
        `mutation($id: ID!, $label: String) { issueVoterCodes(pollId: $id, count: 500, batchLabel: $label) }`,
        { id: poll.id, label: `Klass ${i + 1}` },
        leader,
      );
      expect(issued.errors).toBeUndefined();
      codes.push(...issued.data!.issueVoterCodes);
    }
    expect(new Set(codes).size).toBe(2000);

    // Each code's option is fixed, so the expected totals are known. The first 500 codes are
    // replayed (to another option) once their vote has been answered, interleaved with the
    // remaining first votes so replays and valid votes are in flight together.
    const expected = new Map<string, number>();
    type Task = { code: string; option: string; replay: boolean };
    const tasks: Task[] = codes.map((code, i) => {
      const option = poll.options[i % poll.options.length]!.id;
      expected.set(option, (expected.get(option) ?? 0) + 1);
      return { code, option, replay: false };
    });
    for (let i = 0; i < 500; i++) {
      tasks.splice(i * 5 + 150, 0, { code: codes[i]!, option: poll.options[(i + 1) % poll.options.length]!.id, replay: true });
    }

    const answered = new Map<string, Promise<unknown>>();
    const started = Date.now();
    const outcomes = await pool(
      tasks.map((task) => async () => {
        // A replay waits for its code's first vote (always started earlier: the pool runs in order).
        if (task.replay) await answered.get(task.code);
        const request = api.graphql(VOTE, { poll: poll.id, option: task.option, code: task.code });
        if (!task.replay) answered.set(task.code, request);
        const response = await request;
        return { task, ok: !response.errors, error: response.errors?.[0] };
      }),
      100,
    );
    const seconds = (Date.now() - started) / 1000;

    const firsts = outcomes.filter((o) => !o.task.replay);
    const replays = outcomes.filter((o) => o.task.replay);
    expect(firsts.filter((o) => !o.ok).map((o) => o.error)).toEqual([]);
    expect(replays).toHaveLength(500);
    for (const o of replays) {
      expect(o.ok).toBe(false);
      expect(o.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'voterCode' }] });
    }

    const counted: Array<{ option_id: string; n: number }> = await db.query(`SELECT option_id, count(*)::int AS n FROM vote WHERE poll_id = $1 GROUP BY option_id`, [
      poll.id,
    ]);
    expect(counted.reduce((sum, c) => sum + c.n, 0)).toBe(2000);
    expect(new Map(counted.map((c) => [c.option_id, c.n]))).toEqual(expected);
    expect((await db.query(`SELECT count(*)::int AS n FROM voter_code WHERE poll_id = $1 AND used`, [poll.id]))[0].n).toBe(2000);

    const results = await api.graphql<{ pollResults: { totalVotes: number; turnout: number } }>(
      `query($id: ID!) { pollResults(pollId: $id) { totalVotes turnout } }`,
      { id: poll.id },
      leader,
    );
    expect(results.data!.pollResults).toEqual({ totalVotes: 2000, turnout: 1 });
    console.info(`castVote: ${tasks.length} requests in ${seconds.toFixed(1)} s (${Math.round(tasks.length / seconds)}/s)`);
  }, 120_000);
  it('lets exactly one of 50 simultaneous requests with one code win', async () => {
    const organizationId = (await db.query(`SELECT id FROM organization WHERE name = 'Elevrådet Furuhedsskolan'`))[0].id as string;
    const created = await api.graphql<{ createPoll: { id: string; options: Array<{ id: string }> } }>(
      `mutation($input: CreatePollInput!) { createPoll(input: $input) { id options { id } } }`,
      {
        input: {
          organizationId,
          question: t('Ja eller nej?'),
          options: [{ text: t('Ja') }, { text: t('Nej') }],
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
        },
      },
      leader,
    );
    const poll = created.data!.createPoll;
    const [code] = (await api.graphql<{ issueVoterCodes: string[] }>(`mutation($id: ID!) { issueVoterCodes(pollId: $id, count: 1) }`, { id: poll.id }, leader)).data!
      .issueVoterCodes;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => api.graphql(VOTE, { poll: poll.id, option: poll.options[i % 2]!.id, code })),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect((await db.query(`SELECT count(*)::int AS n FROM vote WHERE poll_id = $1`, [poll.id]))[0].n).toBe(1);
  });
});
