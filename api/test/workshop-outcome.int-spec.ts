/**
 * Recording a workshop's outcome from facilitators' devices (idempotent, concurrent), review and
 * publishing, who reads what, the grouping by målbild, contribution counts, the CSV export and
 * moderation of inputs.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, type GraphQLResponse, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
const tokens: Record<string, string> = {};
const as = (who: string) => bearer(tokens[who]!);
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

let kalixId: string;
let toreOrgId: string;
let tore: string;
let nyborg: string;
let foreignPlace: string;
/** Two Kalix målbilder, goals[0].code sorts before goals[1].code. */
let goals: Array<{ id: string; code: string }>;
let foreignGoal: string;

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  for (const who of ['forening', 'officer', 'resident', 'moderator', 'elevrad', 'admin']) tokens[who] = await loginAs(api, `${who}@kalix.example`);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  toreOrgId = (await one<{ id: string }>(`SELECT id FROM organization WHERE name = 'Töre byaförening'`)).id;
  tore = (await one<{ id: string }>(`SELECT id FROM place WHERE municipality_id = $1 AND name = 'Töre'`, [kalixId])).id;
  nyborg = (await one<{ id: string }>(`SELECT id FROM place WHERE municipality_id = $1 AND name = 'Nyborg'`, [kalixId])).id;
  foreignPlace = (await one<{ id: string }>(`SELECT id FROM place WHERE municipality_id <> $1 LIMIT 1`, [kalixId])).id;
  const goalRows: Array<{ id: string; code: string }> = await db.query(
    `SELECT g.id, g.code FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1`,
    [kalixId],
  );
  goalRows.sort((a, b) => a.code.localeCompare(b.code, 'sv', { numeric: true }));
  goals = [goalRows[0]!, goalRows[1]!];
  foreignGoal = (
    await one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id <> $1 LIMIT 1`,
      [kalixId],
    )
  ).id;
});
afterAll(async () => {
  await api.close();
});
// The per-person mutation limit would otherwise stop this many mutations by one person.
beforeEach(async () => {
  await db.query(`DELETE FROM rate_limit_counter`);
});

/** A workshop of Töre byaförening about Töre that started an hour ago (or as told). */
async function makeWorkshop(options: { startsInHours?: number; cancelled?: boolean; title?: string } = {}): Promise<string> {
  const startsIn = options.startsInHours ?? -1;
  const { id } = await one<{ id: string }>(
    `INSERT INTO workshop (municipality_id, organization_id, title, original_locale, starts_at, ends_at, venue, place_id, cancelled_at)
     VALUES ($1, $2, $3, 'sv', now() + make_interval(hours => $4), now() + make_interval(hours => $4 + 2), 'Töre bygdegård', $5, CASE WHEN $6 THEN now() END)
     RETURNING id`,
    [kalixId, toreOrgId, JSON.stringify({ sv: options.title ?? 'Töres framtid' }), startsIn, tore, options.cancelled ?? false],
  );
  return id;
}

const RECORD = `mutation($id: ID!, $input: WorkshopOutcomeInput!) {
  recordWorkshopOutcome(workshopId: $id, input: $input) { id outcomeStatus participantTotal participants { ageGroup gender count } inputs { id clientId text status priority dotVotes } }
}`;
const PUBLISH = `mutation($id: ID!) { publishWorkshopOutcome(workshopId: $id) { id outcomeStatus outcomePublishedAt inputs { status } } }`;
const UPDATE_INPUT = `mutation($id: ID!, $input: UpdateWorkshopInputInput!) { updateWorkshopInput(id: $id, input: $input) { id text priority dotVotes goals { id } place { id } } }`;
const DELETE_INPUT = `mutation($id: ID!) { deleteWorkshopInput(id: $id) { id inputs { id } } }`;
const READ = `query($id: ID!) { workshop(id: $id) {
  id outcomeStatus participantTotal participants { ageGroup gender count } attachments { id }
  inputs { id clientId text status priority dotVotes goals { id code } place { id name } }
  inputsByGoal { goal { id code } inputs { clientId } }
} }`;

type Item = { clientId: string; text: string; goalIds?: string[]; priority?: number; dotVotes?: number; placeId?: string };
const item = (text: string, extra: Partial<Item> = {}): Item => ({ clientId: randomUUID(), text, ...extra });
const submission = (inputs: Item[] = [], participants: Array<{ ageGroup: string; gender: string; count: number }> = []) => ({
  clientMutationId: randomUUID(),
  inputs,
  participants,
});
const record = (who: string | null, workshopId: string, input: unknown) => api.graphql(RECORD, { id: workshopId, input }, who ? as(who) : {});
const read = async (who: string | null, workshopId: string) => {
  const response = await api.graphql<{ workshop: Record<string, any> }>(READ, { id: workshopId }, who ? as(who) : {});
  expect(response.errors).toBeUndefined();
  return response.data!.workshop;
};
const stored = async (workshopId: string) =>
  one<{ inputs: number; submissions: number; cells: number }>(
    `SELECT (SELECT count(*)::int FROM workshop_input WHERE workshop_id = $1) AS inputs,
            (SELECT count(*)::int FROM workshop_outcome_submission WHERE workshop_id = $1) AS submissions,
            (SELECT count(*)::int FROM workshop_participant_count WHERE workshop_id = $1) AS cells`,
    [workshopId],
  );

describe('the demo seed', () => {
  it('has a published framtidsverkstad in Töre with participants and inputs by målbild, and an upcoming follow-up open for sign-ups', async () => {
    type Page = { workshops: { edges: Array<{ node: { title: string; outcomeStatus: string; participantTotal: number; signupEnabled: boolean; inputsByGoal: Array<{ goal: { code: string } | null; inputs: Array<{ text: string }> }> } }> } };
    const { data, errors } = await api.graphql<Page>(
      `{ workshops(filter: { municipalitySlug: "kalix", when: ALL }, first: 50) { edges { node { title outcomeStatus participantTotal signupEnabled inputsByGoal { goal { code } inputs { text } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const held = data!.workshops.edges.map((e) => e.node).find((w) => w.title === 'Framtidsverkstad: Töre 2030')!;
    expect(held).toMatchObject({ outcomeStatus: 'PUBLISHED', participantTotal: 25 });
    expect(held.inputsByGoal.flatMap((g) => g.inputs.map((i) => i.text))).toContain('Fler bussturer mellan Töre och Kalix på kvällar och helger.');
    expect(held.inputsByGoal.find((g) => g.goal?.code === '5.1.1')!.inputs).toHaveLength(2);
    const next = data!.workshops.edges.map((e) => e.node).find((w) => w.title === 'Uppföljning: vad hände med byns förslag?')!;
    expect(next).toMatchObject({ outcomeStatus: 'NONE', signupEnabled: true });
  });
});

describe('recordWorkshopOutcome', () => {
  it('is for the workshop\'s managers: the organization\'s leader and officers/admins of the municipality', async () => {
    const id = await makeWorkshop();
    expect(codes(await record(null, id, submission([item('Mer belysning')])))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await record('resident', id, submission([item('Mer belysning')])))).toEqual(['FORBIDDEN']);
    expect(codes(await record('moderator', id, submission([item('Mer belysning')])))).toEqual(['FORBIDDEN']);
    // A leader of another organization (the school council).
    expect(codes(await record('elevrad', id, submission([item('Mer belysning')])))).toEqual(['FORBIDDEN']);
    expect(await stored(id)).toEqual({ inputs: 0, submissions: 0, cells: 0 });
    for (const who of ['forening', 'officer', 'admin']) {
      const response = await record(who, id, submission([item(`Från ${who}`)]));
      expect(response.errors, who).toBeUndefined();
    }
    expect((await stored(id)).inputs).toBe(3);
    expect(codes(await record('forening', randomUUID(), submission([item('x')])))).toEqual(['NOT_FOUND']);
  });

  it('is refused before the workshop starts (CONFLICT WORKSHOP_NOT_STARTED) and when it is cancelled', async () => {
    const future = await makeWorkshop({ startsInHours: 2 });
    const response = await record('forening', future, submission([item('För tidigt')]));
    expect(codes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0]!.extensions!.reason).toBe('WORKSHOP_NOT_STARTED');
    const cancelled = await makeWorkshop({ cancelled: true });
    const refused = await record('forening', cancelled, submission([item('Inställt')]));
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'WORKSHOP_CANCELLED' });
    expect(await stored(future)).toEqual({ inputs: 0, submissions: 0, cells: 0 });
    expect(await stored(cancelled)).toEqual({ inputs: 0, submissions: 0, cells: 0 });
  });

  it('checks every field and names it; bad input changes nothing', async () => {
    const id = await makeWorkshop();
    const cell = (count: number, ageGroup = 'AGE_26_45') => ({ ageGroup, gender: 'WOMAN', count });
    const cases: Array<[unknown, string[]]> = [
      [{ ...submission([item('a')]), clientMutationId: 'offline-1' }, ['input.clientMutationId']],
      [submission([], [cell(10_001)]), ['input.participants.0.count']],
      [submission([], [cell(-1)]), ['input.participants.0.count']],
      [submission([], [cell(1), cell(2)]), ['input.participants.1']],
      [submission([{ clientId: 'not-a-uuid', text: 'a' }]), ['input.inputs.0.clientId']],
      [submission([item('   ')]), ['input.inputs.0.text']],
      [submission([item('x'.repeat(2001))]), ['input.inputs.0.text']],
      [submission([item('a', { priority: 0 })]), ['input.inputs.0.priority']],
      [submission([item('a', { priority: 4 })]), ['input.inputs.0.priority']],
      [submission([item('a', { dotVotes: 1001 })]), ['input.inputs.0.dotVotes']],
      [submission([item('a', { dotVotes: -1 })]), ['input.inputs.0.dotVotes']],
      [submission([item('a', { priority: 1, dotVotes: 2 })]), ['input.inputs.0.dotVotes']],
      [submission([item('a', { goalIds: Array.from({ length: 6 }, () => randomUUID()) })]), ['input.inputs.0.goalIds']],
      [submission([item('a', { goalIds: [goals[0]!.id] }), item('b', { goalIds: [foreignGoal] })]), ['input.inputs.1.goalIds']],
      [submission([item('a', { placeId: foreignPlace })]), ['input.inputs.0.placeId']],
      [submission(Array.from({ length: 201 }, (_, i) => item(`nr ${i}`))), ['input.inputs']],
      [
        submission([item('a'), item('b'), item('c'), item('Ring mig på 070-123 45 67')]),
        ['input.inputs.3.text'],
      ],
      [submission([item('Mejla lars@example.com'), item('ok')]), ['input.inputs.0.text']],
      [submission(), ['input']],
    ];
    const dup = randomUUID();
    cases.push([submission([{ clientId: dup, text: 'a' }, { clientId: dup, text: 'b' }]), ['input.inputs.1.clientId']]);
    for (const [input, paths] of cases) {
      const response = await record('forening', id, input);
      expect(codes(response), JSON.stringify(paths)).toEqual(['BAD_USER_INPUT']);
      expect((response.errors![0]!.extensions!.fields as Array<{ path: string }>).map((f) => f.path)).toEqual(paths);
    }
    expect(await stored(id)).toEqual({ inputs: 0, submissions: 0, cells: 0 });
    // The limits themselves are fine.
    const ok = await record('forening', id, submission([item('x'.repeat(2000), { dotVotes: 1000, goalIds: [goals[0]!.id, goals[1]!.id] }), item('y', { priority: 3 })], [cell(10_000), cell(0, 'AGE_0_15')]));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordWorkshopOutcome).toMatchObject({ outcomeStatus: 'DRAFT', participantTotal: 10_000 });
  });

  it('is idempotent: a replay changes nothing, and inputs already stored are skipped under a new clientMutationId', async () => {
    const id = await makeWorkshop();
    const first = submission([item('Bredband', { priority: 1 }), item('Badplats', { dotVotes: 7 }), item('Skolan')], [
      { ageGroup: 'AGE_46_65', gender: 'MAN', count: 4 },
    ]);
    const answer = await record('forening', id, first);
    expect(answer.errors).toBeUndefined();
    const state = answer.data!.recordWorkshopOutcome as { inputs: Array<{ text: string; status: string }>; participantTotal: number };
    expect(state.inputs.map((i) => [i.text, i.status])).toEqual([
      ['Bredband', 'DRAFT'],
      ['Badplats', 'DRAFT'],
      ['Skolan', 'DRAFT'],
    ]);
    expect(state.participantTotal).toBe(4);

    // The device did not get the answer and sends again: the same state, nothing changed.
    const replay = await record('forening', id, first);
    expect(replay.data!.recordWorkshopOutcome).toEqual(answer.data!.recordWorkshopOutcome);
    // Even a replay whose content differs (same clientMutationId) is the first submission's.
    const altered = await record('forening', id, { ...first, inputs: [item('Annat')], participants: [{ ageGroup: 'AGE_46_65', gender: 'MAN', count: 9 }] });
    expect(altered.data!.recordWorkshopOutcome).toEqual(answer.data!.recordWorkshopOutcome);
    expect(await stored(id)).toEqual({ inputs: 3, submissions: 1, cells: 1 });

    // The queue re-sends the same inputs in a new submission with one more: only the new one lands; stored ones are not overwritten.
    const again = submission([{ ...first.inputs[0]!, text: 'Bredband (ändrad på telefonen)' }, first.inputs[1]!, item('Busstider')]);
    const next = await record('forening', id, again);
    expect((next.data!.recordWorkshopOutcome as { inputs: Array<{ text: string }> }).inputs.map((i) => i.text)).toEqual([
      'Bredband',
      'Badplats',
      'Skolan',
      'Busstider',
    ]);
    expect(await stored(id)).toEqual({ inputs: 4, submissions: 2, cells: 1 });
  });

  it('sets participant cells: given cells are replaced, others stay', async () => {
    const id = await makeWorkshop();
    await record('forening', id, submission([], [
      { ageGroup: 'AGE_26_45', gender: 'WOMAN', count: 5 },
      { ageGroup: 'AGE_26_45', gender: 'MAN', count: 3 },
    ]));
    const second = await record('forening', id, submission([], [
      { ageGroup: 'AGE_26_45', gender: 'WOMAN', count: 7 },
      { ageGroup: 'AGE_66_PLUS', gender: 'OTHER_OR_UNSTATED', count: 2 },
    ]));
    expect(second.errors).toBeUndefined();
    const cells = (second.data!.recordWorkshopOutcome as { participants: Array<{ ageGroup: string; gender: string; count: number }> }).participants;
    expect(new Set(cells.map((c) => `${c.ageGroup}/${c.gender}=${c.count}`))).toEqual(
      new Set(['AGE_26_45/WOMAN=7', 'AGE_26_45/MAN=3', 'AGE_66_PLUS/OTHER_OR_UNSTATED=2']),
    );
    expect((second.data!.recordWorkshopOutcome as { participantTotal: number }).participantTotal).toBe(12);
    const zero = await record('forening', id, submission([], [{ ageGroup: 'AGE_26_45', gender: 'MAN', count: 0 }]));
    expect((zero.data!.recordWorkshopOutcome as { participantTotal: number }).participantTotal).toBe(9);
  });

  it('lets two facilitators on two devices send at the same time: both land', async () => {
    const id = await makeWorkshop();
    const a = submission([item('Grupp A: cykelväg'), item('Grupp A: lekplats')], [{ ageGroup: 'AGE_0_15', gender: 'WOMAN', count: 6 }]);
    const b = submission([item('Grupp B: affären'), item('Grupp B: bussen'), item('Grupp B: skolan')], [{ ageGroup: 'AGE_0_15', gender: 'MAN', count: 4 }]);
    const [ra, rb] = await Promise.all([record('forening', id, a), record('officer', id, b)]);
    expect(ra.errors).toBeUndefined();
    expect(rb.errors).toBeUndefined();
    expect(await stored(id)).toEqual({ inputs: 5, submissions: 2, cells: 2 });
    expect((await read('forening', id)).participantTotal).toBe(10);
  });

  it('stores exactly one copy when one submission arrives 10 times at once', async () => {
    const id = await makeWorkshop();
    const once = submission([item('Ett'), item('Två', { goalIds: [goals[0]!.id] })], [{ ageGroup: 'AGE_16_25', gender: 'WOMAN', count: 3 }]);
    const answers = await Promise.all(Array.from({ length: 10 }, () => record('forening', id, once)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(await stored(id)).toEqual({ inputs: 2, submissions: 1, cells: 1 });
    expect(await one(`SELECT count(*)::int AS n FROM workshop_input_goal g JOIN workshop_input i ON i.id = g.input_id WHERE i.workshop_id = $1`, [id])).toEqual({
      n: 1,
    });
    // Every answer shows the full state of the one stored copy.
    for (const answer of answers) expect((answer.data!.recordWorkshopOutcome as { inputs: unknown[] }).inputs).toHaveLength(2);
  });
});

describe('review and publish', () => {
  it('shows drafts to managers only; publishing makes them public, is audited and needs something to publish', async () => {
    const id = await makeWorkshop();
    expect((await read(null, id)).outcomeStatus).toBe('NONE');
    const empty = await api.graphql(PUBLISH, { id }, as('forening'));
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OUTCOME_EMPTY' });

    await record('forening', id, submission([item('Laddstolpe vid affären', { priority: 2 })], [{ ageGroup: 'AGE_66_PLUS', gender: 'WOMAN', count: 8 }]));
    for (const who of [null, 'resident', 'elevrad']) {
      const seen = await read(who, id);
      expect(seen, String(who)).toMatchObject({ outcomeStatus: 'DRAFT', inputs: [], participants: [], participantTotal: 0, attachments: [], inputsByGoal: [] });
    }
    const manager = await read('forening', id);
    expect(manager).toMatchObject({ outcomeStatus: 'DRAFT', participantTotal: 8 });
    expect(manager.inputs).toHaveLength(1);

    expect(codes(await api.graphql(PUBLISH, { id }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.graphql(PUBLISH, { id }, as('resident')))).toEqual(['FORBIDDEN']);
    const published = await api.graphql<{ publishWorkshopOutcome: { outcomeStatus: string; outcomePublishedAt: string; inputs: Array<{ status: string }> } }>(
      PUBLISH,
      { id },
      as('forening'),
    );
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishWorkshopOutcome).toMatchObject({ outcomeStatus: 'PUBLISHED', inputs: [{ status: 'PUBLISHED' }] });
    expect(await one(`SELECT action, target_type, details->>'inputs' AS inputs FROM audit_event WHERE target_id = $1`, [id])).toEqual({
      action: 'WORKSHOP_OUTCOME_PUBLISHED',
      target_type: 'Workshop',
      inputs: '1',
    });
    const publicView = await read(null, id);
    expect(publicView).toMatchObject({ outcomeStatus: 'PUBLISHED', participantTotal: 8, inputs: [{ text: 'Laddstolpe vid affären', status: 'PUBLISHED' }] });

    // Publishing again changes nothing.
    const at = published.data!.publishWorkshopOutcome.outcomePublishedAt;
    const again = await api.graphql<{ publishWorkshopOutcome: { outcomePublishedAt: string } }>(PUBLISH, { id }, as('officer'));
    expect(again.data!.publishWorkshopOutcome.outcomePublishedAt).toBe(at);
    expect(await one(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1`, [id])).toEqual({ n: 1 });

    // A device that synchronises late: its inputs are published at once.
    const late = await record('forening', id, submission([item('Sent inskickad')]));
    expect((late.data!.recordWorkshopOutcome as { inputs: Array<{ status: string }> }).inputs.map((i) => i.status)).toEqual(['PUBLISHED', 'PUBLISHED']);

    // After publishing, inputs can no longer be edited or deleted.
    const inputId = publicView.inputs[0].id as string;
    const edit = await api.graphql(UPDATE_INPUT, { id: inputId, input: { text: 'Ändrad' } }, as('forening'));
    expect(edit.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OUTCOME_PUBLISHED' });
    const removal = await api.graphql(DELETE_INPUT, { id: inputId }, as('officer'));
    expect(removal.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OUTCOME_PUBLISHED' });
  });

  it('lets managers edit and delete drafts before publishing', async () => {
    const id = await makeWorkshop();
    const answer = await record('forening', id, submission([item('Stavfel i texten', { priority: 1 }), item('Dubblett')]));
    const [first, second] = (answer.data!.recordWorkshopOutcome as { inputs: Array<{ id: string }> }).inputs;
    expect(codes(await api.graphql(UPDATE_INPUT, { id: first!.id, input: { text: 'x' } }, as('resident')))).toEqual(['FORBIDDEN']);
    const bad = await api.graphql(UPDATE_INPUT, { id: first!.id, input: { text: 'Ring 070-123 45 67' } }, as('forening'));
    expect((bad.errors![0]!.extensions!.fields as Array<{ path: string }>).map((f) => f.path)).toEqual(['input.text']);
    const both = await api.graphql(UPDATE_INPUT, { id: first!.id, input: { text: 'x', priority: 1, dotVotes: 1 } }, as('forening'));
    expect((both.errors![0]!.extensions!.fields as Array<{ path: string }>).map((f) => f.path)).toEqual(['input.dotVotes']);
    const edited = await api.graphql(
      UPDATE_INPUT,
      { id: first!.id, input: { text: 'Rättad text', dotVotes: 5, goalIds: [goals[1]!.id], placeId: nyborg } },
      as('officer'),
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateWorkshopInput).toEqual({ id: first!.id, text: 'Rättad text', priority: null, dotVotes: 5, goals: [{ id: goals[1]!.id }], place: { id: nyborg } });
    const deleted = await api.graphql(DELETE_INPUT, { id: second!.id }, as('forening'));
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteWorkshopInput).toEqual({ id, inputs: [{ id: first!.id }] });
    expect(codes(await api.graphql(DELETE_INPUT, { id: second!.id }, as('forening')))).toEqual(['NOT_FOUND']);
  });
});

describe('reading', () => {
  it('groups inputs by målbild (by code), with the inputs without målbild last', async () => {
    const id = await makeWorkshop();
    const [g1, g2] = goals;
    await record('forening', id, submission([
      item('Bara andra', { goalIds: [g2!.id] }),
      item('Båda', { goalIds: [g2!.id, g1!.id] }),
      item('Ingen målbild'),
      item('Bara första', { goalIds: [g1!.id], placeId: nyborg }),
    ]));
    const view = await read('forening', id);
    expect(view.inputsByGoal).toEqual([
      { goal: { id: g1!.id, code: g1!.code }, inputs: [{ clientId: expect.any(String) }, { clientId: expect.any(String) }] },
      { goal: { id: g2!.id, code: g2!.code }, inputs: [{ clientId: expect.any(String) }, { clientId: expect.any(String) }] },
      { goal: null, inputs: [{ clientId: expect.any(String) }] },
    ]);
    const texts = (group: { inputs: Array<{ clientId: string }> }) =>
      group.inputs.map((i) => view.inputs.find((input: { clientId: string }) => input.clientId === i.clientId).text);
    expect(view.inputsByGoal.map(texts)).toEqual([['Båda', 'Bara första'], ['Bara andra', 'Båda'], ['Ingen målbild']]);
    expect(view.inputs[1].goals.map((g: { id: string }) => g.id)).toEqual([g1!.id, g2!.id]);
    expect(view.inputs[3].place).toEqual({ id: nyborg, name: 'Nyborg' });
    expect(view.inputs[0].place).toBeNull();
  });

  it('counts published inputs for målbilder and places (not drafts, not hidden ones)', async () => {
    const counts = async () => {
      const response = await api.graphql<{ places: Array<{ id: string; workshopInputCount: number }>; municipality: unknown }>(
        `{ places(municipalitySlug: "kalix") { id workshopInputCount } municipality(slug: "kalix") { strategies { areas { goals { id workshopInputCount } } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const goalCounts = new Map<string, number>();
      JSON.stringify(response.data!.municipality, (key, value) => {
        if (value && typeof value === 'object' && 'workshopInputCount' in value) goalCounts.set(value.id, value.workshopInputCount);
        return value;
      });
      const placeCounts = new Map(response.data!.places.map((p) => [p.id, p.workshopInputCount]));
      return { g1: goalCounts.get(goals[0]!.id)!, g2: goalCounts.get(goals[1]!.id)!, tore: placeCounts.get(tore)!, nyborg: placeCounts.get(nyborg)! };
    };
    const before = await counts();
    const id = await makeWorkshop();
    await record('forening', id, submission([
      item('Om Töre', { goalIds: [goals[0]!.id] }),
      item('Om Nyborg', { goalIds: [goals[0]!.id, goals[1]!.id], placeId: nyborg }),
      item('Också Töre'),
    ]));
    expect(await counts()).toEqual(before);
    await api.graphql(PUBLISH, { id }, as('forening'));
    expect(await counts()).toEqual({ g1: before.g1 + 2, g2: before.g2 + 1, tore: before.tore + 2, nyborg: before.nyborg + 1 });
    await db.query(`UPDATE workshop_input SET status = 'HIDDEN' WHERE workshop_id = $1 AND text = 'Om Nyborg'`, [id]);
    expect(await counts()).toEqual({ g1: before.g1 + 1, g2: before.g2, tore: before.tore + 2, nyborg: before.nyborg });
  });

  it('loads inputs, målbilder and places of many workshops in a fixed number of statements', async () => {
    const ids = [await makeWorkshop(), await makeWorkshop(), await makeWorkshop(), await makeWorkshop()];
    for (const id of ids) {
      await record('forening', id, submission([item('a', { goalIds: [goals[0]!.id], placeId: nyborg }), item('b', { goalIds: [goals[1]!.id] })]));
    }
    const query = (n: number) =>
      `query { ${ids
        .slice(0, n)
        .map((id, i) => `w${i}: workshop(id: "${id}") { outcomeStatus participantTotal attachments { id } inputs { text goals { code } place { name } } inputsByGoal { goal { code } inputs { id } } }`)
        .join(' ')} }`;
    api.statements.reset();
    expect((await api.graphql(query(1), {}, as('forening'))).errors).toBeUndefined();
    const single = api.statements.count;
    api.statements.reset();
    expect((await api.graphql(query(4), {}, as('forening'))).errors).toBeUndefined();
    expect(api.statements.count).toBeLessThanOrEqual(single + 1);
  });
});

describe('GET /workshops/:id/inputs.csv', () => {
  it('exports drafts to managers, published inputs to everyone, with BOM, RFC 4180 quoting and the formula guard', async () => {
    const id = await makeWorkshop({ title: 'Töre, framtiden' });
    await record('forening', id, submission([
      item('=HYPERLINK("http://evil")', { priority: 1, goalIds: [goals[1]!.id, goals[0]!.id] }),
      item('Rad ett\nrad två, med "citat"', { dotVotes: 12, placeId: nyborg }),
    ]));
    const get = (headers: Record<string, string> = {}) => fetch(`${api.url}/workshops/${id}/inputs.csv`, { headers });
    expect((await get()).status).toBe(401);
    expect((await get(as('resident'))).status).toBe(403);
    const drafts = await get(as('forening'));
    expect(drafts.status).toBe(200);
    expect(drafts.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const text = await drafts.text();
    const raw = new Uint8Array(await (await get(as('officer'))).arrayBuffer());
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('workshop_id,workshop_title,workshop_date,workshop_place,organization,input_status,input_text,goal_codes,priority,dot_votes,input_place');
    const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
      (await one<{ starts_at: Date }>(`SELECT starts_at FROM workshop WHERE id = $1`, [id])).starts_at,
    );
    expect(lines[1]).toBe(`${id},"Töre, framtiden",${date},Töre,Töre byaförening,DRAFT,"'=HYPERLINK(""http://evil"")",${goals[0]!.code}; ${goals[1]!.code},1,,`);
    expect(text).toContain(`DRAFT,"Rad ett\nrad två, med ""citat""",,,12,Nyborg\r\n`);

    await api.graphql(PUBLISH, { id }, as('forening'));
    await db.query(`UPDATE workshop_input SET status = 'HIDDEN' WHERE workshop_id = $1 AND dot_votes = 12`, [id]);
    const publicCsv = await get();
    expect(publicCsv.status).toBe(200);
    const rows = (await publicCsv.text()).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(',PUBLISHED,');
    expect((await fetch(`${api.url}/workshops/${randomUUID()}/inputs.csv`)).status).toBe(404);
  });
});

describe('moderation of workshop inputs', () => {
  const REPORT = `mutation($type: ReportTargetType!, $id: ID!) { reportContent(input: { targetType: $type, targetId: $id, reason: OFFENSIVE }) { id status } }`;
  const MODERATE = `mutation($id: ID!, $action: ModerationAction!) { moderate(reportId: $id, action: $action, reason: "Kränkande formulering") { id status targetWorkshop { id } } }`;

  it('reports, hides and restores published inputs like comments: hidden ones leave lists, counts and the CSV', async () => {
    const id = await makeWorkshop();
    const answer = await record('forening', id, submission([item('Något kränkande', { goalIds: [goals[0]!.id] }), item('Bra förslag')]));
    const inputId = (answer.data!.recordWorkshopOutcome as { inputs: Array<{ id: string }> }).inputs[0]!.id;
    // A draft is not public: it cannot be reported.
    expect(codes(await api.graphql(REPORT, { type: 'WORKSHOP_INPUT', id: inputId }, as('resident')))).toEqual(['NOT_FOUND']);
    await api.graphql(PUBLISH, { id }, as('forening'));
    // The facilitator who recorded it counts as its author.
    expect(codes(await api.graphql(REPORT, { type: 'WORKSHOP_INPUT', id: inputId }, as('forening')))).toEqual(['BAD_USER_INPUT']);
    const reported = await api.graphql<{ reportContent: { id: string; status: string } }>(REPORT, { type: 'WORKSHOP_INPUT', id: inputId }, as('resident'));
    expect(reported.errors).toBeUndefined();
    const reportId = reported.data!.reportContent.id;
    const goalCount = async () =>
      (await one<{ n: number }>(`SELECT count(*)::int AS n FROM workshop_input_goal g JOIN workshop_input i ON i.id = g.input_id WHERE g.goal_id = $1 AND i.status = 'PUBLISHED'`, [goals[0]!.id])).n;
    const countBefore = await goalCount();

    const queue = await api.graphql<{ moderationQueue: { edges: Array<{ node: { id: string; targetExcerpt: string; targetWorkshop: { id: string } } }> } }>(
      `{ moderationQueue(municipalitySlug: "kalix") { edges { node { id targetExcerpt targetWorkshop { id } } } } }`,
      {},
      as('moderator'),
    );
    expect(queue.data!.moderationQueue.edges.find((e) => e.node.id === reportId)!.node).toMatchObject({ targetExcerpt: 'Något kränkande', targetWorkshop: { id } });

    const hidden = await api.graphql(MODERATE, { id: reportId, action: 'HIDE' }, as('moderator'));
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.moderate).toEqual({ id: reportId, status: 'UPHELD', targetWorkshop: { id } });
    expect(await one(`SELECT status FROM workshop_input WHERE id = $1`, [inputId])).toEqual({ status: 'HIDDEN' });
    for (const who of [null, 'forening', 'moderator']) {
      const view = await read(who, id);
      expect(view.inputs.map((i: { text: string }) => i.text), String(who)).toEqual(['Bra förslag']);
      expect(view.inputsByGoal.map((g: { goal: unknown }) => g.goal)).toEqual([null]);
    }
    expect(await goalCount()).toBe(countBefore - 1);
    expect(await (await fetch(`${api.url}/workshops/${id}/inputs.csv`)).text()).not.toContain('kränkande');
    expect(await one(`SELECT kind, data->>'targetType' AS type FROM notification WHERE user_id = (SELECT id FROM app_user WHERE email = 'forening@kalix.example') ORDER BY created_at DESC LIMIT 1`)).toEqual({
      kind: 'CONTENT_HIDDEN',
      type: 'WORKSHOP_INPUT',
    });
    // A hidden input cannot be edited by the organizers either (it is gone for them).
    expect(codes(await api.graphql(UPDATE_INPUT, { id: inputId, input: { text: 'x' } }, as('forening')))).toEqual(['NOT_FOUND']);

    const restored = await api.graphql(MODERATE, { id: reportId, action: 'RESTORE' }, as('moderator'));
    expect(restored.errors).toBeUndefined();
    expect(await one(`SELECT status FROM workshop_input WHERE id = $1`, [inputId])).toEqual({ status: 'PUBLISHED' });
    expect((await read(null, id)).inputs.map((i: { text: string }) => i.text)).toEqual(['Något kränkande', 'Bra förslag']);
    expect(await goalCount()).toBe(countBefore);
  });
});
