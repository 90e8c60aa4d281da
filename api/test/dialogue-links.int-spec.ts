/**
 * Ideas, workshops and polls given to dialogues: the linking rule (same municipality, OPEN, a
 * DRAFT only for its officers, never CLOSED/REPORTED), the dialogueId filters, the `dialogue`
 * fields, a dialogue's contributions (ideaCount, workshops, polls, contributionCount) with flat
 * statement counts, and the demo dialogues of the seed.
 */
import { randomUUID } from 'node:crypto';
import { type LocalizedText, type SurveyAnswers, type SurveySectionDefinition, surveyPublishProblems, validateSubmission } from '@medskapa/shared';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, type GraphQLResponse, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
const tokens: Record<string, string> = {};
let kalixId: string;
let otherMunicipalityId: string;
let goalIds: string[];
let villageOrgId: string;
let schoolCouncilId: string;
const as = (who: string) => bearer(tokens[who]!);
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: GraphQLResponse) => ((r.errors?.[0]?.extensions?.fields ?? []) as Array<{ path: string }>).map((f) => f.path);
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const text = (sv: string) => ({ sv: { text: sv, status: 'REVIEWED' }, fi: { text: `${sv} (fi)`, status: 'REVIEWED' }, fit: { text: `${sv} (fit)`, status: 'REVIEWED' } });

/** A dialogue row straight in the database: the dialogues module's own rules are tested elsewhere. */
async function insertDialogue(status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'REPORTED', municipalityId = kalixId, title = `Dialog ${status}`): Promise<string> {
  return (
    await one<{ id: string }>(
      `INSERT INTO dialogue (municipality_id, title, purpose, promise, status, opened_at, closed_at, feedback_published_at)
       VALUES ($1, $2, $3, $3, $4,
               CASE WHEN $4 <> 'DRAFT' THEN now() END, CASE WHEN $4 IN ('CLOSED', 'REPORTED') THEN now() END, CASE WHEN $4 = 'REPORTED' THEN now() END)
       RETURNING id`,
      [municipalityId, text(title), text('Syfte och löfte'), status],
    )
  ).id;
}

let open: string;
let closed: string;
let reported: string;
let draft: string;
let foreignOpen: string;

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  for (const who of ['officer', 'resident', 'forening', 'elevrad']) tokens[who] = await loginAs(api, `${who}@kalix.example`);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  otherMunicipalityId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug <> 'kalix' ORDER BY slug LIMIT 1`)).id;
  goalIds = (
    await db.query(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 ORDER BY g.code LIMIT 2`,
      [kalixId],
    )
  ).map((g: { id: string }) => g.id);
  villageOrgId = (await one<{ id: string }>(`SELECT id FROM organization WHERE name = 'Töre byaförening'`)).id;
  schoolCouncilId = (await one<{ id: string }>(`SELECT id FROM organization WHERE name = 'Elevrådet Furuhedsskolan'`)).id;
  open = await insertDialogue('OPEN');
  closed = await insertDialogue('CLOSED');
  reported = await insertDialogue('REPORTED');
  draft = await insertDialogue('DRAFT');
  foreignOpen = await insertDialogue('OPEN', otherMunicipalityId, 'Annan kommuns dialog');
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  await db.query(`DELETE FROM rate_limit_counter`);
});

/** Every way a link is refused, for an actor who does not manage dialogues. */
const unknownDialogue = randomUUID();
const REFUSED: Array<{ name: string; id: () => string }> = [
  { name: 'a dialogue of another municipality', id: () => foreignOpen },
  { name: 'a CLOSED dialogue', id: () => closed },
  { name: 'a REPORTED dialogue', id: () => reported },
  { name: 'a DRAFT dialogue (not its manager)', id: () => draft },
  { name: 'an unknown dialogue', id: () => unknownDialogue },
];

// ---------------------------------------------------------------- ideas

const SUBMIT_IDEA = `mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id dialogue { id title status } } }`;
let ideaSerial = 0;
const ideaInput = (dialogueId: string | null, title = `Idé nummer ${++ideaSerial} för dialogen`) => ({
  municipalitySlug: 'kalix',
  title,
  body: 'En tillräckligt lång beskrivning av idén så att den godtas av reglerna.',
  locale: 'sv',
  goalIds: [goalIds[0]],
  dialogueId,
});

describe('ideas given to a dialogue', () => {
  for (const refused of REFUSED) {
    it(`refuses ${refused.name} with BAD_USER_INPUT on dialogueId and writes nothing`, async () => {
      const input = ideaInput(refused.id());
      const before = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM idea`)).n;
      const result = await api.graphql(SUBMIT_IDEA, { input }, as('resident'));
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['input.dialogueId']);
      expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM idea`)).n).toBe(before);
    });
  }

  it('accepts an OPEN dialogue of the municipality; Idea.dialogue resolves', async () => {
    const result = await api.graphql<{ submitIdea: { id: string; dialogue: { id: string; title: string; status: string } } }>(
      SUBMIT_IDEA,
      { input: ideaInput(open) },
      as('resident'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitIdea.dialogue).toEqual({ id: open, title: 'Dialog OPEN', status: 'OPEN' });
    expect((await one<{ dialogue_id: string }>(`SELECT dialogue_id FROM idea WHERE id = $1`, [result.data!.submitIdea.id])).dialogue_id).toBe(open);
  });

  it('lets an officer give an idea to a DRAFT dialogue, which stays hidden from everyone else', async () => {
    const result = await api.graphql<{ submitIdea: { id: string; dialogue: { id: string } | null } }>(SUBMIT_IDEA, { input: ideaInput(draft) }, as('officer'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitIdea.dialogue?.id).toBe(draft);
    const query = `query($id: ID!) { idea(id: $id) { dialogue { id } } }`;
    const publicView = await api.graphql<{ idea: { dialogue: unknown } }>(query, { id: result.data!.submitIdea.id });
    expect(publicView.data!.idea.dialogue).toBeNull();
    const residentView = await api.graphql<{ idea: { dialogue: unknown } }>(query, { id: result.data!.submitIdea.id }, as('resident'));
    expect(residentView.data!.idea.dialogue).toBeNull();
  });

  it('an idea without a dialogue has dialogue null', async () => {
    const result = await api.graphql<{ submitIdea: { dialogue: unknown } }>(SUBMIT_IDEA, { input: ideaInput(null) }, as('resident'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitIdea.dialogue).toBeNull();
  });

  it('ideas(filter: { dialogueId }) lists only the ideas given to that dialogue', async () => {
    const filtered = await insertDialogue('OPEN', kalixId, 'Filterdialog för idéer');
    const mine: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await api.graphql<{ submitIdea: { id: string } }>(SUBMIT_IDEA, { input: ideaInput(filtered) }, as('resident'));
      mine.push(r.data!.submitIdea.id);
    }
    await api.graphql(SUBMIT_IDEA, { input: ideaInput(open) }, as('resident'));
    const result = await api.graphql<{ ideas: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      `query($d: ID!) { ideas(filter: { municipalitySlug: "kalix", dialogueId: $d }) { totalCount edges { node { id } } } }`,
      { d: filtered },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.ideas.totalCount).toBe(2);
    expect(result.data!.ideas.edges.map((e) => e.node.id).sort()).toEqual([...mine].sort());
  });
});

// ---------------------------------------------------------------- workshops

const CREATE_WORKSHOP = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id dialogue { id } } }`;
const UPDATE_WORKSHOP = `mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { id dialogue { id } } }`;
const workshopFields = (overrides: Record<string, unknown> = {}) => ({
  title: 'Framtidsverkstad om unga i Töre',
  originalLocale: 'sv',
  startsAt: hours(48),
  endsAt: hours(50),
  venue: 'Töre bygdegård',
  ...overrides,
});

describe('workshops of a dialogue', () => {
  for (const refused of REFUSED) {
    it(`createWorkshop refuses ${refused.name} (BAD_USER_INPUT on dialogueId, nothing written)`, async () => {
      const before = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM workshop`)).n;
      const result = await api.graphql(CREATE_WORKSHOP, { input: { organizationId: villageOrgId, ...workshopFields({ dialogueId: refused.id() }) } }, as('forening'));
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['input.dialogueId']);
      expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM workshop`)).n).toBe(before);
    });
  }

  it('createWorkshop accepts an OPEN dialogue (Workshop.dialogue resolves) and an officer may use a DRAFT', async () => {
    const linked = await api.graphql<{ createWorkshop: { id: string; dialogue: { id: string } } }>(
      CREATE_WORKSHOP,
      { input: { organizationId: villageOrgId, ...workshopFields({ dialogueId: open }) } },
      as('forening'),
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.createWorkshop.dialogue).toEqual({ id: open });
    const drafted = await api.graphql<{ createWorkshop: { dialogue: { id: string } } }>(
      CREATE_WORKSHOP,
      { input: { organizationId: villageOrgId, ...workshopFields({ dialogueId: draft }) } },
      as('officer'),
    );
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data!.createWorkshop.dialogue).toEqual({ id: draft });
  });

  it('updateWorkshop: left out keeps the link, a closed dialogue is refused, the same (since closed) link may stay, null unlinks', async () => {
    const closing = await insertDialogue('OPEN', kalixId, 'Dialog som stängs');
    const created = await api.graphql<{ createWorkshop: { id: string } }>(
      CREATE_WORKSHOP,
      { input: { organizationId: villageOrgId, ...workshopFields({ dialogueId: closing }) } },
      as('forening'),
    );
    const id = created.data!.createWorkshop.id;
    const kept = await api.graphql<{ updateWorkshop: { dialogue: { id: string } | null } }>(UPDATE_WORKSHOP, { id, input: workshopFields({ venue: 'Töre skola' }) }, as('forening'));
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateWorkshop.dialogue).toEqual({ id: closing });

    const refused = await api.graphql(UPDATE_WORKSHOP, { id, input: workshopFields({ dialogueId: closed }) }, as('forening'));
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['input.dialogueId']);
    expect((await one<{ dialogue_id: string }>(`SELECT dialogue_id FROM workshop WHERE id = $1`, [id])).dialogue_id).toBe(closing);

    await db.query(`UPDATE dialogue SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [closing]);
    const same = await api.graphql<{ updateWorkshop: { dialogue: { id: string } | null } }>(
      UPDATE_WORKSHOP,
      { id, input: workshopFields({ dialogueId: closing, venue: 'Töre bygdegård, stora salen' }) },
      as('forening'),
    );
    expect(same.errors).toBeUndefined();
    expect(same.data!.updateWorkshop.dialogue).toEqual({ id: closing });

    const unlinked = await api.graphql<{ updateWorkshop: { dialogue: unknown } }>(UPDATE_WORKSHOP, { id, input: workshopFields({ dialogueId: null }) }, as('forening'));
    expect(unlinked.errors).toBeUndefined();
    expect(unlinked.data!.updateWorkshop.dialogue).toBeNull();
    expect((await one<{ dialogue_id: string | null }>(`SELECT dialogue_id FROM workshop WHERE id = $1`, [id])).dialogue_id).toBeNull();
  });

  it('workshops(filter: { dialogueId }) lists only that dialogue\'s workshops', async () => {
    const filtered = await insertDialogue('OPEN', kalixId, 'Filterdialog för workshoppar');
    const ids: string[] = [];
    for (const startsIn of [72, 24]) {
      const r = await api.graphql<{ createWorkshop: { id: string } }>(
        CREATE_WORKSHOP,
        { input: { organizationId: villageOrgId, ...workshopFields({ dialogueId: filtered, startsAt: hours(startsIn), endsAt: hours(startsIn + 2) }) } },
        as('forening'),
      );
      ids.push(r.data!.createWorkshop.id);
    }
    const result = await api.graphql<{ workshops: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      `query($d: ID!) { workshops(filter: { municipalitySlug: "kalix", dialogueId: $d }) { totalCount edges { node { id } } } }`,
      { d: filtered },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.workshops.totalCount).toBe(2);
    expect(result.data!.workshops.edges.map((e) => e.node.id).sort()).toEqual([...ids].sort());
  });
});

// ---------------------------------------------------------------- polls

const CREATE_POLL = `mutation($input: CreatePollInput!) { createPoll(input: $input) { id dialogue { id } } }`;
const UPDATE_POLL = `mutation($id: ID!, $input: UpdatePollInput!) { updatePoll(id: $id, input: $input) { id dialogue { id } } }`;
const l = (sv: string) => ({ sv, fi: `${sv} fi`, fit: `${sv} fit` });
const pollFields = (overrides: Record<string, unknown> = {}) => ({
  question: l('Vad vill ni ha i nya ungdomsgården?'),
  options: [{ text: l('Musikrum') }, { text: l('Gym') }],
  opensAt: hours(24),
  closesAt: hours(24 * 8),
  ...overrides,
});

describe('polls of a dialogue', () => {
  for (const refused of REFUSED) {
    it(`createPoll refuses ${refused.name} (BAD_USER_INPUT on dialogueId, nothing written)`, async () => {
      const before = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM poll`)).n;
      const result = await api.graphql(CREATE_POLL, { input: { organizationId: schoolCouncilId, ...pollFields({ dialogueId: refused.id() }) } }, as('elevrad'));
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['input.dialogueId']);
      expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM poll`)).n).toBe(before);
    });
  }

  it('createPoll accepts an OPEN dialogue (Poll.dialogue resolves); updatePoll keeps, refuses a REPORTED one and unlinks with null', async () => {
    const created = await api.graphql<{ createPoll: { id: string; dialogue: { id: string } } }>(
      CREATE_POLL,
      { input: { organizationId: schoolCouncilId, ...pollFields({ dialogueId: open }) } },
      as('elevrad'),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPoll.dialogue).toEqual({ id: open });
    const id = created.data!.createPoll.id;

    const kept = await api.graphql<{ updatePoll: { dialogue: { id: string } } }>(UPDATE_POLL, { id, input: pollFields() }, as('elevrad'));
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updatePoll.dialogue).toEqual({ id: open });

    const refused = await api.graphql(UPDATE_POLL, { id, input: pollFields({ dialogueId: reported }) }, as('elevrad'));
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['input.dialogueId']);

    const unlinked = await api.graphql<{ updatePoll: { dialogue: unknown } }>(UPDATE_POLL, { id, input: pollFields({ dialogueId: null }) }, as('elevrad'));
    expect(unlinked.errors).toBeUndefined();
    expect(unlinked.data!.updatePoll.dialogue).toBeNull();
  });

  it('an officer may give a poll to a DRAFT dialogue', async () => {
    const youthCouncilId = (await one<{ id: string }>(`SELECT id FROM organization WHERE name = 'Kalix ungdomsråd'`)).id;
    const created = await api.graphql<{ createPoll: { dialogue: { id: string } } }>(
      CREATE_POLL,
      { input: { organizationId: youthCouncilId, ...pollFields({ dialogueId: draft }) } },
      as('officer'),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPoll.dialogue).toEqual({ id: draft });
  });
});

// ---------------------------------------------------------------- contributions

const CONTRIBUTIONS = `ideaCount contributionCount workshops { id } polls { id }`;

/**
 * An OPEN dialogue with content in every channel, written with SQL: `ideas` visible ideas and a
 * hidden one, a survey with `responses` submitted responses and one in progress, a workshop with
 * `inputs` published inputs (plus a draft and a hidden one), a poll with `votes` votes.
 */
async function dialogueWithContributions(counts: { ideas: number; responses: number; inputs: number; votes: number }, title = 'Dialog med bidrag') {
  const dialogueId = await insertDialogue('OPEN', kalixId, title);
  const resident = await one<{ id: string }>(`SELECT id FROM app_user WHERE email = 'resident@kalix.example'`);
  for (let i = 0; i <= counts.ideas; i++) {
    await db.query(
      `INSERT INTO idea (municipality_id, reference, title, body, original_locale, author_id, text_hash, status, dialogue_id)
       VALUES ($1, $2, 'En idé till dialogen', 'En beskrivning som är lång nog.', 'sv', $3, $4, $5, $6)`,
      [kalixId, `T-${randomUUID().slice(0, 8)}`, resident.id, randomUUID(), i < counts.ideas ? 'PUBLISHED' : 'HIDDEN', dialogueId],
    );
  }
  const survey = await one<{ id: string }>(
    `INSERT INTO survey (municipality_id, dialogue_id, series_id, status, title) VALUES ($1, $2, gen_random_uuid(), 'PUBLISHED', $3) RETURNING id`,
    [kalixId, dialogueId, text('Enkät')],
  );
  for (let i = 0; i <= counts.responses; i++) {
    await db.query(`INSERT INTO survey_response (survey_id, status, respondent_token_hash, locale, submitted_at) VALUES ($1, $2, $3, 'sv', $4)`, [
      survey.id,
      i < counts.responses ? 'SUBMITTED' : 'IN_PROGRESS',
      randomUUID(),
      i < counts.responses ? new Date() : null,
    ]);
  }
  const workshop = await one<{ id: string }>(
    `INSERT INTO workshop (municipality_id, organization_id, title, original_locale, starts_at, ends_at, venue, dialogue_id)
     VALUES ($1, $2, '{"sv": "Verkstad"}', 'sv', now() - interval '3 hours', now() - interval '1 hour', 'Töre', $3) RETURNING id`,
    [kalixId, villageOrgId, dialogueId],
  );
  const statuses = [...Array.from({ length: counts.inputs }, () => 'PUBLISHED'), 'DRAFT', 'HIDDEN'];
  for (const status of statuses) {
    await db.query(`INSERT INTO workshop_input (workshop_id, client_id, text, status) VALUES ($1, gen_random_uuid(), 'Ett förslag', $2)`, [workshop.id, status]);
  }
  const poll = await one<{ id: string }>(
    `INSERT INTO poll (municipality_id, organization_id, short_code, question, opens_at, closes_at, dialogue_id)
     VALUES ($1, $2, $3, $4, now() - interval '1 day', now() + interval '1 day', $5) RETURNING id`,
    [kalixId, schoolCouncilId, randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase(), text('Fråga'), dialogueId],
  );
  const option = await one<{ id: string }>(`INSERT INTO poll_option (poll_id, position, text) VALUES ($1, 0, $2) RETURNING id`, [poll.id, text('Ja')]);
  const batch = await one<{ id: string }>(`INSERT INTO voter_code_batch (poll_id, issued_count) VALUES ($1, $2) RETURNING id`, [poll.id, counts.votes]);
  await db.query(`INSERT INTO vote (poll_id, option_id, batch_id, cast_at) SELECT $1, $2, $3, now() FROM generate_series(1, $4)`, [
    poll.id,
    option.id,
    batch.id,
    counts.votes,
  ]);
  return { dialogueId, workshopId: workshop.id, pollId: poll.id };
}

describe('a dialogue\'s contributions', () => {
  it('counts visible ideas, and sums ideas + submitted responses + published workshop inputs + votes', async () => {
    const { dialogueId, workshopId, pollId } = await dialogueWithContributions({ ideas: 2, responses: 3, inputs: 4, votes: 5 });
    const result = await api.graphql<{ dialogue: { ideaCount: number; contributionCount: number; workshops: Array<{ id: string }>; polls: Array<{ id: string }> } }>(
      `query($id: ID!) { dialogue(id: $id) { ${CONTRIBUTIONS} } }`,
      { id: dialogueId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.dialogue).toEqual({ ideaCount: 2, contributionCount: 2 + 3 + 4 + 5, workshops: [{ id: workshopId }], polls: [{ id: pollId }] });
  });

  it('a dialogue with nothing given has zeros and empty lists', async () => {
    const id = await insertDialogue('OPEN', kalixId, 'Tom dialog');
    const result = await api.graphql<{ dialogue: unknown }>(`query($id: ID!) { dialogue(id: $id) { ${CONTRIBUTIONS} } }`, { id });
    expect(result.data!.dialogue).toEqual({ ideaCount: 0, contributionCount: 0, workshops: [], polls: [] });
  });

  it('lists workshops by start and polls by opening', async () => {
    const { dialogueId, workshopId: first } = await dialogueWithContributions({ ideas: 0, responses: 0, inputs: 0, votes: 0 }, 'Ordningsdialog');
    const later = await one<{ id: string }>(
      `INSERT INTO workshop (municipality_id, organization_id, title, original_locale, starts_at, ends_at, venue, dialogue_id)
       VALUES ($1, $2, '{"sv": "Senare"}', 'sv', now() + interval '2 days', now() + interval '2 days 2 hours', 'Nyborg', $3) RETURNING id`,
      [kalixId, villageOrgId, dialogueId],
    );
    const earlier = await one<{ id: string }>(
      `INSERT INTO workshop (municipality_id, organization_id, title, original_locale, starts_at, ends_at, venue, dialogue_id)
       VALUES ($1, $2, '{"sv": "Tidigare"}', 'sv', now() - interval '10 days', now() - interval '10 days' + interval '2 hours', 'Sangis', $3) RETURNING id`,
      [kalixId, villageOrgId, dialogueId],
    );
    const result = await api.graphql<{ dialogue: { workshops: Array<{ id: string }> } }>(`query($id: ID!) { dialogue(id: $id) { workshops { id } } }`, {
      id: dialogueId,
    });
    expect(result.data!.dialogue.workshops.map((w) => w.id)).toEqual([earlier.id, first, later.id]);
  });

  it('costs the same number of statements for a list of 2 more and of 6 more dialogues', async () => {
    const query = `{ dialogues(municipalitySlug: "kalix") { id ${CONTRIBUTIONS} workshops { id title } polls { id question } } }`;
    const measure = async () => {
      api.statements.reset();
      const result = await api.graphql<{ dialogues: unknown[] }>(query);
      expect(result.errors).toBeUndefined();
      return { statements: api.statements.count, dialogues: result.data!.dialogues.length };
    };
    for (let i = 0; i < 2; i++) await dialogueWithContributions({ ideas: 1, responses: 1, inputs: 1, votes: 1 }, `Mätdialog ${i}`);
    const small = await measure();
    for (let i = 2; i < 6; i++) await dialogueWithContributions({ ideas: 1, responses: 1, inputs: 1, votes: 1 }, `Mätdialog ${i}`);
    const large = await measure();
    expect(large.dialogues).toBe(small.dialogues + 4);
    expect(large.statements).toBe(small.statements);
    // Each contribution field is one statement for the whole list, not one per dialogue.
    const contributionStatements = api.statements.statements.filter((sql) => /survey_response|workshop_input/.test(sql));
    expect(contributionStatements).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- the demo seed

describe('the demo dialogues', () => {
  const SEEDED = `{ dialogues(municipalitySlug: "kalix") {
    id title status decisionMaker targetGroups places { name } goals { code }
    phases { kind startsOn endsOn } currentPhase { kind }
    whatWeHeard decisions { body paragraph diaryNumber meetingDate }
    ${CONTRIBUTIONS} polls { id shortCode } } }`;
  interface Seeded {
    id: string;
    title: string;
    status: string;
    decisionMaker: string;
    targetGroups: string[];
    places: Array<{ name: string }>;
    goals: Array<{ code: string }>;
    phases: Array<{ kind: string; startsOn: string; endsOn: string }>;
    currentPhase: { kind: string } | null;
    whatWeHeard: string | null;
    decisions: Array<{ body: string; paragraph: string; diaryNumber: string; meetingDate: string }>;
    ideaCount: number;
    contributionCount: number;
    polls: Array<{ id: string; shortCode: string }>;
  }
  const seeded = async () => (await api.graphql<{ dialogues: Seeded[] }>(SEEDED)).data!.dialogues;

  it('has an OPEN dialogue about growing up in Kalix, collecting now, with its idea, poll and survey responses', async () => {
    const dialogue = (await seeded()).find((d) => d.title === 'Hur ska vi göra Kalix till en bra plats att växa upp på?')!;
    expect(dialogue).toBeDefined();
    expect(dialogue.status).toBe('OPEN');
    expect(dialogue.decisionMaker).toBe('Kommunstyrelsen');
    expect(dialogue.targetGroups).toContain('YOUNG_PEOPLE');
    expect(dialogue.places.map((p) => p.name).sort()).toEqual(['Kalix', 'Nyborg', 'Sangis', 'Töre']);
    expect(dialogue.goals.map((g) => g.code)).toEqual(expect.arrayContaining(['5.1.1', '5.2.4']));
    expect(dialogue.phases.map((p) => p.kind)).toEqual(['INFORM', 'COLLECT', 'ANALYSE', 'FEEDBACK']);
    expect(dialogue.currentPhase?.kind).toBe('COLLECT');
    expect(dialogue.polls.map((p) => p.shortCode)).toEqual(['UNGA2KX']);
    expect(dialogue.ideaCount).toBe(1);
    const idea = await one<{ title: string }>(`SELECT title FROM idea WHERE dialogue_id = $1`, [dialogue.id]);
    expect(idea.title).toBe('Sommarjobb för unga i föreningslivet');
    const survey = await one<{ status: string; questions: number; responses: number }>(
      `SELECT s.status, (SELECT count(*) FROM jsonb_array_elements(s.sections) sec, jsonb_array_elements(sec->'questions'))::int AS questions,
              (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id AND r.status = 'SUBMITTED')::int AS responses
         FROM survey s WHERE s.dialogue_id = $1`,
      [dialogue.id],
    );
    expect(survey).toEqual({ status: 'PUBLISHED', questions: 5, responses: 12 });
    // The seeded survey and answers obey the rules the builder and the answering page apply.
    const stored = await one<{ title: LocalizedText; description: LocalizedText | null; sections: SurveySectionDefinition[] }>(
      `SELECT title, description, sections FROM survey WHERE dialogue_id = $1`,
      [dialogue.id],
    );
    expect(surveyPublishProblems(stored)).toEqual([]);
    const responses: Array<{ answers: SurveyAnswers }> = await db.query(
      `SELECT r.answers FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE s.dialogue_id = $1`,
      [dialogue.id],
    );
    for (const response of responses) expect(validateSubmission(stored.sections, response.answers)).toEqual([]);
    // 1 idea + 12 survey responses + 14 votes in the ungdomsråd's poll.
    expect(dialogue.contributionCount).toBe(1 + 12 + 14);
  });

  it('has a REPORTED dialogue with its återkoppling and the council decision', async () => {
    const dialogue = (await seeded()).find((d) => d.title === 'Vad ska hända med badplatsen i Nyborg?')!;
    expect(dialogue.status).toBe('REPORTED');
    expect(dialogue.whatWeHeard).toMatch(/brygga/);
    expect(dialogue.decisions).toHaveLength(1);
    expect(dialogue.decisions[0]).toMatchObject({ body: 'Kommunstyrelsen', paragraph: '§ 187', diaryNumber: '2026-00123' });
    expect(dialogue.decisions[0]!.meetingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dialogue.currentPhase).toBeNull();
  });
});
