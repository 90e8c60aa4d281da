/**
 * The survey builder and versions (issue 7): builder rules, who may build, draft visibility,
 * publishing (translations, dialogue, notifications), freezing, versions, and DataLoaders.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { bearer, type GraphQLResponse, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
const headers: Record<string, Record<string, string>> = {};
let kalixId: string;
let toreId: string;
let foreignPlaceId: string;
let kalixGoalId: string;
let foreignGoalId: string;
const as = (who: string) => headers[who]!;
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  for (const who of ['officer', 'admin', 'moderator', 'resident', 'forening']) headers[who] = bearer(await loginAs(api, `${who}@kalix.example`));
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  toreId = (await one<{ id: string }>(`SELECT id FROM place WHERE municipality_id = $1 AND name = 'Töre'`, [kalixId])).id;
  foreignPlaceId = (await one<{ id: string }>(`SELECT id FROM place WHERE municipality_id <> $1 LIMIT 1`, [kalixId])).id;
  const goalOf = (op: string) =>
    one<{ id: string }>(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
        WHERE s.municipality_id ${op} $1 ORDER BY g.id LIMIT 1`,
      [kalixId],
    );
  kalixGoalId = (await goalOf('=')).id;
  foreignGoalId = (await goalOf('IS DISTINCT FROM')).id;
  // An officer of another municipality (Norsjö).
  const { id: otherOfficer } = await one<{ id: string }>(
    `INSERT INTO app_user (email, password_hash, display_name, locale, municipality_id, email_verified_at)
     SELECT 'surveys.norsjo.officer@example.org', password_hash, 'Norsjö Tjänsteperson', 'sv', m.id, now()
       FROM app_user, municipality m WHERE app_user.email = 'officer@kalix.example' AND m.slug = 'norsjo' RETURNING id`,
  );
  await db.query(`INSERT INTO role_assignment (user_id, municipality_id, role) SELECT $1, id, 'OFFICER' FROM municipality WHERE slug = 'norsjo'`, [otherOfficer]);
  const token = newToken();
  await db.query(`INSERT INTO session (user_id, token_hash, method, expires_at, last_used_at) VALUES ($1, $2, 'PASSWORD', now() + interval '1 day', now())`, [
    otherOfficer,
    hashToken(token),
  ]);
  headers.otherOfficer = bearer(token);
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  await db.query(`DELETE FROM rate_limit_counter`);
});

// ------------------------------------------------------------------ fixtures

const t = (s: string) => ({ sv: s, fi: `${s} (suomeksi)`, fit: `${s} (meänkielelä)` });
const svOnly = (s: string) => ({ sv: s });
const option = (s: string, text = t) => ({ id: randomUUID(), text: text(s) });

type Text = Record<string, string | null>;
interface QuestionInput {
  id: string;
  type: string;
  prompt: Text;
  options?: Array<{ id: string; text: Text }>;
  [field: string]: any;
}
interface Input {
  title: Text;
  sections: Array<{ id: string; title: Text; questions: QuestionInput[]; [field: string]: any }>;
  [field: string]: any;
}

/** A survey with every question type; the free-text question is shown only if the first answer is "Ja". */
function surveyInput(overrides: Record<string, unknown> = {}): Input {
  const ja = option('Ja');
  const first = { id: randomUUID(), type: 'SINGLE_CHOICE', required: true, prompt: t('Bor du i Töre?'), options: [ja, option('Nej')] };
  return {
    title: t('Enkät om Töres framtid'),
    description: t('Vi vill veta vad du tycker.'),
    responseMode: 'ANONYMOUS',
    collectDemographics: true,
    sections: [
      {
        id: randomUUID(),
        title: t('Om dig'),
        questions: [
          first,
          { id: randomUUID(), type: 'MULTI_CHOICE', required: false, prompt: t('Vad gör du på fritiden?'), options: [option('Skidor'), option('Fiske'), option('Bad')], allowOther: true, maxChoices: 2 },
          { id: randomUUID(), type: 'FREE_TEXT', required: false, prompt: t('Vad saknar du i Töre?'), help: t('Skriv fritt.'), condition: { questionId: first.id, optionIds: [ja.id] } },
        ],
      },
      {
        id: randomUUID(),
        title: t('Om byn'),
        description: t('Om framtiden.'),
        questions: [
          { id: randomUUID(), type: 'SCALE', required: true, prompt: t('Hur trivs du?'), scaleMinLabel: t('Inte alls'), scaleMaxLabel: t('Mycket') },
          { id: randomUUID(), type: 'RANKING', required: false, prompt: t('Vad är viktigast?'), options: [option('Skola'), option('Butik'), option('Buss')] },
          { id: randomUUID(), type: 'PLACE', required: false, prompt: t('Var bor du?'), placeIds: [toreId] },
          { id: randomUUID(), type: 'GOAL', required: false, prompt: t('Vilka målbilder är viktigast?'), maxChoices: 2 },
        ],
      },
    ],
    ...overrides,
  };
}
/** A deep copy to change one field of. */
const copy = (input: Input): Input => JSON.parse(JSON.stringify(input));

async function makeDialogue(status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'REPORTED', municipalityId = kalixId): Promise<string> {
  const text = JSON.stringify({ sv: { text: 'Dialog', status: 'REVIEWED' }, fi: { text: 'Dialogi', status: 'REVIEWED' }, fit: { text: 'Dialooki', status: 'REVIEWED' } });
  return (await one<{ id: string }>(`INSERT INTO dialogue (municipality_id, title, purpose, promise, status) VALUES ($1, $2, $2, $2, $3) RETURNING id`, [municipalityId, text, status])).id;
}

const SURVEY_FIELDS = `id seriesId version status responseMode collectDemographics publishedAt closesAt closedAt
  title titleTranslations { locale text status } description translationStatus { locale status } missingTranslations
  questionCount isOpen viewerCanManage municipality { slug } dialogue { id }
  sections { id title description titleTranslations { locale text } questions { id type required number prompt help allowOther maxChoices placeIds goalIds
    options { id text textTranslations { locale text } } scaleMinLabel scaleMaxLabel places { id name } goals { id code } condition { questionId optionIds } } }
  versions { id version status }`;
const CREATE = `mutation($slug: String!, $input: SurveyInput!) { createSurvey(municipalitySlug: $slug, input: $input) { ${SURVEY_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: SurveyInput!) { updateSurvey(id: $id, input: $input) { ${SURVEY_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishSurvey(id: $id) { ${SURVEY_FIELDS} } }`;
const VERSION = `mutation($id: ID!) { createSurveyVersion(id: $id) { ${SURVEY_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeSurvey(id: $id) { id status closedAt isOpen } }`;
const DELETE = `mutation($id: ID!) { deleteSurveyDraft(id: $id) }`;
const GET = `query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`;
const LIST = `query($slug: String!, $dialogue: ID, $status: SurveyStatus) { surveys(municipalitySlug: $slug, dialogueId: $dialogue, status: $status) { id status version } }`;

type SurveyData = Record<string, any>;
const code = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;
const reason = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.reason;
const fieldPaths = (response: GraphQLResponse) => ((response.errors?.[0]?.extensions?.fields ?? []) as Array<{ path: string }>).map((f) => f.path);
const surveyCount = async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM survey`)).n;

async function create(input: unknown = surveyInput(), who = 'officer'): Promise<SurveyData> {
  const response = await api.graphql<{ createSurvey: SurveyData }>(CREATE, { slug: 'kalix', input }, as(who));
  expect(response.errors).toBeUndefined();
  return response.data!.createSurvey;
}
async function publish(id: string): Promise<SurveyData> {
  const response = await api.graphql<{ publishSurvey: SurveyData }>(PUBLISH, { id }, as('officer'));
  expect(response.errors).toBeUndefined();
  return response.data!.publishSurvey;
}

// ------------------------------------------------------------------ building

describe('createSurvey', () => {
  it('stores a DRAFT version 1 with every question type, numbered across sections', async () => {
    const input = surveyInput();
    const survey = await create(input);
    expect(survey).toMatchObject({ version: 1, status: 'DRAFT', responseMode: 'ANONYMOUS', isOpen: false, viewerCanManage: true, questionCount: 7, missingTranslations: [] });
    expect(survey.municipality).toEqual({ slug: 'kalix' });
    expect(survey.seriesId).toMatch(/^[0-9a-f-]{36}$/);
    expect(survey.versions).toEqual([{ id: survey.id, version: 1, status: 'DRAFT' }]);
    expect(survey.translationStatus).toEqual([
      { locale: 'sv', status: 'REVIEWED' },
      { locale: 'fi', status: 'REVIEWED' },
      { locale: 'fit', status: 'REVIEWED' },
    ]);
    const questions = survey.sections.flatMap((s: SurveyData) => s.questions);
    expect(questions.map((q: SurveyData) => [q.number, q.type])).toEqual([
      [1, 'SINGLE_CHOICE'],
      [2, 'MULTI_CHOICE'],
      [3, 'FREE_TEXT'],
      [4, 'SCALE'],
      [5, 'RANKING'],
      [6, 'PLACE'],
      [7, 'GOAL'],
    ]);
    // The client's ids are kept, so conditions and answers can refer to them.
    expect(questions[0].id).toBe(input.sections[0]!.questions[0]!.id);
    expect(questions[2].condition).toEqual(input.sections[0]!.questions[2]!.condition);
    expect(questions[1]).toMatchObject({ allowOther: true, maxChoices: 2, options: [{ text: 'Skidor' }, { text: 'Fiske' }, { text: 'Bad' }] });
    expect(questions[3]).toMatchObject({ scaleMinLabel: 'Inte alls', scaleMaxLabel: 'Mycket', options: [] });
    expect(questions[5]).toMatchObject({ placeIds: [toreId], places: [{ id: toreId, name: 'Töre' }] });
    // No målbilder chosen: every målbild of Kalix's strategy is offered.
    expect(questions[6].goalIds).toEqual([]);
    expect(questions[6].goals.length).toBeGreaterThan(2);
    expect(questions[6].goals.map((g: SurveyData) => g.id)).toContain(kalixGoalId);
    const audit = await one(`SELECT action, target_id FROM audit_event WHERE target_id = $1`, [survey.id]);
    expect(audit).toEqual({ action: 'survey.create', target_id: survey.id });
  });

  it('offers every place of the municipality, by name, when a place question names none', async () => {
    const input = surveyInput();
    input.sections[1]!.questions[2]!.placeIds = [];
    const survey = await create(input);
    const names = survey.sections[1].questions[2].places.map((p: SurveyData) => p.name);
    expect(names).toContain('Töre');
    expect(names).toContain('Nyborg');
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'sv')));
  });

  it('resolves texts in the request language and reports missing ones', async () => {
    const input = surveyInput({ title: { sv: 'Bara svenska', fi: 'Vain suomeksi' } });
    const survey = await create(input);
    expect(survey.missingTranslations).toEqual(['title.fit']);
    expect(survey.translationStatus).toContainEqual({ locale: 'fit', status: 'MISSING' });
    const inFinnish = await api.graphql<{ survey: SurveyData }>(`query($id: ID!) { survey(id: $id) { title } }`, { id: survey.id }, { ...as('officer'), 'accept-language': 'fi' });
    expect(inFinnish.data!.survey.title).toBe('Vain suomeksi');
  });

  it('marks machine-assisted languages', async () => {
    const survey = await create(surveyInput({ machineAssistedLocales: ['fit'] }));
    expect(survey.translationStatus).toContainEqual({ locale: 'fit', status: 'MACHINE_ASSISTED' });
    expect(survey.titleTranslations).toContainEqual({ locale: 'fit', text: 'Enkät om Töres framtid (meänkielelä)', status: 'MACHINE_ASSISTED' });
  });

  describe('refuses invalid input with the field path, writing nothing', () => {
    const cases: Array<[string, (input: Input) => void, string[]]> = [
      ['no sections', (i) => (i.sections = []), ['sections']],
      ['a choice question with one option', (i) => (i.sections[0]!.questions[0]!.options = i.sections[0]!.questions[0]!.options!.slice(0, 1)), ['sections.0.questions.0.options']],
      ['a ranking question with 11 options', (i) => (i.sections[1]!.questions[1]!.options = Array.from({ length: 11 }, (_, n) => option(`Val ${n}`))), ['sections.1.questions.1.options']],
      ['options on a scale', (i) => ((i.sections[1]!.questions[0] as Record<string, unknown>).options = [option('A'), option('B')]), ['sections.1.questions.0.options']],
      ['"other" on a ranking question', (i) => ((i.sections[1]!.questions[1] as Record<string, unknown>).allowOther = true), ['sections.1.questions.1.allowOther']],
      ['a scale without its top label', (i) => ((i.sections[1]!.questions[0] as Record<string, unknown>).scaleMaxLabel = null), ['sections.1.questions.0.scaleMaxLabel']],
      ['maxChoices above the choices', (i) => ((i.sections[0]!.questions[1] as Record<string, unknown>).maxChoices = 5), ['sections.0.questions.1.maxChoices']],
      ['maxChoices on a single choice', (i) => ((i.sections[0]!.questions[0] as Record<string, unknown>).maxChoices = 1), ['sections.0.questions.0.maxChoices']],
      ['a duplicate question id', (i) => (i.sections[1]!.questions[0]!.id = i.sections[0]!.questions[0]!.id), ['sections.1.questions.0.id']],
      ['an id that is not a UUID', (i) => (i.sections[0]!.id = 'del-1'), ['sections.0.id']],
      ['a prompt without Swedish', (i) => (i.sections[0]!.questions[0]!.prompt = { sv: ' ', fi: 'Kysymys', fit: 'Kysymys' }), ['sections.0.questions.0.prompt.sv']],
      ['a title over 200 characters', (i) => (i.title = t('x'.repeat(201))), ['title.sv', 'title.fi', 'title.fit']],
      ['an option over 200 characters', (i) => (i.sections[0]!.questions[0]!.options![1]!.text = svOnly('x'.repeat(201)) as ReturnType<typeof t>), ['sections.0.questions.0.options.1.text.sv']],
      ['a place of another municipality', (i) => ((i.sections[1]!.questions[2] as Record<string, unknown>).placeIds = [toreId, foreignPlaceId]), ['sections.1.questions.2.placeIds.1']],
      ['a målbild of another strategy', (i) => ((i.sections[1]!.questions[3] as Record<string, unknown>).goalIds = [kalixGoalId, foreignGoalId]), ['sections.1.questions.3.goalIds.1']],
      ['maxChoices above every offered målbild', (i) => ((i.sections[1]!.questions[3] as Record<string, unknown>).maxChoices = 500), ['sections.1.questions.3.maxChoices']],
      ['a closing time in the past', (i) => ((i as Record<string, unknown>).closesAt = new Date(Date.now() - 60_000).toISOString()), ['closesAt']],
    ];
    for (const [name, change, paths] of cases) {
      it(name, async () => {
        const before = await surveyCount();
        const input = copy(surveyInput());
        change(input);
        const response = await api.graphql(CREATE, { slug: 'kalix', input }, as('officer'));
        expect(code(response)).toBe('BAD_USER_INPUT');
        expect(fieldPaths(response)).toEqual(paths);
        expect(await surveyCount()).toBe(before);
      });
    }
  });

  describe('validates conditions', () => {
    it('refuses a condition on a later question', async () => {
      const input = surveyInput();
      const later = input.sections[1]!.questions[1]!; // RANKING is later, but make a later SINGLE_CHOICE to isolate "later"
      const laterChoice = { id: randomUUID(), type: 'SINGLE_CHOICE', required: false, prompt: t('Senare?'), options: [option('A'), option('B')] };
      input.sections[1]!.questions.push(laterChoice as never);
      (input.sections[0]!.questions[2] as Record<string, unknown>).condition = { questionId: laterChoice.id, optionIds: [laterChoice.options[0]!.id] };
      expect(later.type).toBe('RANKING');
      const response = await api.graphql(CREATE, { slug: 'kalix', input }, as('officer'));
      expect(fieldPaths(response)).toEqual(['sections.0.questions.2.condition.questionId']);
    });

    it('refuses a condition on a question that is not single or multiple choice', async () => {
      const input = surveyInput();
      const scale = input.sections[1]!.questions[0]!;
      input.sections[1]!.questions.push({ id: randomUUID(), type: 'FREE_TEXT', required: false, prompt: t('Varför?'), condition: { questionId: scale.id, optionIds: [randomUUID()] } } as never);
      const response = await api.graphql(CREATE, { slug: 'kalix', input }, as('officer'));
      expect(fieldPaths(response)).toEqual(['sections.1.questions.4.condition.questionId']);
    });

    it('refuses an option that is not one of the question', async () => {
      const input = surveyInput();
      const otherOption = input.sections[0]!.questions[1]!.options![0]!.id;
      (input.sections[0]!.questions[2] as Record<string, unknown>).condition = { questionId: input.sections[0]!.questions[0]!.id, optionIds: [otherOption] };
      const response = await api.graphql(CREATE, { slug: 'kalix', input }, as('officer'));
      expect(code(response)).toBe('BAD_USER_INPUT');
      expect(fieldPaths(response)).toEqual(['sections.0.questions.2.condition.optionIds.0']);
    });
  });

  it('links a dialogue of the municipality that has not ended', async () => {
    for (const status of ['DRAFT', 'OPEN'] as const) {
      const dialogueId = await makeDialogue(status);
      expect((await create(surveyInput({ dialogueId }))).dialogue).toEqual({ id: dialogueId });
    }
    for (const status of ['CLOSED', 'REPORTED'] as const) {
      const response = await api.graphql(CREATE, { slug: 'kalix', input: surveyInput({ dialogueId: await makeDialogue(status) }) }, as('officer'));
      expect(fieldPaths(response)).toEqual(['dialogueId']);
    }
    const norsjo = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'norsjo'`)).id;
    const foreign = await api.graphql(CREATE, { slug: 'kalix', input: surveyInput({ dialogueId: await makeDialogue('OPEN', norsjo) }) }, as('officer'));
    expect(fieldPaths(foreign)).toEqual(['dialogueId']);
  });
});

describe('who may build', () => {
  it('only officers and admins of the municipality', async () => {
    const before = await surveyCount();
    for (const who of ['resident', 'moderator', 'forening', 'otherOfficer']) {
      const response = await api.graphql(CREATE, { slug: 'kalix', input: surveyInput() }, as(who));
      expect(code(response), who).toBe('FORBIDDEN');
    }
    expect(code(await api.graphql(CREATE, { slug: 'kalix', input: surveyInput() }))).toBe('UNAUTHENTICATED');
    expect(await surveyCount()).toBe(before);
    expect((await create(surveyInput(), 'admin')).status).toBe('DRAFT');
  });

  it('refuses every change to others', async () => {
    const survey = await create();
    for (const document of [PUBLISH, VERSION, CLOSE, DELETE]) {
      for (const who of ['resident', 'moderator', 'otherOfficer']) expect(code(await api.graphql(document, { id: survey.id }, as(who))), who).toBe('FORBIDDEN');
      expect(code(await api.graphql(document, { id: survey.id }))).toBe('UNAUTHENTICATED');
    }
    expect(code(await api.graphql(UPDATE, { id: survey.id, input: surveyInput() }, as('resident')))).toBe('FORBIDDEN');
    expect(await one(`SELECT status, version FROM survey WHERE id = $1`, [survey.id])).toEqual({ status: 'DRAFT', version: 1 });
  });
});

describe('draft visibility', () => {
  it('hides drafts from everyone but managers (NOT_FOUND, not listed)', async () => {
    const draft = await create();
    for (const who of [undefined, 'resident', 'moderator', 'otherOfficer']) {
      const response = await api.graphql(GET, { id: draft.id }, who ? as(who) : {});
      expect(code(response), who).toBe('NOT_FOUND');
      const list = await api.graphql<{ surveys: SurveyData[] }>(LIST, { slug: 'kalix' }, who ? as(who) : {});
      expect(list.data!.surveys.map((s) => s.id)).not.toContain(draft.id);
      expect(list.data!.surveys.every((s) => s.status !== 'DRAFT')).toBe(true);
    }
    expect((await api.graphql<{ survey: SurveyData }>(GET, { id: draft.id }, as('officer'))).data!.survey.id).toBe(draft.id);
    const managerList = await api.graphql<{ surveys: SurveyData[] }>(LIST, { slug: 'kalix', status: 'DRAFT' }, as('admin'));
    expect(managerList.data!.surveys.map((s) => s.id)).toContain(draft.id);
  });

  it('shows published surveys to everyone, with viewerCanManage false', async () => {
    const survey = await publish((await create()).id);
    const response = await api.graphql<{ survey: SurveyData }>(GET, { id: survey.id });
    expect(response.data!.survey).toMatchObject({ status: 'PUBLISHED', isOpen: true, viewerCanManage: false });
    const list = await api.graphql<{ surveys: SurveyData[] }>(LIST, { slug: 'kalix', status: 'PUBLISHED' }, as('resident'));
    expect(list.data!.surveys.map((s) => s.id)).toContain(survey.id);
  });
});

// ------------------------------------------------------------------ publishing and versions

describe('publishSurvey', () => {
  it('refuses while a language is missing, naming every missing text', async () => {
    const input = surveyInput({ title: { sv: 'Enkät', fi: 'Kysely' } });
    input.sections[0]!.questions[0]!.prompt = { sv: 'Bor du i Töre?', fi: 'Asutko Toorenissa?' } as ReturnType<typeof t>;
    input.sections[0]!.questions[1]!.options![2]!.text = svOnly('Bad') as ReturnType<typeof t>;
    (input.sections[1]!.questions[0] as Record<string, unknown>).scaleMinLabel = { sv: 'Inte alls', fit: 'Ei ollenkhaan' };
    input.sections[0]!.questions[2]!.help = { sv: 'Skriv fritt.', fi: 'Kirjoita vapaasti.' } as ReturnType<typeof t>;
    const survey = await create(input);
    expect(survey.missingTranslations).toEqual([
      'title.fit',
      'sections.0.questions.0.prompt.fit',
      'sections.0.questions.1.options.2.text.fi',
      'sections.0.questions.1.options.2.text.fit',
      'sections.0.questions.2.help.fit',
      'sections.1.questions.0.scaleMinLabel.fi',
    ]);
    const response = await api.graphql(PUBLISH, { id: survey.id }, as('officer'));
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(response)).toEqual(survey.missingTranslations);
    expect(await one(`SELECT status, published_at FROM survey WHERE id = $1`, [survey.id])).toEqual({ status: 'DRAFT', published_at: null });
  });

  it('refuses a survey without questions', async () => {
    const survey = await create(surveyInput({ sections: [{ id: randomUUID(), title: t('Tom'), questions: [] }] }));
    const response = await api.graphql(PUBLISH, { id: survey.id }, as('officer'));
    expect(fieldPaths(response)).toEqual(['sections']);
  });

  it('publishes a complete survey and freezes it', async () => {
    const draft = await create();
    const published = await publish(draft.id);
    expect(published).toMatchObject({ status: 'PUBLISHED', isOpen: true });
    expect(new Date(published.publishedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const update = await api.graphql(UPDATE, { id: draft.id, input: surveyInput({ title: t('Ändrad') }) }, as('officer'));
    expect(code(update)).toBe('CONFLICT');
    expect(reason(update)).toBe('SURVEY_FROZEN');
    expect((await one<{ title: { sv: { text: string } } }>(`SELECT title FROM survey WHERE id = $1`, [draft.id])).title.sv.text).toBe('Enkät om Töres framtid');
    const again = await api.graphql(PUBLISH, { id: draft.id }, as('officer'));
    expect(reason(again)).toBe('SURVEY_NOT_DRAFT');
    const del = await api.graphql(DELETE, { id: draft.id }, as('officer'));
    expect(reason(del)).toBe('SURVEY_NOT_DRAFT');
    expect(await one(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1 AND action = 'survey.publish'`, [draft.id])).toEqual({ n: 1 });
  });

  it('updates a draft by replacing its whole definition', async () => {
    const draft = await create();
    const input = surveyInput({ title: t('Ny titel'), sections: [{ id: randomUUID(), title: t('Enda delen'), questions: [] }] });
    const response = await api.graphql<{ updateSurvey: SurveyData }>(UPDATE, { id: draft.id, input }, as('officer'));
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateSurvey).toMatchObject({ id: draft.id, title: 'Ny titel', questionCount: 0, version: 1, status: 'DRAFT' });
    const bad = copy(input);
    bad.sections = [];
    expect(fieldPaths(await api.graphql(UPDATE, { id: draft.id, input: bad }, as('officer')))).toEqual(['sections']);
    expect((await one<{ title: { sv: { text: string } } }>(`SELECT title FROM survey WHERE id = $1`, [draft.id])).title.sv.text).toBe('Ny titel');
  });

  it('refuses publishing under a dialogue that is not open', async () => {
    const dialogueId = await makeDialogue('OPEN');
    const survey = await create(surveyInput({ dialogueId }));
    await db.query(`UPDATE dialogue SET status = 'CLOSED' WHERE id = $1`, [dialogueId]);
    const response = await api.graphql(PUBLISH, { id: survey.id }, as('officer'));
    expect(code(response)).toBe('CONFLICT');
    expect(reason(response)).toBe('DIALOGUE_NOT_OPEN');
    expect(await one(`SELECT status FROM survey WHERE id = $1`, [survey.id])).toEqual({ status: 'DRAFT' });
    // A draft dialogue is not open either.
    const underDraft = await create(surveyInput({ dialogueId: await makeDialogue('DRAFT') }));
    expect(reason(await api.graphql(PUBLISH, { id: underDraft.id }, as('officer')))).toBe('DIALOGUE_NOT_OPEN');
  });

  it("notifies the dialogue's followers (not deleted accounts, not the publisher)", async () => {
    const dialogueId = await makeDialogue('OPEN');
    const ids = await db.query(`SELECT id, email FROM app_user WHERE email IN ('resident@kalix.example', 'forening@kalix.example', 'officer@kalix.example')`);
    const { id: gone } = await one<{ id: string }>(
      `INSERT INTO app_user (email, password_hash, display_name, locale, municipality_id, deleted_at)
       VALUES ($1, 'x', 'Borttagen', 'sv', $2, now()) RETURNING id`,
      [`gone.${randomUUID()}@example.org`, kalixId],
    );
    for (const { id } of [...ids, { id: gone }]) await db.query(`INSERT INTO dialogue_follow (dialogue_id, user_id) VALUES ($1, $2)`, [dialogueId, id]);
    const survey = await publish((await create(surveyInput({ dialogueId }))).id);
    const notified: Array<{ email: string; kind: string; dialogue_id: string; data: unknown }> = await db.query(
      `SELECT u.email, n.kind, n.dialogue_id, n.data FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.dialogue_id = $1 ORDER BY u.email`,
      [dialogueId],
    );
    expect(notified).toEqual(
      ['forening@kalix.example', 'resident@kalix.example'].map((email) => ({ email, kind: 'DIALOGUE_SURVEY_PUBLISHED', dialogue_id: dialogueId, data: { surveyId: survey.id } })),
    );
  });
});

describe('versions', () => {
  it('copies a published survey into a DRAFT version 2; publishing it closes version 1', async () => {
    const v1 = await publish((await create()).id);
    const v2Response = await api.graphql<{ createSurveyVersion: SurveyData }>(VERSION, { id: v1.id }, as('officer'));
    expect(v2Response.errors).toBeUndefined();
    const v2 = v2Response.data!.createSurveyVersion;
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', seriesId: v1.seriesId, publishedAt: null });
    expect(v2.id).not.toBe(v1.id);
    // Same definition, same ids.
    expect(v2.sections).toEqual(v1.sections);
    expect(v2.title).toBe(v1.title);

    const second = await api.graphql(VERSION, { id: v1.id }, as('officer'));
    expect(code(second)).toBe('CONFLICT');
    expect(reason(second)).toBe('DRAFT_VERSION_EXISTS');
    expect(await one(`SELECT count(*)::int AS n FROM survey WHERE series_id = $1`, [v1.seriesId])).toEqual({ n: 2 });

    // The draft can change; the published version stays as it was.
    const changed = surveyInput({ title: t('Version två') });
    changed.sections = v1.sections.map((s: SurveyData, i: number) => ({ ...surveyInput().sections[i], id: s.id }));
    expect((await api.graphql(UPDATE, { id: v2.id, input: changed }, as('officer'))).errors).toBeUndefined();
    const published = await publish(v2.id);
    expect(published).toMatchObject({ status: 'PUBLISHED', title: 'Version två' });
    const old = await api.graphql<{ survey: SurveyData }>(GET, { id: v1.id }, as('resident'));
    expect(old.data!.survey).toMatchObject({ status: 'CLOSED', isOpen: false, title: 'Enkät om Töres framtid' });
    expect(old.data!.survey.closedAt).not.toBeNull();
    expect(old.data!.survey.versions).toEqual([
      { id: v2.id, version: 2, status: 'PUBLISHED' },
      { id: v1.id, version: 1, status: 'CLOSED' },
    ]);
    // A version of a closed version is fine too: version 3.
    const v3 = await api.graphql<{ createSurveyVersion: SurveyData }>(VERSION, { id: v1.id }, as('officer'));
    expect(v3.data!.createSurveyVersion).toMatchObject({ version: 3, status: 'DRAFT' });
    // Others do not see the draft version in `versions`.
    const publicVersions = await api.graphql<{ survey: SurveyData }>(GET, { id: v2.id }, as('resident'));
    expect(publicVersions.data!.survey.versions.map((v: SurveyData) => v.version)).toEqual([2, 1]);
    const managerVersions = await api.graphql<{ survey: SurveyData }>(GET, { id: v2.id }, as('officer'));
    expect(managerVersions.data!.survey.versions.map((v: SurveyData) => v.version)).toEqual([3, 2, 1]);
  });

  it('refuses a version of a draft (the series has a draft)', async () => {
    const draft = await create();
    expect(reason(await api.graphql(VERSION, { id: draft.id }, as('officer')))).toBe('DRAFT_VERSION_EXISTS');
  });
});

describe('closeSurvey and deleteSurveyDraft', () => {
  it('closes a published survey, idempotently; refuses a draft', async () => {
    const survey = await publish((await create()).id);
    const closed = await api.graphql<{ closeSurvey: SurveyData }>(CLOSE, { id: survey.id }, as('officer'));
    expect(closed.data!.closeSurvey).toMatchObject({ status: 'CLOSED', isOpen: false });
    const again = await api.graphql<{ closeSurvey: SurveyData }>(CLOSE, { id: survey.id }, as('officer'));
    expect(again.data!.closeSurvey.closedAt).toBe(closed.data!.closeSurvey.closedAt);
    const draft = await create();
    expect(reason(await api.graphql(CLOSE, { id: draft.id }, as('officer')))).toBe('SURVEY_NOT_PUBLISHED');
  });

  it('deletes a draft', async () => {
    const draft = await create();
    const response = await api.graphql<{ deleteSurveyDraft: boolean }>(DELETE, { id: draft.id }, as('officer'));
    expect(response.data!.deleteSurveyDraft).toBe(true);
    expect(await one(`SELECT count(*)::int AS n FROM survey WHERE id = $1`, [draft.id])).toEqual({ n: 0 });
    expect(await one(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1 AND action = 'survey.deleteDraft'`, [draft.id])).toEqual({ n: 1 });
    expect(code(await api.graphql(DELETE, { id: draft.id }, as('officer')))).toBe('NOT_FOUND');
  });
});

// ------------------------------------------------------------------ Dialogue.surveys and DataLoaders

describe('Dialogue.surveys', () => {
  const DIALOGUE_SURVEYS = `query($id: ID!) { survey(id: $id) { dialogue { id surveys { id version status } } } }`;

  it('lists the newest version per series; drafts for managers only', async () => {
    const dialogueId = await makeDialogue('OPEN');
    const published = await publish((await create(surveyInput({ dialogueId }))).id);
    const draft = await create(surveyInput({ dialogueId }));
    const v2 = (await api.graphql<{ createSurveyVersion: SurveyData }>(VERSION, { id: published.id }, as('officer'))).data!.createSurveyVersion;

    const forManager = await api.graphql<{ survey: { dialogue: { surveys: SurveyData[] } } }>(DIALOGUE_SURVEYS, { id: published.id }, as('officer'));
    expect(forManager.data!.survey.dialogue.surveys).toEqual([
      { id: v2.id, version: 2, status: 'DRAFT' },
      { id: draft.id, version: 1, status: 'DRAFT' },
    ]);
    for (const who of [undefined, 'resident']) {
      const forOthers = await api.graphql<{ survey: { dialogue: { surveys: SurveyData[] } } }>(DIALOGUE_SURVEYS, { id: published.id }, who ? as(who) : {});
      expect(forOthers.data!.survey.dialogue.surveys).toEqual([{ id: published.id, version: 1, status: 'PUBLISHED' }]);
    }
  });
});

describe('surveys list', () => {
  it('filters by dialogue and costs as many SQL statements for 6 surveys as for 2 (DataLoaders)', async () => {
    const statementsFor = async (count: number) => {
      const dialogueId = await makeDialogue('OPEN');
      for (let i = 0; i < count; i++) {
        const survey = await create(surveyInput({ dialogueId }));
        if (i % 2 === 0) await publish(survey.id);
      }
      api.statements.reset();
      const response = await api.graphql<{ surveys: SurveyData[] }>(
        `query($slug: String!, $dialogue: ID) { surveys(municipalitySlug: $slug, dialogueId: $dialogue) { ${SURVEY_FIELDS} dialogue { id surveys { id } } } }`,
        { slug: 'kalix', dialogue: dialogueId },
        as('officer'),
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.surveys).toHaveLength(count);
      return api.statements.count;
    };
    const forTwo = await statementsFor(2);
    expect(await statementsFor(6)).toBe(forTwo);
  });
});
