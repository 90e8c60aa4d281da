/**
 * The authorization matrix: every mutation of the schema × every kind of actor. Each cell proves
 * that the intended actors succeed (and the change happened) and everyone else gets exactly
 * UNAUTHENTICATED or FORBIDDEN with nothing changed in the database.
 *
 * A new mutation without a row here fails the first test: add its row to ROWS.
 */
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { bearer, loginAs, startTestApp, type TestApp } from './support/test-app';

const ACTORS = ['anonymous', 'resident', 'member', 'leader', 'moderator', 'officer', 'admin', 'otherAdmin'] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

interface Actor {
  name: ActorName;
  /** Null for the anonymous actor. */
  userId: string | null;
  headers: Record<string, string>;
}

interface Cell {
  variables: Record<string, unknown>;
  /** Headers for this cell when not the actor's own session (e.g. a throwaway copy of the actor). */
  headers?: Record<string, string>;
  /** Anything verify() needs to know about the fixture. */
  state?: Record<string, unknown>;
}

interface Row {
  mutation: string;
  document: string;
  expect: Record<ActorName, Outcome>;
  /** Builds the cell's own fixtures, so a success never changes what later cells see. */
  setup(actor: Actor): Promise<Cell>;
  /** Checks the success really happened. */
  verify(actor: Actor, data: Record<string, unknown>, cell: Cell): Promise<void>;
}

// ------------------------------------------------------------------ who may do what

const OK = 'OK' as const;
/** Everyone succeeds, signed in or not. */
const everyone = (): Record<ActorName, Outcome> => Object.fromEntries(ACTORS.map((a) => [a, OK])) as Record<ActorName, Outcome>;
/** Every signed-in person succeeds. */
const signedIn = (): Record<ActorName, Outcome> => ({ ...everyone(), anonymous: 'UNAUTHENTICATED' });
/** Only the listed actors succeed; other signed-in actors get FORBIDDEN. */
const only = (...allowed: ActorName[]): Record<ActorName, Outcome> =>
  Object.fromEntries(ACTORS.map((a) => [a, a === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(a) ? OK : 'FORBIDDEN'])) as Record<
    ActorName,
    Outcome
  >;

// ------------------------------------------------------------------ fixtures, straight in the database

let api: TestApp;
let db: DataSource;
const actors = {} as Record<ActorName, Actor>;
let kalixId: string;
let norsjoId: string;
let demoPasswordHash: string;
const DEMO_PASSWORD = 'medskapa-demo';
const NEW_PASSWORD = 'älven-fryser-i-november';
const ids = { forening: '', resident: '' };

let sequence = 0;
const uniqueEmail = (what: string) => `${what}.${Date.now().toString(36)}.${++sequence}@matrix.example`;
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;

async function makeUser(options: { municipalityId?: string; roles?: string[]; verified?: boolean } = {}): Promise<{ id: string; email: string }> {
  const email = uniqueEmail('user');
  const { id } = await one<{ id: string }>(
    `INSERT INTO app_user (email, password_hash, display_name, locale, municipality_id, email_verified_at)
     VALUES ($1, $2, 'Matris Person', 'sv', $3, CASE WHEN $4 THEN now() END) RETURNING id`,
    [email, demoPasswordHash, options.municipalityId ?? kalixId, options.verified ?? true],
  );
  for (const role of options.roles ?? []) {
    await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) VALUES ($1, $2, $3)`, [id, options.municipalityId ?? kalixId, role]);
  }
  return { id, email };
}

async function makeSession(userId: string): Promise<{ id: string; token: string }> {
  const token = newToken();
  const { id } = await one<{ id: string }>(
    `INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at) VALUES ($1, $2, 'PASSWORD', now() + interval '1 day', now()) RETURNING id`,
    [userId, hashToken(token)],
  );
  return { id, token };
}

/** A throwaway person with the same roles and memberships as the actor, for mutations on oneself. */
async function cloneOf(actor: Actor, options: { verified?: boolean } = {}): Promise<{ id: string; email: string; headers: Record<string, string> }> {
  const email = uniqueEmail(`clone-${actor.name}`);
  const { id } = await one<{ id: string }>(
    `INSERT INTO app_user (email, password_hash, display_name, locale, municipality_id, home_place_id, email_verified_at)
     SELECT $2, $3, display_name || ' (kopia)', locale, municipality_id, home_place_id, CASE WHEN $4 THEN now() END FROM app_user WHERE id = $1
     RETURNING id`,
    [actor.userId, email, demoPasswordHash, options.verified ?? true],
  );
  await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) SELECT $2, municipality_id, role FROM role_assignment WHERE user_id = $1`, [
    actor.userId,
    id,
  ]);
  await db.query(`INSERT INTO membership (organization_id, user_id, role) SELECT organization_id, $2, role FROM membership WHERE user_id = $1`, [
    actor.userId,
    id,
  ]);
  return { id, email, headers: bearer((await makeSession(id)).token) };
}

/** An organization of Kalix led by forening@ (the leader actor) with resident@ (the member actor) as member. */
async function makeOrganization(status: 'APPROVED' | 'PENDING' = 'APPROVED'): Promise<string> {
  const { id } = await one<{ id: string }>(
    `INSERT INTO organization (municipality_id, name, kind, status, created_by_id) VALUES ($1, $2, 'VILLAGE_ASSOCIATION', $3, $4) RETURNING id`,
    [kalixId, `Matrisföreningen ${++sequence}`, status, ids.forening],
  );
  await db.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'LEADER'), ($1, $3, 'MEMBER')`, [id, ids.forening, ids.resident]);
  return id;
}

async function addMember(organizationId: string): Promise<string> {
  const user = await makeUser();
  await db.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [organizationId, user.id]);
  return user.id;
}

async function makeInvitation(organizationId: string): Promise<{ id: string; token: string }> {
  const token = newToken();
  const { id } = await one<{ id: string }>(
    `INSERT INTO organization_invitation (organization_id, email, role, token_hash, invited_by_id, expires_at)
     VALUES ($1, $2, 'MEMBER', $3, $4, now() + interval '7 days') RETURNING id`,
    [organizationId, uniqueEmail('invitee'), hashToken(token), ids.forening],
  );
  return { id, token };
}

async function makeUserToken(userId: string, kind: 'PASSWORD_RESET' | 'EMAIL_VERIFICATION'): Promise<string> {
  const token = newToken();
  await db.query(`INSERT INTO user_token (user_id, kind, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`, [
    userId,
    kind,
    hashToken(token),
  ]);
  return token;
}

/** A fingerprint of every table (rate-limit counters aside, which every request touches). */
async function snapshot(): Promise<Record<string, string>> {
  const tables: Array<{ table_name: string }> = await db.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limit_counter', 'typeorm_migration')
      ORDER BY table_name`,
  );
  const rows: Array<{ t: string; h: string }> = await db.query(
    tables
      .map(({ table_name: t }) => `SELECT '${t}' AS t, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`)
      .join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

async function kalixGoalId(): Promise<string> {
  return (
    await one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id = $1 ORDER BY g.id LIMIT 1`,
      [kalixId],
    )
  ).id;
}

/** A published Kalix idea by a person who is none of the actors. */
async function makeIdea(): Promise<string> {
  const author = await makeUser();
  const { id } = await one<{ id: string }>(
    `INSERT INTO idea (municipality_id, reference, title, body, original_locale, author_id, text_hash)
     VALUES ($1, $2, 'Matrisens idé', 'Ett förslag för matrisen med tillräckligt lång text.', 'sv', $3, $2) RETURNING id`,
    [kalixId, `MATRIX-${++sequence}`, author.id],
  );
  await db.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [id, await kalixGoalId()]);
  return id;
}

/** A SCHOOL_COUNCIL of Kalix led by forening@ (the leader actor) with resident@ (the member actor) as member. */
async function makeSchoolCouncil(): Promise<string> {
  const { id } = await one<{ id: string }>(
    `INSERT INTO organization (municipality_id, name, kind, status, created_by_id) VALUES ($1, $2, 'SCHOOL_COUNCIL', 'APPROVED', $3) RETURNING id`,
    [kalixId, `Matriselevrådet ${++sequence}`, ids.forening],
  );
  await db.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'LEADER'), ($1, $3, 'MEMBER')`, [id, ids.forening, ids.resident]);
  return id;
}

const pollText = (s: string) => ({ sv: s, fi: `${s} fi`, fit: `${s} fit` });
const POLL_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const randomPollCode = (n: number) => Array.from({ length: n }, () => POLL_CODE_ALPHABET[Math.floor(Math.random() * POLL_CODE_ALPHABET.length)]).join('');

/** A poll of a fresh school council (opening in an hour unless `open`), with two options. */
async function makePoll(options: { open?: boolean } = {}): Promise<{ id: string; optionId: string }> {
  const organizationId = await makeSchoolCouncil();
  const localized = (s: string) => JSON.stringify({ sv: { text: s, status: 'REVIEWED' }, fi: { text: s, status: 'REVIEWED' }, fit: { text: s, status: 'REVIEWED' } });
  const { id } = await one<{ id: string }>(
    `INSERT INTO poll (municipality_id, organization_id, short_code, question, opens_at, closes_at)
     VALUES ($1, $2, $3, $4, now() + CASE WHEN $5 THEN interval '-1 hour' ELSE interval '1 hour' END, now() + interval '1 day') RETURNING id`,
    [kalixId, organizationId, randomPollCode(7), localized('Matrisfråga?'), options.open ?? false],
  );
  const { id: optionId } = await one<{ id: string }>(`INSERT INTO poll_option (poll_id, position, text) VALUES ($1, 0, $2), ($1, 1, $3) RETURNING id`, [
    id,
    localized('Ja'),
    localized('Nej'),
  ]);
  return { id, optionId };
}

/** A survey of Kalix with one free-text question in every language; `status` DRAFT, PUBLISHED or CLOSED. */
async function makeSurvey(status: 'DRAFT' | 'PUBLISHED' | 'CLOSED' = 'DRAFT'): Promise<string> {
  const text = (s: string) => ({ sv: { text: s, status: 'REVIEWED' }, fi: { text: `${s} fi`, status: 'REVIEWED' }, fit: { text: `${s} fit`, status: 'REVIEWED' } });
  const question = {
    id: crypto.randomUUID(), type: 'FREE_TEXT', prompt: text('Vad tycker du?'), help: null, required: false, options: [], allowOther: false,
    scaleMinLabel: null, scaleMaxLabel: null, placeIds: [], goalIds: [], maxChoices: null, condition: null,
  };
  const sections = [{ id: crypto.randomUUID(), title: text('Del 1'), description: null, questions: [question] }];
  const { id } = await one<{ id: string }>(
    `INSERT INTO survey (municipality_id, series_id, version, status, title, sections, published_at, closed_at)
     VALUES ($1, gen_random_uuid(), 1, $2, $3, $4, CASE WHEN $2 <> 'DRAFT' THEN now() END, CASE WHEN $2 = 'CLOSED' THEN now() END) RETURNING id`,
    [kalixId, status, JSON.stringify(text(`Matrisenkät ${++sequence}`)), JSON.stringify(sections)],
  );
  return id;
}

/** A submitted response with a free text to a published survey of Kalix, optionally already hidden. */
async function makeSurveyFreeText(hidden: boolean): Promise<{ responseId: string; questionId: string }> {
  const surveyId = await makeSurvey('PUBLISHED');
  const { question_id: questionId } = await one<{ question_id: string }>(`SELECT sections->0->'questions'->0->>'id' AS question_id FROM survey WHERE id = $1`, [surveyId]);
  const { id: responseId } = await one<{ id: string }>(
    `INSERT INTO survey_response (survey_id, status, respondent_token_hash, locale, answers, submitted_at)
     VALUES ($1, 'SUBMITTED', md5(random()::text), 'sv', jsonb_build_object($2::text, jsonb_build_object('text', 'Granne Nilsson är bäst')), now()) RETURNING id`,
    [surveyId, questionId],
  );
  if (hidden) await db.query(`INSERT INTO survey_hidden_answer (response_id, question_id, reason) VALUES ($1, $2, 'Namnger en person')`, [responseId, questionId]);
  return { responseId, questionId };
}

const surveyText = (s: string) => ({ sv: s, fi: `${s} fi`, fit: `${s} fit` });
const surveyInput = (title: string) => ({
  title: surveyText(title),
  responseMode: 'ANONYMOUS',
  collectDemographics: false,
  sections: [{ id: crypto.randomUUID(), title: surveyText('Del 1'), questions: [{ id: crypto.randomUUID(), type: 'FREE_TEXT', required: false, prompt: surveyText('Varför?') }] }],
});

const noCell = async (): Promise<Cell> => ({ variables: {} });

// ------------------------------------------------------------------ the rows

const ROWS: Row[] = [
  // --- surveys: built, published, versioned, closed and deleted by officers (and admins) of the municipality
  {
    mutation: 'createSurvey',
    document: `mutation($input: SurveyInput!) { createSurvey(municipalitySlug: "kalix", input: $input) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const title = `Matrisenkät ${++sequence}`;
      return { variables: { input: surveyInput(title) }, state: { title } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM survey WHERE title->'sv'->>'text' = $1 AND status = 'DRAFT'`, [cell.state!.title])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'updateSurvey',
    document: `mutation($id: ID!, $input: SurveyInput!) { updateSurvey(id: $id, input: $input) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeSurvey();
      return { variables: { id, input: surveyInput('Ändrad matrisenkät') }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT title->'sv'->>'text' AS title FROM survey WHERE id = $1`, [cell.state!.id])).toEqual({ title: 'Ändrad matrisenkät' });
    },
  },
  {
    mutation: 'publishSurvey',
    document: `mutation($id: ID!) { publishSurvey(id: $id) { id status } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeSurvey();
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT status FROM survey WHERE id = $1`, [cell.state!.id])).toEqual({ status: 'PUBLISHED' });
    },
  },
  {
    mutation: 'createSurveyVersion',
    document: `mutation($id: ID!) { createSurveyVersion(id: $id) { id version } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeSurvey('PUBLISHED');
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(
        await db.query(`SELECT version, status FROM survey WHERE series_id = (SELECT series_id FROM survey WHERE id = $1) ORDER BY version`, [cell.state!.id]),
      ).toEqual([
        { version: 1, status: 'PUBLISHED' },
        { version: 2, status: 'DRAFT' },
      ]);
    },
  },
  {
    mutation: 'closeSurvey',
    document: `mutation($id: ID!) { closeSurvey(id: $id) { id status } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeSurvey('PUBLISHED');
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT status, closed_at IS NOT NULL AS closed FROM survey WHERE id = $1`, [cell.state!.id])).toEqual({ status: 'CLOSED', closed: true });
    },
  },
  {
    mutation: 'deleteSurveyDraft',
    document: `mutation($id: ID!) { deleteSurveyDraft(id: $id) }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeSurvey();
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM survey WHERE id = $1`, [cell.state!.id])).toEqual({ n: 0 });
    },
  },
  // --- survey responses: anyone answers a published ANONYMOUS survey (by browser token or account); officers and moderators hide free texts
  {
    mutation: 'saveSurveyProgress',
    document: `mutation($surveyId: ID!, $token: String) { saveSurveyProgress(surveyId: $surveyId, answers: [], respondentToken: $token) { status } }`,
    expect: everyone(),
    setup: async () => {
      const surveyId = await makeSurvey('PUBLISHED');
      return { variables: { surveyId, token: crypto.randomUUID().replaceAll('-', '') }, state: { surveyId } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1 AND status = 'IN_PROGRESS'`, [cell.state!.surveyId])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'submitSurveyResponse',
    document: `mutation($surveyId: ID!, $token: String) { submitSurveyResponse(surveyId: $surveyId, answers: [], respondentToken: $token) { submittedAt } }`,
    expect: everyone(),
    setup: async () => {
      const surveyId = await makeSurvey('PUBLISHED');
      return { variables: { surveyId, token: crypto.randomUUID().replaceAll('-', '') }, state: { surveyId } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1 AND status = 'SUBMITTED'`, [cell.state!.surveyId])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'hideSurveyAnswer',
    document: `mutation($r: ID!, $q: ID!) { hideSurveyAnswer(responseId: $r, questionId: $q, reason: "Namnger en person") { id hidden } }`,
    expect: only('moderator', 'officer', 'admin'),
    setup: async () => {
      const answer = await makeSurveyFreeText(false);
      return { variables: { r: answer.responseId, q: answer.questionId }, state: answer };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM survey_hidden_answer WHERE response_id = $1`, [cell.state!.responseId])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'restoreSurveyAnswer',
    document: `mutation($r: ID!, $q: ID!) { restoreSurveyAnswer(responseId: $r, questionId: $q) { id hidden } }`,
    expect: only('moderator', 'officer', 'admin'),
    setup: async () => {
      const answer = await makeSurveyFreeText(true);
      return { variables: { r: answer.responseId, q: answer.questionId }, state: answer };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM survey_hidden_answer WHERE response_id = $1`, [cell.state!.responseId])).toEqual({ n: 0 });
    },
  },
  // --- dialogues: run by officers (and admins) of the municipality; anyone signed in follows
  {
    mutation: 'createDialogue',
    document: `mutation($input: DialogueInput!) { createDialogue(municipalitySlug: "kalix", input: $input) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const title = `Matrisdialog ${++sequence}`;
      return { variables: { input: dialogueInput(title) }, state: { title } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT status FROM dialogue WHERE title->'sv'->>'text' = $1`, [cell.state!.title])).toEqual({ status: 'DRAFT' });
    },
  },
  {
    mutation: 'updateDialogue',
    document: `mutation($id: ID!, $input: DialogueInput!) { updateDialogue(id: $id, input: $input) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeDialogue('DRAFT');
      return { variables: { id, input: dialogueInput('Ändrad matrisdialog') }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT title->'sv'->>'text' AS title FROM dialogue WHERE id = $1`, [cell.state!.id])).toEqual({ title: 'Ändrad matrisdialog' });
    },
  },
  {
    mutation: 'publishDialogue',
    document: `mutation($id: ID!) { publishDialogue(id: $id) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeDialogue('DRAFT');
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT status FROM dialogue WHERE id = $1`, [cell.state!.id])).toEqual({ status: 'OPEN' });
    },
  },
  {
    mutation: 'closeDialogue',
    document: `mutation($id: ID!) { closeDialogue(id: $id) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeDialogue('OPEN');
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT status FROM dialogue WHERE id = $1`, [cell.state!.id])).toEqual({ status: 'CLOSED' });
    },
  },
  {
    mutation: 'saveDialogueFeedback',
    document: `mutation($id: ID!, $input: DialogueFeedbackInput!) { saveDialogueFeedback(id: $id, input: $input) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeDialogue('CLOSED');
      return { variables: { id, input: { whatWeHeard: pollText('Vi hörde'), whatHappensNow: pollText('Nu händer') } }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT what_we_heard->'sv'->>'text' AS heard FROM dialogue WHERE id = $1`, [cell.state!.id])).toEqual({ heard: 'Vi hörde' });
    },
  },
  {
    mutation: 'addDialogueDecision',
    document: `mutation($id: ID!) { addDialogueDecision(dialogueId: $id, input: { body: "Kommunstyrelsen", meetingDate: "2026-04-07", paragraph: "45", diaryNumber: "2026-00045" }) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeDialogue('OPEN');
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM dialogue_decision WHERE dialogue_id = $1`, [cell.state!.id])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'removeDialogueDecision',
    document: `mutation($id: ID!) { removeDialogueDecision(id: $id) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const dialogueId = await makeDialogue('CLOSED');
      const { id } = await one<{ id: string }>(
        `INSERT INTO dialogue_decision (dialogue_id, body, meeting_date, paragraph, diary_number) VALUES ($1, 'Kommunstyrelsen', '2026-04-07', '§ 45', '2026-00045') RETURNING id`,
        [dialogueId],
      );
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM dialogue_decision WHERE id = $1`, [cell.state!.id])).toEqual({ n: 0 });
    },
  },
  {
    mutation: 'publishDialogueFeedback',
    document: `mutation($id: ID!) { publishDialogueFeedback(id: $id) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeDialogue('CLOSED', { feedback: true });
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT status FROM dialogue WHERE id = $1`, [cell.state!.id])).toEqual({ status: 'REPORTED' });
    },
  },
  {
    mutation: 'followDialogue',
    document: `mutation($id: ID!) { followDialogue(id: $id) { id } }`,
    expect: signedIn(),
    setup: async () => {
      const id = await makeDialogue('OPEN');
      return { variables: { id }, state: { id } };
    },
    verify: async (actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM dialogue_follow WHERE dialogue_id = $1 AND user_id = $2`, [cell.state!.id, actor.userId])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'unfollowDialogue',
    document: `mutation($id: ID!) { unfollowDialogue(id: $id) { id } }`,
    expect: signedIn(),
    setup: async (actor) => {
      const id = await makeDialogue('OPEN');
      if (actor.userId) await db.query(`INSERT INTO dialogue_follow (dialogue_id, user_id) VALUES ($1, $2)`, [id, actor.userId]);
      return { variables: { id }, state: { id } };
    },
    verify: async (actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM dialogue_follow WHERE dialogue_id = $1 AND user_id = $2`, [cell.state!.id, actor.userId])).toEqual({ n: 0 });
    },
  },
  // --- open to everyone: the link, the credentials or the address is the proof
  {
    mutation: 'register',
    document: `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`,
    expect: everyone(),
    setup: async () => {
      const email = uniqueEmail('register');
      return { variables: { input: { email, password: NEW_PASSWORD, displayName: 'Ny Person', locale: 'sv', municipalitySlug: 'kalix' } }, state: { email } };
    },
    verify: async (_actor, data, cell) => {
      const user = await one<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [cell.state!.email]);
      expect((data.register as { user: { id: string } }).user.id).toBe(user.id);
    },
  },
  {
    mutation: 'login',
    document: `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`,
    expect: everyone(),
    setup: async () => {
      const user = await makeUser();
      return { variables: { email: user.email, password: DEMO_PASSWORD }, state: { userId: user.id } };
    },
    verify: async (_actor, data, cell) => {
      expect((data.login as { user: { id: string } }).user.id).toBe(cell.state!.userId);
      expect(await one(`SELECT count(*)::int AS n FROM session WHERE user_id = $1`, [cell.state!.userId])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'logout',
    document: `mutation { logout }`,
    expect: everyone(),
    setup: async (actor) => {
      if (!actor.userId) return { variables: {} };
      // A second session of the actor's own, so the actor's main session lives on for later cells.
      const session = await makeSession(actor.userId);
      return { variables: {}, headers: bearer(session.token), state: { sessionId: session.id } };
    },
    verify: async (actor, data, cell) => {
      expect(data.logout).toBe(true);
      if (!actor.userId) return;
      expect((await one<{ revoked_at: Date | null }>(`SELECT revoked_at FROM session WHERE id = $1`, [cell.state!.sessionId])).revoked_at).not.toBeNull();
    },
  },
  {
    mutation: 'requestPasswordReset',
    document: `mutation($email: String!) { requestPasswordReset(email: $email) }`,
    expect: everyone(),
    setup: async () => {
      const user = await makeUser();
      return { variables: { email: user.email }, state: { email: user.email } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.requestPasswordReset).toBe(true);
      expect(await one(`SELECT kind FROM outbox_message WHERE to_address = $1`, [cell.state!.email])).toEqual({ kind: 'passwordReset' });
    },
  },
  {
    mutation: 'resetPassword',
    document: `mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`,
    expect: everyone(),
    setup: async () => {
      const user = await makeUser();
      return { variables: { token: await makeUserToken(user.id, 'PASSWORD_RESET'), newPassword: NEW_PASSWORD }, state: { userId: user.id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.resetPassword).toBe(true);
      const row = await one<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE id = $1`, [cell.state!.userId]);
      expect(row.password_hash).not.toBe(demoPasswordHash);
    },
  },
  {
    mutation: 'verifyEmail',
    document: `mutation($token: String!) { verifyEmail(token: $token) { id } }`,
    expect: everyone(),
    setup: async () => {
      const user = await makeUser({ verified: false });
      return { variables: { token: await makeUserToken(user.id, 'EMAIL_VERIFICATION') }, state: { userId: user.id } };
    },
    verify: async (_actor, _data, cell) => {
      const row = await one<{ email_verified_at: Date | null }>(`SELECT email_verified_at FROM app_user WHERE id = $1`, [cell.state!.userId]);
      expect(row.email_verified_at).not.toBeNull();
    },
  },

  // --- one's own account: every signed-in person, acting on a throwaway copy of themself
  {
    mutation: 'updateProfile',
    document: `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName } }`,
    expect: signedIn(),
    setup: async (actor) => {
      const variables = { input: { displayName: 'Nytt Namn' } };
      if (!actor.userId) return { variables };
      const clone = await cloneOf(actor);
      return { variables, headers: clone.headers, state: { userId: clone.id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.updateProfile).toEqual({ id: cell.state!.userId, displayName: 'Nytt Namn' });
    },
  },
  {
    mutation: 'changePassword',
    document: `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`,
    expect: signedIn(),
    setup: async (actor) => {
      const variables = { current: DEMO_PASSWORD, next: NEW_PASSWORD };
      if (!actor.userId) return { variables };
      const clone = await cloneOf(actor);
      return { variables, headers: clone.headers, state: { userId: clone.id } };
    },
    verify: async (_actor, _data, cell) => {
      const row = await one<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE id = $1`, [cell.state!.userId]);
      expect(row.password_hash).not.toBe(demoPasswordHash);
    },
  },
  {
    mutation: 'requestEmailVerification',
    document: `mutation { requestEmailVerification }`,
    expect: signedIn(),
    setup: async (actor) => {
      if (!actor.userId) return { variables: {} };
      const clone = await cloneOf(actor, { verified: false });
      return { variables: {}, headers: clone.headers, state: { email: clone.email } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT kind FROM outbox_message WHERE to_address = $1`, [cell.state!.email])).toEqual({ kind: 'emailVerification' });
    },
  },
  {
    mutation: 'revokeSession',
    document: `mutation($id: ID!) { revokeSession(id: $id) }`,
    expect: signedIn(),
    setup: async (actor) => {
      // The actor's own second session; for the anonymous actor, somebody's session.
      const session = await makeSession(actor.userId ?? ids.resident);
      return { variables: { id: session.id }, state: { sessionId: session.id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.revokeSession).toBe(true);
      expect((await one<{ revoked_at: Date | null }>(`SELECT revoked_at FROM session WHERE id = $1`, [cell.state!.sessionId])).revoked_at).not.toBeNull();
    },
  },
  {
    mutation: 'deleteMyAccount',
    document: `mutation { deleteMyAccount }`,
    expect: signedIn(),
    setup: async (actor) => {
      if (!actor.userId) return { variables: {} };
      const clone = await cloneOf(actor);
      return { variables: {}, headers: clone.headers, state: { userId: clone.id } };
    },
    verify: async (_actor, _data, cell) => {
      const row = await one<{ deleted_at: Date | null; email: string | null }>(`SELECT deleted_at, email FROM app_user WHERE id = $1`, [cell.state!.userId]);
      expect(row.deleted_at).not.toBeNull();
      expect(row.email).toBeNull();
      expect(await one(`SELECT count(*)::int AS n FROM membership WHERE user_id = $1`, [cell.state!.userId])).toEqual({ n: 0 });
    },
  },

  // --- roles: ADMIN of the municipality
  {
    mutation: 'grantRole',
    document: `mutation($userId: ID!, $role: Role!) { grantRole(userId: $userId, municipalitySlug: "kalix", role: $role) { id } }`,
    expect: only('admin'),
    setup: async () => {
      const target = await makeUser();
      return { variables: { userId: target.id, role: 'MODERATOR' }, state: { userId: target.id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await db.query(`SELECT role FROM role_assignment WHERE user_id = $1`, [cell.state!.userId])).toEqual([{ role: 'MODERATOR' }]);
    },
  },
  {
    mutation: 'revokeRole',
    document: `mutation($userId: ID!, $role: Role!) { revokeRole(userId: $userId, municipalitySlug: "kalix", role: $role) { id } }`,
    expect: only('admin'),
    setup: async () => {
      const target = await makeUser({ roles: ['MODERATOR'] });
      return { variables: { userId: target.id, role: 'MODERATOR' }, state: { userId: target.id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await db.query(`SELECT role FROM role_assignment WHERE user_id = $1`, [cell.state!.userId])).toEqual([]);
    },
  },

  // --- organizations
  {
    mutation: 'createOrganization',
    document: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id status viewerMembership { role } } }`,
    expect: signedIn(),
    setup: async () => ({ variables: { input: { municipalitySlug: 'kalix', name: `Ny förening ${++sequence}`, kind: 'OTHER' } } }),
    verify: async (actor, data) => {
      const created = data.createOrganization as { id: string; status: string; viewerMembership: { role: string } };
      // Officers of Kalix (and so its admin) register organizations approved; anyone else, pending.
      expect(created.status).toBe(['officer', 'admin'].includes(actor.name) ? 'APPROVED' : 'PENDING');
      expect(created.viewerMembership).toEqual({ role: 'LEADER' });
      expect(await one(`SELECT user_id FROM membership WHERE organization_id = $1`, [created.id])).toEqual({ user_id: actor.userId });
    },
  },
  {
    mutation: 'reviewOrganization',
    document: `mutation($id: ID!) { reviewOrganization(id: $id, decision: APPROVE) { status } }`,
    // Its own (pending) leader may not approve it; neither may another municipality's admin.
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeOrganization('PENDING');
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT status FROM organization WHERE id = $1`, [cell.state!.id])).toEqual({ status: 'APPROVED' });
    },
  },
  {
    mutation: 'updateOrganization',
    document: `mutation($id: ID!) { updateOrganization(id: $id, input: { description: "Ändrad" }) { description } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeOrganization();
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT description FROM organization WHERE id = $1`, [cell.state!.id])).toEqual({ description: 'Ändrad' });
    },
  },
  {
    mutation: 'inviteMember',
    document: `mutation($id: ID!, $email: String!) { inviteMember(organizationId: $id, email: $email) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeOrganization();
      const email = uniqueEmail('invited');
      return { variables: { id, email }, state: { id, email } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM organization_invitation WHERE organization_id = $1 AND email = $2`, [cell.state!.id, cell.state!.email])).toEqual({
        n: 1,
      });
      expect(await one(`SELECT kind FROM outbox_message WHERE to_address = $1`, [cell.state!.email])).toEqual({ kind: 'invitation' });
    },
  },
  {
    mutation: 'acceptInvitation',
    document: `mutation($token: String!) { acceptInvitation(token: $token) { role } }`,
    // The link is the proof: every signed-in person may use it (members stay members).
    expect: signedIn(),
    setup: async () => {
      const id = await makeOrganization();
      const invitation = await makeInvitation(id);
      return { variables: { token: invitation.token }, state: { id, invitationId: invitation.id } };
    },
    verify: async (actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM membership WHERE organization_id = $1 AND user_id = $2`, [cell.state!.id, actor.userId])).toEqual({ n: 1 });
      expect(await one(`SELECT accepted_by_id FROM organization_invitation WHERE id = $1`, [cell.state!.invitationId])).toEqual({ accepted_by_id: actor.userId });
    },
  },
  {
    mutation: 'revokeInvitation',
    document: `mutation($id: ID!) { revokeInvitation(id: $id) { revokedAt } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const invitation = await makeInvitation(await makeOrganization());
      return { variables: { id: invitation.id }, state: { invitationId: invitation.id } };
    },
    verify: async (_actor, _data, cell) => {
      const row = await one<{ revoked_at: Date | null }>(`SELECT revoked_at FROM organization_invitation WHERE id = $1`, [cell.state!.invitationId]);
      expect(row.revoked_at).not.toBeNull();
    },
  },
  {
    mutation: 'removeMember',
    document: `mutation($id: ID!, $userId: ID!) { removeMember(organizationId: $id, userId: $userId) }`,
    // Removing someone else; leaving (one's own userId) is tested in organizations.int-spec.ts.
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeOrganization();
      const userId = await addMember(id);
      return { variables: { id, userId }, state: { id, userId } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await db.query(`SELECT 1 FROM membership WHERE organization_id = $1 AND user_id = $2`, [cell.state!.id, cell.state!.userId])).toEqual([]);
    },
  },
  {
    mutation: 'setMemberRole',
    document: `mutation($id: ID!, $userId: ID!) { setMemberRole(organizationId: $id, userId: $userId, role: LEADER) { role } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeOrganization();
      const userId = await addMember(id);
      return { variables: { id, userId }, state: { id, userId } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT role FROM membership WHERE organization_id = $1 AND user_id = $2`, [cell.state!.id, cell.state!.userId])).toEqual({
        role: 'LEADER',
      });
    },
  },
  // --- ideas
  {
    mutation: 'submitIdea',
    document: `mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { id reference author { id } } }`,
    // Anyone signed in, also to another municipality than their own.
    expect: signedIn(),
    setup: async () => ({
      variables: {
        input: {
          municipalitySlug: 'kalix',
          title: `Matrisidé ${++sequence}`,
          body: `Ett förslag skrivet av matrisen, nummer ${sequence}, med tillräckligt lång text.`,
          locale: 'sv',
          goalIds: [await kalixGoalId()],
        },
      },
    }),
    verify: async (actor, data) => {
      const created = data.submitIdea as { id: string; author: { id: string } };
      expect(created.author.id).toBe(actor.userId);
      expect(await one(`SELECT author_id FROM idea WHERE id = $1`, [created.id])).toEqual({ author_id: actor.userId });
    },
  },
  {
    mutation: 'supportIdea',
    document: `mutation($id: ID!) { supportIdea(ideaId: $id) { supportCount viewerHasSupported } }`,
    expect: signedIn(),
    setup: async () => {
      const id = await makeIdea();
      return { variables: { id }, state: { id } };
    },
    verify: async (actor, data, cell) => {
      expect(data.supportIdea).toEqual({ supportCount: 1, viewerHasSupported: true });
      expect(await db.query(`SELECT user_id FROM idea_support WHERE idea_id = $1`, [cell.state!.id])).toEqual([{ user_id: actor.userId }]);
    },
  },
  {
    mutation: 'withdrawSupport',
    document: `mutation($id: ID!) { withdrawSupport(ideaId: $id) { supportCount viewerHasSupported } }`,
    expect: signedIn(),
    setup: async (actor) => {
      const id = await makeIdea();
      if (actor.userId) {
        await db.query(`INSERT INTO idea_support (idea_id, user_id) VALUES ($1, $2)`, [id, actor.userId]);
        await db.query(`UPDATE idea SET support_count = 1 WHERE id = $1`, [id]);
      }
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.withdrawSupport).toEqual({ supportCount: 0, viewerHasSupported: false });
      expect(await db.query(`SELECT 1 FROM idea_support WHERE idea_id = $1`, [cell.state!.id])).toEqual([]);
    },
  },
  // --- answering ideas, answer templates and idea settings (idea-answers)
  {
    mutation: 'respondToIdea',
    document: `mutation($id: ID!) { respondToIdea(ideaId: $id, input: { status: PLANNED, body: "Kommunen planerar detta till 2027." }) { status } }`,
    // Officers of the idea's municipality (and so its admin); not its moderator, not another municipality's admin.
    expect: only('officer', 'admin'),
    setup: async () => {
      const id = await makeIdea();
      return { variables: { id }, state: { id } };
    },
    verify: async (actor, data, cell) => {
      expect(data.respondToIdea).toEqual({ status: 'PLANNED' });
      expect(await one(`SELECT respondent_id FROM idea_response WHERE idea_id = $1`, [cell.state!.id])).toEqual({ respondent_id: actor.userId });
    },
  },
  {
    mutation: 'respondToIdeas',
    document: `mutation($ids: [ID!]!) { respondToIdeas(ideaIds: $ids, input: { status: ANSWERED, body: "Tack för förslagen, vi svarar samlat." }) { status } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const ids = [await makeIdea(), await makeIdea()];
      return { variables: { ids }, state: { ids } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.respondToIdeas).toEqual([{ status: 'ANSWERED' }, { status: 'ANSWERED' }]);
      expect(await one(`SELECT count(*)::int AS n FROM idea_response WHERE idea_id = ANY($1::uuid[])`, [cell.state!.ids])).toEqual({ n: 2 });
    },
  },
  {
    mutation: 'createAnswerTemplate',
    document: `mutation($name: String!) { createAnswerTemplate(municipalitySlug: "kalix", input: { name: $name, body: "Tack för ditt förslag till kommunen." }) { id } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const name = `Matrismall ${++sequence}`;
      return { variables: { name }, state: { name } };
    },
    verify: async (_actor, data, cell) => {
      const created = data.createAnswerTemplate as { id: string };
      expect(await one(`SELECT name FROM answer_template WHERE id = $1`, [created.id])).toEqual({ name: cell.state!.name });
    },
  },
  {
    mutation: 'updateAnswerTemplate',
    document: `mutation($id: ID!) { updateAnswerTemplate(id: $id, input: { name: "Ändrad mall", body: "Tack för ditt förslag, ändrad text." }) { name } }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const { id } = await one<{ id: string }>(`INSERT INTO answer_template (municipality_id, name, body) VALUES ($1, $2, '{"sv": "Tack för ditt förslag."}') RETURNING id`, [
        kalixId,
        `Matrismall ${++sequence}`,
      ]);
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT name FROM answer_template WHERE id = $1`, [cell.state!.id])).toEqual({ name: 'Ändrad mall' });
      await db.query(`DELETE FROM answer_template WHERE id = $1`, [cell.state!.id]);
    },
  },
  {
    mutation: 'deleteAnswerTemplate',
    document: `mutation($id: ID!) { deleteAnswerTemplate(id: $id) }`,
    expect: only('officer', 'admin'),
    setup: async () => {
      const { id } = await one<{ id: string }>(`INSERT INTO answer_template (municipality_id, name, body) VALUES ($1, $2, '{"sv": "Tack för ditt förslag."}') RETURNING id`, [
        kalixId,
        `Matrismall ${++sequence}`,
      ]);
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.deleteAnswerTemplate).toBe(true);
      expect(await db.query(`SELECT 1 FROM answer_template WHERE id = $1`, [cell.state!.id])).toEqual([]);
    },
  },
  {
    mutation: 'updateIdeaSettings',
    document: `mutation($threshold: Int!) { updateIdeaSettings(municipalitySlug: "kalix", input: { supportThreshold: $threshold }) { supportThreshold } }`,
    expect: only('admin'),
    setup: async () => {
      const threshold = 40 + (++sequence % 50);
      return { variables: { threshold }, state: { threshold } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.updateIdeaSettings).toEqual({ supportThreshold: cell.state!.threshold });
      expect(await one(`SELECT idea_support_threshold FROM municipality WHERE id = $1`, [kalixId])).toEqual({ idea_support_threshold: cell.state!.threshold });
    },
  },
  // --- comments, following and notifications
  {
    mutation: 'commentOnIdea',
    document: `mutation($id: ID!) { commentOnIdea(ideaId: $id, body: "En kommentar från matrisen") { id author { id } } }`,
    expect: signedIn(),
    setup: async () => {
      const id = await makeIdea();
      return { variables: { id }, state: { id } };
    },
    verify: async (actor, data, cell) => {
      const created = data.commentOnIdea as { id: string; author: { id: string } };
      expect(created.author.id).toBe(actor.userId);
      expect(await one(`SELECT author_id FROM comment WHERE id = $1`, [created.id])).toEqual({ author_id: actor.userId });
      expect(await one(`SELECT comment_count FROM idea WHERE id = $1`, [cell.state!.id])).toEqual({ comment_count: 1 });
    },
  },
  {
    mutation: 'editComment',
    document: `mutation($id: ID!) { editComment(commentId: $id, body: "Ändrad kommentar") { id body } }`,
    // One's own comment (NOT_AUTHOR and the 15-minute window are tested in comments.int-spec.ts).
    expect: signedIn(),
    setup: async (actor) => {
      const ideaId = await makeIdea();
      const { id } = await one<{ id: string }>(`INSERT INTO comment (idea_id, author_id, body) VALUES ($1, $2, 'Kommentar') RETURNING id`, [
        ideaId,
        actor.userId ?? ids.resident,
      ]);
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      const row = await one<{ body: string; edited_at: Date | null }>(`SELECT body, edited_at FROM comment WHERE id = $1`, [cell.state!.id]);
      expect(row.body).toBe('Ändrad kommentar');
      expect(row.edited_at).not.toBeNull();
    },
  },
  {
    mutation: 'deleteComment',
    document: `mutation($id: ID!) { deleteComment(commentId: $id) { id deleted } }`,
    // Someone else's comment: moderators of Kalix (officers and admins are moderators too); its author may as well (comments.int-spec.ts).
    expect: only('moderator', 'officer', 'admin'),
    setup: async () => {
      const ideaId = await makeIdea();
      const author = await makeUser();
      const { id } = await one<{ id: string }>(`INSERT INTO comment (idea_id, author_id, body) VALUES ($1, $2, 'Kommentar') RETURNING id`, [ideaId, author.id]);
      await db.query(`UPDATE idea SET comment_count = 1 WHERE id = $1`, [ideaId]);
      return { variables: { id }, state: { id, ideaId } };
    },
    verify: async (_actor, _data, cell) => {
      const row = await one<{ deleted_at: Date | null; body: string }>(`SELECT deleted_at, body FROM comment WHERE id = $1`, [cell.state!.id]);
      expect(row.deleted_at).not.toBeNull();
      expect(row.body).toBe('');
      expect(await one(`SELECT comment_count FROM idea WHERE id = $1`, [cell.state!.ideaId])).toEqual({ comment_count: 0 });
    },
  },
  {
    mutation: 'followIdea',
    document: `mutation($id: ID!) { followIdea(ideaId: $id) { id viewerIsFollowing } }`,
    expect: signedIn(),
    setup: async () => {
      const id = await makeIdea();
      return { variables: { id }, state: { id } };
    },
    verify: async (actor, _data, cell) => {
      expect(await db.query(`SELECT user_id FROM idea_follow WHERE idea_id = $1`, [cell.state!.id])).toEqual([{ user_id: actor.userId }]);
    },
  },
  {
    mutation: 'unfollowIdea',
    document: `mutation($id: ID!) { unfollowIdea(ideaId: $id) { id viewerIsFollowing } }`,
    expect: signedIn(),
    setup: async (actor) => {
      const id = await makeIdea();
      await db.query(`INSERT INTO idea_follow (idea_id, user_id) VALUES ($1, $2)`, [id, actor.userId ?? ids.resident]);
      return { variables: { id }, state: { id } };
    },
    verify: async (actor, _data, cell) => {
      expect(await db.query(`SELECT 1 FROM idea_follow WHERE idea_id = $1 AND user_id = $2`, [cell.state!.id, actor.userId])).toEqual([]);
    },
  },
  {
    mutation: 'markNotificationsRead',
    document: `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
    // One's own notifications; others' ids are ignored (notifications.int-spec.ts).
    expect: signedIn(),
    setup: async (actor) => {
      const { id } = await one<{ id: string }>(`INSERT INTO notification (user_id, municipality_id, kind) VALUES ($1, $2, 'IDEA_ANSWERED') RETURNING id`, [
        actor.userId ?? ids.resident,
        kalixId,
      ]);
      return { variables: { ids: [id] }, state: { id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.markNotificationsRead).toBe(1);
      expect((await one<{ read_at: Date | null }>(`SELECT read_at FROM notification WHERE id = $1`, [cell.state!.id])).read_at).not.toBeNull();
    },
  },
  {
    mutation: 'updateNotificationPreferences',
    document: `mutation { updateNotificationPreferences(dailyDigest: true) { dailyDigest } }`,
    expect: signedIn(),
    setup: async (actor) => {
      if (!actor.userId) return { variables: {} };
      const clone = await cloneOf(actor);
      return { variables: {}, headers: clone.headers, state: { userId: clone.id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT daily_digest FROM notification_preference WHERE user_id = $1`, [cell.state!.userId])).toEqual({ daily_digest: true });
    },
  },
  // --- moderation
  {
    mutation: 'reportContent',
    document: `mutation($input: ReportInput!) { reportContent(input: $input) { id status } }`,
    // Anyone signed in reports content of anyone else.
    expect: signedIn(),
    setup: async () => {
      const id = await makeIdea();
      return { variables: { input: { targetType: 'IDEA', targetId: id, reason: 'SPAM' } }, state: { id } };
    },
    verify: async (actor, data, cell) => {
      expect((data.reportContent as { status: string }).status).toBe('OPEN');
      expect(await db.query(`SELECT reporter_id, status FROM report WHERE target_id = $1`, [cell.state!.id])).toEqual([{ reporter_id: actor.userId, status: 'OPEN' }]);
    },
  },
  {
    mutation: 'moderate',
    document: `mutation($id: ID!, $reason: String!) { moderate(reportId: $id, action: HIDE, reason: $reason) { status } }`,
    expect: only('moderator', 'officer', 'admin'),
    setup: async () => {
      const ideaId = await makeIdea();
      const reporter = await makeUser();
      const { id } = await one<{ id: string }>(
        `INSERT INTO report (municipality_id, target_type, target_id, target_author_id, reason, reporter_id)
         SELECT municipality_id, 'IDEA', id, author_id, 'OFFENSIVE', $2 FROM idea WHERE id = $1 RETURNING id`,
        [ideaId, reporter.id],
      );
      return { variables: { id, reason: 'Kränkande innehåll.' }, state: { ideaId, reportId: id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.moderate).toEqual({ status: 'UPHELD' });
      expect(await one(`SELECT status FROM idea WHERE id = $1`, [cell.state!.ideaId])).toEqual({ status: 'HIDDEN' });
    },
  },
  {
    mutation: 'blockUser',
    document: `mutation($input: BlockUserInput!) { blockUser(input: $input) { id active } }`,
    expect: only('moderator', 'officer', 'admin'),
    setup: async () => {
      // A repeat offender: three pieces of content hidden on reports.
      const offender = await makeUser();
      await db.query(
        `INSERT INTO report (municipality_id, target_type, target_id, target_author_id, reason, status)
         SELECT $1, 'IDEA', gen_random_uuid(), $2, 'SPAM', 'UPHELD' FROM generate_series(1, 3)`,
        [kalixId, offender.id],
      );
      return { variables: { input: { municipalitySlug: 'kalix', userId: offender.id, days: 7, reason: 'Upprepade regelbrott.' } }, state: { userId: offender.id } };
    },
    verify: async (actor, data, cell) => {
      expect((data.blockUser as { active: boolean }).active).toBe(true);
      expect(await db.query(`SELECT blocked_by_id FROM user_block WHERE user_id = $1`, [cell.state!.userId])).toEqual([{ blocked_by_id: actor.userId }]);
    },
  },
  {
    mutation: 'liftUserBlock',
    document: `mutation($id: ID!) { liftUserBlock(blockId: $id, reason: "Överenskommelse.") { active } }`,
    expect: only('moderator', 'officer', 'admin'),
    setup: async () => {
      const blocked = await makeUser();
      const { id } = await one<{ id: string }>(
        `INSERT INTO user_block (user_id, municipality_id, until, reason) VALUES ($1, $2, now() + interval '7 days', 'Regelbrott') RETURNING id`,
        [blocked.id, kalixId],
      );
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.liftUserBlock).toEqual({ active: false });
      const row = await one<{ lifted_at: Date | null }>(`SELECT lifted_at FROM user_block WHERE id = $1`, [cell.state!.id]);
      expect(row.lifted_at).not.toBeNull();
    },
  },
  // --- youth polls: leaders of a school or youth council and officers; voting is open to everyone with a code
  {
    mutation: 'createPoll',
    document: `mutation($input: CreatePollInput!) { createPoll(input: $input) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const organizationId = await makeSchoolCouncil();
      const input = {
        organizationId,
        question: pollText('Vad ska vi göra?'),
        options: [{ text: pollText('Skidor') }, { text: pollText('Skridskor') }],
        opensAt: new Date(Date.now() + 3600_000).toISOString(),
        closesAt: new Date(Date.now() + 7200_000).toISOString(),
      };
      return { variables: { input }, state: { organizationId } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM poll WHERE organization_id = $1`, [cell.state!.organizationId])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'updatePoll',
    document: `mutation($id: ID!, $input: UpdatePollInput!) { updatePoll(id: $id, input: $input) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const { id } = await makePoll();
      const input = {
        question: pollText('Ändrad fråga?'),
        options: [{ text: pollText('Ja') }, { text: pollText('Nej') }, { text: pollText('Vet inte') }],
        opensAt: new Date(Date.now() + 3600_000).toISOString(),
        closesAt: new Date(Date.now() + 7200_000).toISOString(),
      };
      return { variables: { id, input }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM poll_option WHERE poll_id = $1`, [cell.state!.id])).toEqual({ n: 3 });
    },
  },
  {
    mutation: 'issueVoterCodes',
    document: `mutation($id: ID!) { issueVoterCodes(pollId: $id, count: 3, batchLabel: "7B") }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const { id } = await makePoll();
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.issueVoterCodes).toHaveLength(3);
      expect(await one(`SELECT count(*)::int AS n FROM voter_code WHERE poll_id = $1`, [cell.state!.id])).toEqual({ n: 3 });
    },
  },
  {
    mutation: 'closePoll',
    document: `mutation($id: ID!) { closePoll(id: $id) { id status } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const { id } = await makePoll({ open: true });
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.closePoll).toEqual({ id: cell.state!.id, status: 'CLOSED' });
      expect(await one(`SELECT closes_at <= now() AS closed FROM poll WHERE id = $1`, [cell.state!.id])).toEqual({ closed: true });
    },
  },
  {
    mutation: 'revokeVoterCodes',
    document: `mutation($id: ID!) { revokeVoterCodes(batchId: $id) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const poll = await makePoll();
      const { id } = await one<{ id: string }>(`INSERT INTO voter_code_batch (poll_id, label, issued_count) VALUES ($1, '7B', 1) RETURNING id`, [poll.id]);
      await db.query(`INSERT INTO voter_code (poll_id, batch_id, code_hash) VALUES ($1, $2, $3)`, [poll.id, id, `matrix-${++sequence}`]);
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT bool_and(revoked) AS revoked FROM voter_code WHERE batch_id = $1`, [cell.state!.id])).toEqual({ revoked: true });
    },
  },
  {
    mutation: 'castVote',
    document: `mutation($poll: ID!, $option: ID!, $code: String) { castVote(pollId: $poll, optionId: $option, voterCode: $code) { receiptCode } }`,
    expect: everyone(),
    setup: async () => {
      const poll = await makePoll({ open: true });
      const code = randomPollCode(8);
      const { id: batchId } = await one<{ id: string }>(`INSERT INTO voter_code_batch (poll_id, issued_count) VALUES ($1, 1) RETURNING id`, [poll.id]);
      await db.query(`INSERT INTO voter_code (poll_id, batch_id, code_hash) VALUES ($1, $2, encode(sha256($3::bytea), 'hex'))`, [poll.id, batchId, code]);
      return { variables: { poll: poll.id, option: poll.optionId, code: `${code.slice(0, 4)}-${code.slice(4)}` }, state: { id: poll.id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM vote WHERE poll_id = $1`, [cell.state!.id])).toEqual({ n: 1 });
    },
  },
  // --- workshops: planned by leaders of an approved organization and officers; sign-ups open to everyone
  {
    mutation: 'createWorkshop',
    document: `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const organizationId = await makeOrganization();
      const input = {
        organizationId,
        title: 'Matrisverkstad',
        originalLocale: 'sv',
        startsAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 50 * 3600_000).toISOString(),
        venue: 'Bygdegården',
      };
      return { variables: { input }, state: { organizationId } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM workshop WHERE organization_id = $1`, [cell.state!.organizationId])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'updateWorkshop',
    document: `mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeWorkshop();
      const input = {
        title: 'Ändrad matrisverkstad',
        originalLocale: 'sv',
        startsAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 50 * 3600_000).toISOString(),
        venue: 'Folkets hus',
      };
      return { variables: { id, input }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT venue FROM workshop WHERE id = $1`, [cell.state!.id])).toEqual({ venue: 'Folkets hus' });
    },
  },
  {
    mutation: 'cancelWorkshop',
    document: `mutation($id: ID!) { cancelWorkshop(id: $id, reason: "Matrisen ställer in") { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeWorkshop();
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT cancelled_at IS NOT NULL AS cancelled FROM workshop WHERE id = $1`, [cell.state!.id])).toEqual({ cancelled: true });
    },
  },
  {
    mutation: 'signUpForWorkshop',
    document: `mutation($id: ID!, $input: WorkshopSignupInput) { signUpForWorkshop(workshopId: $id, input: $input) { id } }`,
    expect: everyone(),
    setup: async () => {
      const id = await makeWorkshop();
      return { variables: { id, input: { name: 'Matris Anmäld', email: uniqueEmail('signup') } }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM workshop_signup WHERE workshop_id = $1`, [cell.state!.id])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'cancelWorkshopSignup',
    document: `mutation($id: ID!) { cancelWorkshopSignup(workshopId: $id) { id } }`,
    expect: signedIn(),
    setup: async (actor) => {
      const id = await makeWorkshop();
      if (actor.userId) await db.query(`INSERT INTO workshop_signup (workshop_id, user_id) VALUES ($1, $2)`, [id, actor.userId]);
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM workshop_signup WHERE workshop_id = $1`, [cell.state!.id])).toEqual({ n: 0 });
    },
  },
  {
    mutation: 'cancelWorkshopSignupByToken',
    document: `mutation($token: String!) { cancelWorkshopSignupByToken(token: $token) { id } }`,
    expect: everyone(),
    setup: async () => {
      const id = await makeWorkshop();
      const token = newToken();
      await db.query(`INSERT INTO workshop_signup (workshop_id, name, email, email_normalized, cancel_token_hash) VALUES ($1, 'Matris', $2, $2, $3)`, [
        id,
        uniqueEmail('bytoken'),
        hashToken(token),
      ]);
      return { variables: { token }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM workshop_signup WHERE workshop_id = $1`, [cell.state!.id])).toEqual({ n: 0 });
    },
  },
  {
    mutation: 'messageWorkshopSignups',
    document: `mutation($id: ID!) { messageWorkshopSignups(workshopId: $id, subject: "Matrisbrev", body: "Hej från matrisen.") }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeWorkshop();
      const email = uniqueEmail('message');
      await db.query(`INSERT INTO workshop_signup (workshop_id, name, email, email_normalized) VALUES ($1, 'Matris', $2, $2)`, [id, email]);
      return { variables: { id }, state: { id, email } };
    },
    verify: async (_actor, data, cell) => {
      expect(data.messageWorkshopSignups).toBe(1);
      expect(await one(`SELECT kind FROM outbox_message WHERE to_address = $1`, [cell.state!.email])).toEqual({ kind: 'workshops.organizerMessage' });
    },
  },
  // --- workshop outcomes: recorded, reviewed and published by the workshop's managers
  {
    mutation: 'recordWorkshopOutcome',
    document: `mutation($id: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $id, input: $input) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeStartedWorkshop();
      const input = {
        clientMutationId: crypto.randomUUID(),
        participants: [{ ageGroup: 'AGE_26_45', gender: 'WOMAN', count: 4 }],
        inputs: [{ clientId: crypto.randomUUID(), text: 'Matrisens inlägg', priority: 1 }],
      };
      return { variables: { id, input }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM workshop_input WHERE workshop_id = $1 AND status = 'DRAFT'`, [cell.state!.id])).toEqual({ n: 1 });
    },
  },
  {
    mutation: 'publishWorkshopOutcome',
    document: `mutation($id: ID!) { publishWorkshopOutcome(workshopId: $id) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeStartedWorkshop();
      await makeWorkshopInput(id);
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT outcome_published_at IS NOT NULL AS published FROM workshop WHERE id = $1`, [cell.state!.id])).toEqual({ published: true });
    },
  },
  {
    mutation: 'updateWorkshopInput',
    document: `mutation($id: ID!) { updateWorkshopInput(id: $id, input: { text: "Ändrat av matrisen" }) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeWorkshopInput(await makeStartedWorkshop());
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT text FROM workshop_input WHERE id = $1`, [cell.state!.id])).toEqual({ text: 'Ändrat av matrisen' });
    },
  },
  {
    mutation: 'deleteWorkshopInput',
    document: `mutation($id: ID!) { deleteWorkshopInput(id: $id) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const id = await makeWorkshopInput(await makeStartedWorkshop());
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM workshop_input WHERE id = $1`, [cell.state!.id])).toEqual({ n: 0 });
    },
  },
  {
    mutation: 'deleteWorkshopAttachment',
    document: `mutation($id: ID!) { deleteWorkshopAttachment(id: $id) { id } }`,
    expect: only('leader', 'officer', 'admin'),
    setup: async () => {
      const workshopId = await makeStartedWorkshop();
      const { id } = await one<{ id: string }>(
        `INSERT INTO workshop_attachment (workshop_id, client_id, storage_key, content_type, byte_size, width, height)
         VALUES ($1, gen_random_uuid(), 'workshops/matrix/none.jpg', 'image/jpeg', 1, 1, 1) RETURNING id`,
        [workshopId],
      );
      return { variables: { id }, state: { id } };
    },
    verify: async (_actor, _data, cell) => {
      expect(await one(`SELECT count(*)::int AS n FROM workshop_attachment WHERE id = $1`, [cell.state!.id])).toEqual({ n: 0 });
    },
  },
];


/** A complete dialogue input (every text in sv, fi, fit) with one phase. */
function dialogueInput(title: string) {
  return {
    title: pollText(title),
    purpose: pollText('Matrisens syfte'),
    promise: pollText('Matrisens löfte'),
    targetGroups: ['RESIDENTS'],
    goalIds: [],
    placeIds: [],
    phases: [{ kind: 'COLLECT', startsOn: '2026-01-01', endsOn: '2026-12-31' }],
  };
}

/** A Kalix dialogue in the given status, complete in every language, with one phase (and, if asked, its återkoppling). */
async function makeDialogue(status: 'DRAFT' | 'OPEN' | 'CLOSED', options: { feedback?: boolean } = {}): Promise<string> {
  const text = (s: string) => JSON.stringify({ sv: { text: s, status: 'REVIEWED' }, fi: { text: `${s} fi`, status: 'REVIEWED' }, fit: { text: `${s} fit`, status: 'REVIEWED' } });
  const { id } = await one<{ id: string }>(
    `INSERT INTO dialogue (municipality_id, title, purpose, promise, status, opened_at, closed_at, what_we_heard, what_happens_now)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 <> 'DRAFT' THEN now() END, CASE WHEN $5 = 'CLOSED' THEN now() END, $6, $7) RETURNING id`,
    [kalixId, text('Matrisdialog'), text('Syfte'), text('Löfte'), status, options.feedback ? text('Vi hörde') : null, options.feedback ? text('Nu händer') : null],
  );
  await db.query(`INSERT INTO dialogue_phase (dialogue_id, kind, starts_on, ends_on) VALUES ($1, 'COLLECT', '2026-01-01', '2026-12-31')`, [id]);
  return id;
}

// ------------------------------------------------------------------ the run

/** A workshop that started an hour ago, of a fresh organization led by forening@ (the leader actor). */
async function makeStartedWorkshop(): Promise<string> {
  const organizationId = await makeOrganization();
  const { id } = await one<{ id: string }>(
    `INSERT INTO workshop (municipality_id, organization_id, title, original_locale, starts_at, ends_at, venue)
     VALUES ($1, $2, '{"sv": "Matrisens utfall"}', 'sv', now() - interval '1 hour', now() + interval '1 hour', 'Bygdegården') RETURNING id`,
    [kalixId, organizationId],
  );
  return id;
}

/** A DRAFT input of the workshop. */
async function makeWorkshopInput(workshopId: string): Promise<string> {
  const { id } = await one<{ id: string }>(
    `INSERT INTO workshop_input (workshop_id, client_id, text) VALUES ($1, gen_random_uuid(), 'Matrisens post-it') RETURNING id`,
    [workshopId],
  );
  return id;
}

/** A workshop in two days of a fresh organization led by forening@ (the leader actor), taking sign-ups. */
async function makeWorkshop(): Promise<string> {
  const organizationId = await makeOrganization();
  const { id } = await one<{ id: string }>(
    `INSERT INTO workshop (municipality_id, organization_id, title, original_locale, starts_at, ends_at, venue, signup_enabled)
     VALUES ($1, $2, '{"sv": "Matrisverkstad"}', 'sv', now() + interval '2 days', now() + interval '2 days 2 hours', 'Bygdegården', true) RETURNING id`,
    [kalixId, organizationId],
  );
  return id;
}

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  norsjoId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'norsjo'`)).id;
  demoPasswordHash = (await one<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE email = 'resident@kalix.example'`)).password_hash;
  const idOf = async (email: string) => (await one<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email])).id;
  ids.forening = await idOf('forening@kalix.example');
  ids.resident = await idOf('resident@kalix.example');

  // Demo users sign in once each (login is limited to 10 per e-mail in 15 minutes).
  const demo: Array<[ActorName, string]> = [
    ['member', 'resident@kalix.example'], // member of Töre byaförening
    ['leader', 'forening@kalix.example'], // leader of Töre byaförening
    ['moderator', 'moderator@kalix.example'],
    ['officer', 'officer@kalix.example'],
    ['admin', 'admin@kalix.example'],
  ];
  for (const [name, email] of demo) actors[name] = { name, userId: await idOf(email), headers: bearer(await loginAs(api, email)) };
  // A Kalix resident in no organization, and an admin of Norsjö.
  const resident = await makeUser();
  actors.resident = { name: 'resident', userId: resident.id, headers: bearer((await makeSession(resident.id)).token) };
  const otherAdmin = await makeUser({ municipalityId: norsjoId, roles: ['ADMIN'] });
  actors.otherAdmin = { name: 'otherAdmin', userId: otherAdmin.id, headers: bearer((await makeSession(otherAdmin.id)).token) };
  actors.anonymous = { name: 'anonymous', userId: null, headers: {} };
});
afterAll(async () => {
  await api.close();
});

describe('authorization matrix', () => {
  it('has a row for every mutation in the schema', async () => {
    const { data } = await api.graphql<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>(
      `{ __schema { mutationType { fields { name } } } }`,
    );
    const inSchema = data!.__schema.mutationType.fields.map((f) => f.name).sort();
    const inMatrix = ROWS.map((r) => r.mutation).sort();
    expect(inSchema.filter((m) => !inMatrix.includes(m)), 'mutations without a row in the matrix').toEqual([]);
    expect(inMatrix.filter((m) => !inSchema.includes(m)), 'rows for mutations that do not exist').toEqual([]);
    expect(new Set(inMatrix).size).toBe(inMatrix.length);
  });

  for (const row of ROWS) {
    describe(row.mutation, () => {
      for (const name of ACTORS) {
        const outcome = row.expect[name];
        it(`${name}: ${outcome}`, async () => {
          const actor = actors[name];
          // Rate limits are tested elsewhere; here every cell starts with fresh counters.
          await db.query(`DELETE FROM rate_limit_counter`);
          const cell = await row.setup(actor);
          const before = await snapshot();
          const { data, errors } = await api.graphql(row.document, cell.variables, cell.headers ?? actor.headers);
          if (outcome === OK) {
            expect(errors, JSON.stringify(errors)).toBeUndefined();
            await row.verify(actor, data as Record<string, unknown>, cell);
          } else {
            expect(errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
            expect(data?.[row.mutation] ?? null).toBeNull();
            expect(await snapshot(), 'nothing changed').toEqual(before);
          }
        });
      }
    });
  }
});
