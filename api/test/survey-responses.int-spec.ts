/**
 * Answering surveys, results, free-text moderation and the CSV export, over real HTTP and
 * PostgreSQL. Surveys are written straight into the table (the builder has its own spec), so
 * each test knows every id of its definition.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
let kalixId: string;
const users = { officer: '', moderator: '', resident: '' };
const headersOf = {} as Record<keyof typeof users, Record<string, string>>;
const places = { tore: '', nyborg: '', sangis: '' };
let goals: Array<{ id: string; code: string }> = [];

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
const localized = (sv: string) => ({ sv: { text: sv, status: 'REVIEWED' }, fi: { text: `${sv} (fi)`, status: 'REVIEWED' }, fit: { text: `${sv} (fit)`, status: 'REVIEWED' } });

interface QuestionSpec {
  id: string;
  type: string;
  prompt: string;
  required?: boolean;
  options?: Array<{ id: string; text: string }>;
  allowOther?: boolean;
  placeIds?: string[];
  goalIds?: string[];
  maxChoices?: number | null;
  condition?: { questionId: string; optionIds: string[] } | null;
}

const question = (spec: QuestionSpec) => ({
  id: spec.id,
  type: spec.type,
  prompt: localized(spec.prompt),
  help: null,
  required: spec.required ?? false,
  options: (spec.options ?? []).map((o) => ({ id: o.id, text: localized(o.text) })),
  allowOther: spec.allowOther ?? false,
  scaleMinLabel: spec.type === 'SCALE' ? localized('Mycket dåligt') : null,
  scaleMaxLabel: spec.type === 'SCALE' ? localized('Mycket bra') : null,
  placeIds: spec.placeIds ?? [],
  goalIds: spec.goalIds ?? [],
  maxChoices: spec.maxChoices ?? null,
  condition: spec.condition ?? null,
});

/** The survey with every question type the tests answer; ids are fresh per survey. */
function everyTypeDefinition() {
  const id = () => randomUUID();
  const q = {
    q1: id(), q2: id(), q3: id(), q4: id(), q5: id(), q6: id(), q7: id(), q8: id(),
    yes: id(), no: id(), school: id(), roads: id(), broadband: id(), r1: id(), r2: id(), r3: id(),
  };
  const sections = [
    {
      id: id(),
      title: localized('Om byn'),
      description: null,
      questions: [
        question({ id: q.q1, type: 'SINGLE_CHOICE', prompt: 'Bor du i byn?', required: true, allowOther: true, options: [{ id: q.yes, text: 'Ja' }, { id: q.no, text: 'Nej' }] }),
        question({
          id: q.q2,
          type: 'MULTI_CHOICE',
          prompt: 'Vad är viktigast, tycker du?',
          allowOther: true,
          maxChoices: 2,
          options: [{ id: q.school, text: 'Skola' }, { id: q.roads, text: 'Vägar' }, { id: q.broadband, text: 'Bredband' }],
        }),
        question({ id: q.q3, type: 'FREE_TEXT', prompt: 'Vad gör byn bra att bo i?', required: true, condition: { questionId: q.q1, optionIds: [q.yes] } }),
        question({ id: q.q4, type: 'SCALE', prompt: 'Hur trivs du?', required: true }),
      ],
    },
    {
      id: id(),
      title: localized('Framtiden'),
      description: null,
      questions: [
        question({ id: q.q5, type: 'RANKING', prompt: 'Rangordna', options: [{ id: q.r1, text: 'Bostäder' }, { id: q.r2, text: 'Jobb' }, { id: q.r3, text: 'Natur' }] }),
        question({ id: q.q6, type: 'PLACE', prompt: 'Var handlar du?', placeIds: [places.tore, places.nyborg] }),
        question({ id: q.q7, type: 'GOAL', prompt: 'Vilka målbilder?', goalIds: goals.map((g) => g.id), maxChoices: 2 }),
        question({ id: q.q8, type: 'FREE_TEXT', prompt: 'Något mer?' }),
      ],
    },
  ];
  return { q, sections };
}

async function makeSurvey(
  sections: unknown[],
  options: { status?: string; responseMode?: string; closesAt?: Date | null; collectDemographics?: boolean } = {},
): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO survey (municipality_id, series_id, status, response_mode, collect_demographics, title, sections, published_at, closes_at)
     VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, CASE WHEN $2 <> 'DRAFT' THEN now() END, $7) RETURNING id`,
    [
      kalixId,
      options.status ?? 'PUBLISHED',
      options.responseMode ?? 'ANONYMOUS',
      options.collectDemographics ?? true,
      JSON.stringify(localized('Byaenkäten')),
      JSON.stringify(sections),
      options.closesAt ?? null,
    ],
  );
  return row.id;
}

const SAVE = `mutation($surveyId: ID!, $answers: [SurveyAnswerInput!]!, $demographics: SurveyDemographicsInput, $token: String, $locale: Locale) {
  saveSurveyProgress(surveyId: $surveyId, answers: $answers, demographics: $demographics, respondentToken: $token, locale: $locale) {
    surveyId status locale updatedAt submittedAt
    answers { questionId optionIds otherText value text placeId goalIds }
    demographics { ageGroup gender homePlace { id name } }
  }
}`;
const SUBMIT = `mutation($surveyId: ID!, $answers: [SurveyAnswerInput!]!, $demographics: SurveyDemographicsInput, $token: String, $locale: Locale) {
  submitSurveyResponse(surveyId: $surveyId, answers: $answers, demographics: $demographics, respondentToken: $token, locale: $locale) { surveyId submittedAt }
}`;
const MINE = `query($surveyId: ID!, $token: String) {
  mySurveyResponse(surveyId: $surveyId, respondentToken: $token) { status locale submittedAt answers { questionId optionIds text value } }
}`;

type Answer = { questionId: string; optionIds?: string[]; otherText?: string; value?: number; text?: string; placeId?: string; goalIds?: string[] };
type Errors = Array<{ extensions?: Record<string, unknown> }> | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;
const reasonOf = (errors: Errors) => errors?.[0]?.extensions?.reason;
const fieldsOf = (errors: Errors) => errors?.[0]?.extensions?.fields as Array<{ path: string; message: string; problem?: string }> | undefined;

function submit(surveyId: string, answers: Answer[], extra: { token?: string | null; headers?: Record<string, string>; demographics?: unknown; locale?: string } = {}) {
  return api.graphql(SUBMIT, { surveyId, answers, token: extra.token ?? null, demographics: extra.demographics ?? null, locale: extra.locale ?? null }, extra.headers);
}
function save(surveyId: string, answers: Answer[], extra: { token?: string | null; headers?: Record<string, string>; demographics?: unknown; locale?: string } = {}) {
  return api.graphql<{ saveSurveyProgress: Record<string, unknown> }>(
    SAVE,
    { surveyId, answers, token: extra.token ?? null, demographics: extra.demographics ?? null, locale: extra.locale ?? null },
    extra.headers,
  );
}
const responseRows = (surveyId: string) =>
  db.query(`SELECT status, respondent_token_hash, account_hash, locale, answers FROM survey_response WHERE survey_id = $1 ORDER BY started_at`, [surveyId]);

/** A minimal valid answer set of the every-type survey (Q1 "Nej", so Q3 is hidden; Q4 given). */
const minimal = (q: ReturnType<typeof everyTypeDefinition>['q']): Answer[] => [
  { questionId: q.q1, optionIds: [q.no] },
  { questionId: q.q4, value: 3 },
];

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  kalixId = (await db.query(`SELECT id FROM municipality WHERE slug = 'kalix'`))[0].id;
  for (const name of Object.keys(users) as Array<keyof typeof users>) {
    users[name] = (await db.query(`SELECT id FROM app_user WHERE email = $1`, [`${name}@kalix.example`]))[0].id;
    headersOf[name] = bearer(await loginAs(api, `${name}@kalix.example`));
  }
  const placeRows: Array<{ id: string; name: string }> = await db.query(`SELECT id, name FROM place WHERE municipality_id = $1`, [kalixId]);
  places.tore = placeRows.find((p) => p.name === 'Töre')!.id;
  places.nyborg = placeRows.find((p) => p.name === 'Nyborg')!.id;
  places.sangis = placeRows.find((p) => p.name === 'Sangis')!.id;
  goals = await db.query(
    `SELECT g.id, g.code FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
      WHERE s.municipality_id = $1 ORDER BY a.position, g.position LIMIT 2`,
    [kalixId],
  );
  expect(goals).toHaveLength(2);
});
afterAll(async () => {
  await api?.close();
});

describe('one response per browser and per account', () => {
  it('anonymous: saves, resumes by token, submits once; a second submit or save is CONFLICT ALREADY_RESPONDED; only hashes are stored', async () => {
    const { q, sections } = everyTypeDefinition();
    const surveyId = await makeSurvey(sections);
    const token = newToken();

    const saved = await save(surveyId, [{ questionId: q.q1, optionIds: [q.yes] }], { token, locale: 'fi' });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveSurveyProgress).toMatchObject({ surveyId, status: 'IN_PROGRESS', locale: 'fi', submittedAt: null });

    const resumed = await api.graphql<{ mySurveyResponse: { status: string; answers: Array<{ questionId: string; optionIds: string[] }> } }>(MINE, { surveyId, token });
    expect(resumed.data!.mySurveyResponse.status).toBe('IN_PROGRESS');
    expect(resumed.data!.mySurveyResponse.answers).toEqual([{ questionId: q.q1, optionIds: [q.yes], text: null, value: null }]);
    // Another browser sees nothing.
    expect((await api.graphql(MINE, { surveyId, token: newToken() })).data!.mySurveyResponse).toBeNull();

    // Saving again replaces the answers (still one row).
    await save(surveyId, [{ questionId: q.q1, optionIds: [q.yes] }, { questionId: q.q3, text: 'Grannarna' }], { token, locale: 'fi' });
    const first = await submit(surveyId, [{ questionId: q.q1, optionIds: [q.yes] }, { questionId: q.q3, text: 'Grannarna' }, { questionId: q.q4, value: 4 }], {
      token,
      locale: 'fi',
    });
    expect(first.errors).toBeUndefined();
    const rows = await responseRows(surveyId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'SUBMITTED', respondent_token_hash: sha256(token), account_hash: null, locale: 'fi' });
    expect(JSON.stringify(rows[0])).not.toContain(token);

    const again = await submit(surveyId, minimal(q), { token });
    expect([codeOf(again.errors), reasonOf(again.errors)]).toEqual(['CONFLICT', 'ALREADY_RESPONDED']);
    const saveAfter = await save(surveyId, minimal(q), { token });
    expect([codeOf(saveAfter.errors), reasonOf(saveAfter.errors)]).toEqual(['CONFLICT', 'ALREADY_RESPONDED']);
    expect((await api.graphql<{ mySurveyResponse: { status: string } }>(MINE, { surveyId, token })).data!.mySurveyResponse.status).toBe('SUBMITTED');
    expect(await responseRows(surveyId)).toHaveLength(1);
  });

  it('signed in: the account is the key, so a second submit with another token is still CONFLICT', async () => {
    const { q, sections } = everyTypeDefinition();
    const surveyId = await makeSurvey(sections);
    const firstToken = newToken();
    // Saved before signing in on this browser, then signed in: the token's row becomes the account's.
    await save(surveyId, minimal(q), { token: firstToken });
    expect((await submit(surveyId, minimal(q), { token: firstToken, headers: headersOf.resident })).errors).toBeUndefined();
    const rows = await responseRows(surveyId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'SUBMITTED', respondent_token_hash: sha256(firstToken), account_hash: sha256(`${surveyId}:${users.resident}`) });

    const otherBrowser = await submit(surveyId, minimal(q), { token: newToken(), headers: headersOf.resident });
    expect(reasonOf(otherBrowser.errors)).toBe('ALREADY_RESPONDED');
    const noToken = await submit(surveyId, minimal(q), { headers: headersOf.resident });
    expect(reasonOf(noToken.errors)).toBe('ALREADY_RESPONDED');
    const mine = await api.graphql<{ mySurveyResponse: { status: string } }>(MINE, { surveyId }, headersOf.resident);
    expect(mine.data!.mySurveyResponse.status).toBe('SUBMITTED');
    // Another account on the same survey answers on its own.
    expect((await submit(surveyId, minimal(q), { headers: headersOf.moderator })).errors).toBeUndefined();
    expect(await responseRows(surveyId)).toHaveLength(2);
  });

  it('SIGNED_IN surveys refuse the signed-out; ANONYMOUS ones need a well-formed token when signed out', async () => {
    const { q, sections } = everyTypeDefinition();
    const signedInOnly = await makeSurvey(sections, { responseMode: 'SIGNED_IN' });
    expect(codeOf((await submit(signedInOnly, minimal(q), { token: newToken() })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await save(signedInOnly, minimal(q), { token: newToken() })).errors)).toBe('UNAUTHENTICATED');
    expect((await submit(signedInOnly, minimal(q), { headers: headersOf.resident })).errors).toBeUndefined();
    // Signed out there is nothing to resume (the page asks to sign in); signed in, the account's response.
    expect((await api.graphql(MINE, { surveyId: signedInOnly, token: newToken() })).data!.mySurveyResponse).toBeNull();
    expect((await api.graphql<{ mySurveyResponse: { status: string } }>(MINE, { surveyId: signedInOnly }, headersOf.resident)).data!.mySurveyResponse.status).toBe('SUBMITTED');

    const anonymous = await makeSurvey(sections);
    const noToken = await submit(anonymous, minimal(q));
    expect(codeOf(noToken.errors)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noToken.errors)!.map((f) => f.path)).toEqual(['respondentToken']);
    const shortToken = await submit(anonymous, minimal(q), { token: 'too-short' });
    expect(fieldsOf(shortToken.errors)!.map((f) => f.path)).toEqual(['respondentToken']);
    expect(await responseRows(anonymous)).toHaveLength(0);
  });

  it('of two racing submits with one token exactly one lands; the other is CONFLICT ALREADY_RESPONDED', async () => {
    const { q, sections } = everyTypeDefinition();
    const surveyId = await makeSurvey(sections);
    for (let round = 0; round < 4; round++) {
      const token = newToken();
      // Half the rounds start from a saved row (lock path), half from nothing (insert path).
      if (round % 2 === 1) await save(surveyId, minimal(q), { token });
      const results = await Promise.all([submit(surveyId, minimal(q), { token }), submit(surveyId, minimal(q), { token }), submit(surveyId, minimal(q), { token })]);
      const outcomes = results.map((r) => (r.errors ? reasonOf(r.errors) : 'OK')).sort();
      expect(outcomes).toEqual(['ALREADY_RESPONDED', 'ALREADY_RESPONDED', 'OK']);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1 AND respondent_token_hash = $2`, [surveyId, sha256(token)]);
      expect(n).toBe(1);
    }
  });
});

describe('validation per question', () => {
  it('respects conditions: a hidden required question is not required, answers to hidden questions are dropped, a shown one missing names its path', async () => {
    const { q, sections } = everyTypeDefinition();
    const surveyId = await makeSurvey(sections);

    // Q1 "Ja" shows the required Q3; without it: one error on answers.<q3>, nothing written.
    const missing = await submit(surveyId, [{ questionId: q.q1, optionIds: [q.yes] }, { questionId: q.q4, value: 2 }], { token: newToken() });
    expect(codeOf(missing.errors)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(missing.errors)).toEqual([{ path: `answers.${q.q3}`, message: 'Answer this question.', problem: 'REQUIRED' }]);
    // Every required question missing, one entry each, in survey order.
    const empty = await submit(surveyId, [], { token: newToken() });
    expect(fieldsOf(empty.errors)!.map((f) => [f.path, f.problem])).toEqual([
      [`answers.${q.q1}`, 'REQUIRED'],
      [`answers.${q.q4}`, 'REQUIRED'],
    ]);
    expect(await responseRows(surveyId)).toHaveLength(0);

    // Q1 "Nej" hides Q3: not required, and an answer sent to it is dropped.
    const token = newToken();
    const ok = await submit(surveyId, [...minimal(q), { questionId: q.q3, text: 'Borde inte sparas' }], { token });
    expect(ok.errors).toBeUndefined();
    const [row] = await responseRows(surveyId);
    expect(row.answers).toEqual({ [q.q1]: { optionIds: [q.no] }, [q.q4]: { value: 3 } });
  });

  it('checks the shape of every answer type, on save and on submit, with a problem code per question', async () => {
    const { q, sections } = everyTypeDefinition();
    const surveyId = await makeSurvey(sections);
    const cases: Array<[Answer, string]> = [
      [{ questionId: q.q1, optionIds: [q.yes, q.no] }, 'TOO_MANY_CHOICES'],
      [{ questionId: q.q1, optionIds: [q.school] }, 'UNKNOWN_OPTION'],
      [{ questionId: q.q2, optionIds: [q.school, q.roads, q.broadband] }, 'TOO_MANY_CHOICES'],
      [{ questionId: q.q2, optionIds: [q.school, q.roads], otherText: 'Och mer' }, 'TOO_MANY_CHOICES'],
      [{ questionId: q.q4, value: 6 }, 'OUT_OF_RANGE'],
      [{ questionId: q.q4, value: 0 }, 'OUT_OF_RANGE'],
      [{ questionId: q.q4, text: 'fyra' }, 'WRONG_ANSWER_TYPE'],
      [{ questionId: q.q8, text: 'x'.repeat(4001) }, 'TOO_LONG'],
      [{ questionId: q.q5, optionIds: [q.r2, q.r1] }, 'RANKING_INCOMPLETE'],
      [{ questionId: q.q5, optionIds: [q.r2, q.r2, q.r1] }, 'DUPLICATE_CHOICE'],
      [{ questionId: q.q6, placeId: places.sangis }, 'UNKNOWN_PLACE'],
      [{ questionId: q.q7, goalIds: [randomUUID()] }, 'UNKNOWN_GOAL'],
      [{ questionId: q.q8, optionIds: [q.yes] }, 'WRONG_ANSWER_TYPE'],
      [{ questionId: q.q4, otherText: 'x' }, 'OTHER_NOT_ALLOWED'],
      [{ questionId: randomUUID(), text: 'x' }, 'UNKNOWN_QUESTION'],
    ];
    for (const [answer, problem] of cases) {
      const token = newToken();
      const saved = await save(surveyId, [answer], { token });
      expect(fieldsOf(saved.errors), `save ${problem}`).toEqual([{ path: `answers.${answer.questionId}`, message: expect.any(String), problem }]);
      const submitted = await submit(surveyId, [...minimal(q).filter((a) => a.questionId !== answer.questionId), answer], { token });
      // (Q1 answered "Ja" shows the required Q3 too, so only this question's entry is compared.)
      expect(
        fieldsOf(submitted.errors)
          ?.filter((f) => f.path === `answers.${answer.questionId}`)
          .map((f) => f.problem),
        `submit ${problem}`,
      ).toEqual([problem]);
    }
    // An "other" ticked without text: fine while saving, not when submitting.
    const token = newToken();
    expect((await save(surveyId, [{ questionId: q.q1, otherText: '' }], { token })).errors).toBeUndefined();
    const other = await submit(surveyId, [{ questionId: q.q1, otherText: '' }, { questionId: q.q4, value: 1 }], { token });
    expect(fieldsOf(other.errors)).toEqual([{ path: `answers.${q.q1}`, message: expect.any(String), problem: 'OTHER_TEXT_MISSING' }]);
    // The same question twice, and a home village of another municipality.
    const twice = await save(surveyId, [{ questionId: q.q4, value: 1 }, { questionId: q.q4, value: 2 }], { token });
    expect(fieldsOf(twice.errors)!.map((f) => f.path)).toEqual([`answers.${q.q4}`]);
    const [norsjoPlace] = await db.query(`SELECT p.id FROM place p JOIN municipality m ON m.id = p.municipality_id WHERE m.slug = 'norsjo' LIMIT 1`);
    const home = await save(surveyId, [], { token, demographics: { homePlaceId: norsjoPlace.id } });
    expect(fieldsOf(home.errors)!.map((f) => f.path)).toEqual(['demographics.homePlaceId']);
    // Every valid shape saves; only the "other"-without-text row exists from above.
    const valid = await save(
      surveyId,
      [
        { questionId: q.q1, otherText: 'Sommarboende' },
        { questionId: q.q2, optionIds: [q.school], otherText: 'Kollektivtrafik' },
        { questionId: q.q4, value: 5 },
        { questionId: q.q5, optionIds: [q.r3, q.r1, q.r2] },
        { questionId: q.q6, placeId: places.nyborg },
        { questionId: q.q7, goalIds: [goals[1]!.id] },
        { questionId: q.q8, text: 'x'.repeat(4000) },
      ],
      { token, demographics: { ageGroup: 'AGE_26_45', gender: 'WOMAN', homePlaceId: places.tore } },
    );
    expect(valid.errors).toBeUndefined();
    expect(valid.data!.saveSurveyProgress.demographics).toEqual({ ageGroup: 'AGE_26_45', gender: 'WOMAN', homePlace: { id: places.tore, name: 'Töre' } });
    expect(await responseRows(surveyId)).toHaveLength(1);
  });

  it('refuses drafts (NOT_FOUND), closed surveys and those past their closing time (CONFLICT SURVEY_CLOSED)', async () => {
    const { q, sections } = everyTypeDefinition();
    const draft = await makeSurvey(sections, { status: 'DRAFT' });
    expect(codeOf((await submit(draft, minimal(q), { token: newToken() })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await save(draft, minimal(q), { token: newToken(), headers: headersOf.resident })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.graphql(MINE, { surveyId: draft, token: newToken() })).errors)).toBe('NOT_FOUND');
    const closed = await makeSurvey(sections, { status: 'CLOSED' });
    const past = await makeSurvey(sections, { closesAt: new Date(Date.now() - 60_000) });
    for (const surveyId of [closed, past]) {
      for (const call of [submit, save]) {
        const { errors } = await call(surveyId, minimal(q), { token: newToken() });
        expect([codeOf(errors), reasonOf(errors)]).toEqual(['CONFLICT', 'SURVEY_CLOSED']);
      }
    }
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM survey_response WHERE survey_id = ANY($1::uuid[])`, [[draft, closed, past]]);
    expect(n).toBe(0);
  });

  it('limits saves and submits per client address, and exempts them from the general write limit per address', async () => {
    const { q, sections } = everyTypeDefinition();
    const surveyId = await makeSurvey(sections);
    expect((await save(surveyId, minimal(q), { token: newToken() })).errors).toBeUndefined();
    const [counter] = await db.query(`SELECT bucket, hits FROM rate_limit_counter WHERE bucket LIKE 'surveySavesPerClient:%'`);
    expect(counter.hits).toBeGreaterThanOrEqual(1);
    // A class on one school address passes the general limit of writes per address: answering is exempt from it.
    const address = (counter.bucket as string).slice('surveySavesPerClient:'.length);
    await db.query(
      `INSERT INTO rate_limit_counter (bucket, window_start, hits) VALUES ($1, now(), 1000) ON CONFLICT (bucket) DO UPDATE SET hits = 1000, window_start = now()`,
      [`writes:client:${address}`],
    );
    expect(codeOf((await api.graphql(`mutation { logout }`)).errors)).toBe('RATE_LIMITED');
    expect((await save(surveyId, minimal(q), { token: newToken() })).errors).toBeUndefined();
    expect((await submit(surveyId, minimal(q), { token: newToken() })).errors).toBeUndefined();
    // The survey's own limits still hold.
    await db.query(`UPDATE rate_limit_counter SET hits = 600 WHERE bucket = $1`, [counter.bucket]);
    const limited = await save(surveyId, minimal(q), { token: newToken() });
    expect(codeOf(limited.errors)).toBe('RATE_LIMITED');
    await db.query(`UPDATE rate_limit_counter SET hits = 120 WHERE bucket = $1`, [`surveySubmitsPerClient:${address}`]);
    expect(codeOf((await submit(surveyId, minimal(q), { token: newToken() })).errors)).toBe('RATE_LIMITED');
    await db.query(`DELETE FROM rate_limit_counter`);
  });
});

const RESULTS = `query($surveyId: ID!, $filter: SurveyResultsFilter) {
  surveyResults(surveyId: $surveyId, filter: $filter) {
    responseCount totalResponseCount
    survey { id responseCount }
    languages { locale count }
    demographics { ageGroups { ageGroup count } genders { gender count } homePlaces { place { name } count } skippedCount }
    questions {
      question { id number type prompt }
      answeredCount shownCount otherCount average
      options { option { id } count share }
      scale { value count share }
      ranking { option { id } averageRank firstPlaceCount }
      places { place { name } count share }
      goals { goal { code } count share }
      freeTexts(first: 10) { totalCount edges { node { id responseId questionId text isOther hidden hiddenReason mayContainPersonalData locale } } }
    }
  }
}`;

interface QuestionResult {
  question: { id: string; number: number };
  answeredCount: number;
  shownCount: number;
  otherCount: number;
  average: number | null;
  options: Array<{ option: { id: string }; count: number; share: number }>;
  scale: Array<{ value: number; count: number; share: number }>;
  ranking: Array<{ option: { id: string }; averageRank: number; firstPlaceCount: number }>;
  places: Array<{ place: { name: string }; count: number; share: number }>;
  goals: Array<{ goal: { code: string }; count: number; share: number }>;
  freeTexts: { totalCount: number; edges: Array<{ node: { id: string; responseId: string; text: string | null; isOther: boolean; hidden: boolean; hiddenReason: string | null; mayContainPersonalData: boolean; locale: string } }> };
}
interface FreeTextPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { text: string } }>;
}
interface Results {
  responseCount: number;
  totalResponseCount: number;
  survey: { id: string; responseCount: number };
  languages: Array<{ locale: string; count: number }>;
  demographics: { ageGroups: Array<{ ageGroup: string; count: number }>; genders: Array<{ gender: string; count: number }>; homePlaces: Array<{ place: { name: string }; count: number }>; skippedCount: number };
  questions: QuestionResult[];
}

async function results(surveyId: string, filter: unknown = null, headers: Record<string, string> = headersOf.officer) {
  return api.graphql<{ surveyResults: Results }>(RESULTS, { surveyId, filter }, headers);
}

/** Four known responses to a fresh every-type survey. */
async function surveyWithKnownResponses() {
  const { q, sections } = everyTypeDefinition();
  const surveyId = await makeSurvey(sections);
  const respond = async (answers: Answer[], demographics: unknown, locale: string) => {
    const { errors } = await submit(surveyId, answers, { token: newToken(), demographics, locale });
    expect(errors).toBeUndefined();
  };
  // 1: Ja, Skola+Vägar, free text with a phone number, scale 5, ranking r1 r2 r3, Töre, goal 0
  await respond(
    [
      { questionId: q.q1, optionIds: [q.yes] },
      { questionId: q.q2, optionIds: [q.school, q.roads] },
      { questionId: q.q3, text: 'Ring mig på 070-123 45 67' },
      { questionId: q.q4, value: 5 },
      { questionId: q.q5, optionIds: [q.r1, q.r2, q.r3] },
      { questionId: q.q6, placeId: places.tore },
      { questionId: q.q7, goalIds: [goals[0]!.id] },
    ],
    { ageGroup: 'AGE_16_25', gender: 'WOMAN', homePlaceId: places.tore },
    'sv',
  );
  // 2: Ja, Skola + other "=HYPERLINK(1)", free text plain, scale 4, ranking r2 r1 r3, Nyborg, both goals
  await respond(
    [
      { questionId: q.q1, optionIds: [q.yes] },
      { questionId: q.q2, optionIds: [q.school], otherText: '=HYPERLINK(1)' },
      { questionId: q.q3, text: 'Lugnet, och älven' },
      { questionId: q.q4, value: 4 },
      { questionId: q.q5, optionIds: [q.r2, q.r1, q.r3] },
      { questionId: q.q6, placeId: places.nyborg },
      { questionId: q.q7, goalIds: [goals[0]!.id, goals[1]!.id] },
    ],
    { ageGroup: 'AGE_26_45', gender: 'MAN', homePlaceId: places.nyborg },
    'fi',
  );
  // 3: Nej (Q3 hidden), scale 2, Q8 text
  await respond(
    [
      { questionId: q.q1, optionIds: [q.no] },
      { questionId: q.q4, value: 2 },
      { questionId: q.q8, text: 'Mer busstrafik' },
    ],
    { ageGroup: 'AGE_26_45', gender: 'WOMAN' },
    'fit',
  );
  // 4: other "Sommarboende" on Q1 (Q3 hidden), scale 4, skipped demographics
  await respond(
    [
      { questionId: q.q1, otherText: 'Sommarboende' },
      { questionId: q.q4, value: 4 },
    ],
    null,
    'sv',
  );
  return { q, surveyId };
}

describe('results', () => {
  it('counts answers, shares, the scale average, ranks, places, goals, languages and demographics; filters by age group, gender and home village', async () => {
    const { q, surveyId } = await surveyWithKnownResponses();
    const { data, errors } = await results(surveyId);
    expect(errors).toBeUndefined();
    const r = data!.surveyResults;
    expect([r.responseCount, r.totalResponseCount, r.survey.responseCount]).toEqual([4, 4, 4]);
    expect(r.languages).toEqual([
      { locale: 'sv', count: 2 },
      { locale: 'fi', count: 1 },
      { locale: 'fit', count: 1 },
    ]);
    expect(r.demographics).toEqual({
      ageGroups: [
        { ageGroup: 'AGE_16_25', count: 1 },
        { ageGroup: 'AGE_26_45', count: 2 },
      ],
      genders: [
        { gender: 'WOMAN', count: 2 },
        { gender: 'MAN', count: 1 },
      ],
      homePlaces: expect.arrayContaining([
        { place: { name: 'Töre' }, count: 1 },
        { place: { name: 'Nyborg' }, count: 1 },
      ]),
      skippedCount: 1,
    });
    const byId = new Map(r.questions.map((x) => [x.question.id, x]));
    const q1 = byId.get(q.q1)!;
    expect([q1.question.number, q1.answeredCount, q1.shownCount, q1.otherCount]).toEqual([1, 4, 4, 1]);
    expect(q1.options).toEqual([
      { option: { id: q.yes }, count: 2, share: 0.5 },
      { option: { id: q.no }, count: 1, share: 0.25 },
    ]);
    const q2 = byId.get(q.q2)!;
    expect([q2.answeredCount, q2.otherCount]).toEqual([2, 1]);
    expect(q2.options.map((o) => [o.count, o.share])).toEqual([
      [2, 1],
      [1, 0.5],
      [0, 0],
    ]);
    const q3 = byId.get(q.q3)!;
    expect([q3.answeredCount, q3.shownCount]).toEqual([2, 2]);
    const q4 = byId.get(q.q4)!;
    expect(q4.average).toBeCloseTo(15 / 4);
    expect(q4.scale).toEqual([
      { value: 1, count: 0, share: 0 },
      { value: 2, count: 1, share: 0.25 },
      { value: 3, count: 0, share: 0 },
      { value: 4, count: 2, share: 0.5 },
      { value: 5, count: 1, share: 0.25 },
    ]);
    const q5 = byId.get(q.q5)!;
    expect(q5.ranking).toEqual([
      { option: { id: q.r1 }, averageRank: 1.5, firstPlaceCount: 1 },
      { option: { id: q.r2 }, averageRank: 1.5, firstPlaceCount: 1 },
      { option: { id: q.r3 }, averageRank: 3, firstPlaceCount: 0 },
    ]);
    expect(byId.get(q.q6)!.places).toEqual([
      { place: { name: 'Töre' }, count: 1, share: 0.5 },
      { place: { name: 'Nyborg' }, count: 1, share: 0.5 },
    ]);
    expect(byId.get(q.q7)!.goals).toEqual([
      { goal: { code: goals[0]!.code }, count: 2, share: 1 },
      { goal: { code: goals[1]!.code }, count: 1, share: 0.5 },
    ]);

    // Filters: women → responses 1 and 3; 26–45 → 2 and 3; Nyborg → 2; women aged 26–45 → 3.
    const counted = async (filter: unknown) => (await results(surveyId, filter)).data!.surveyResults;
    expect((await counted({ genders: ['WOMAN'] })).responseCount).toBe(2);
    const adults = await counted({ ageGroups: ['AGE_26_45'] });
    expect([adults.responseCount, adults.totalResponseCount]).toEqual([2, 4]);
    expect(adults.questions.find((x) => x.question.id === q.q4)!.average).toBe(3);
    const nyborg = await counted({ homePlaceIds: [places.nyborg] });
    expect(nyborg.responseCount).toBe(1);
    expect(nyborg.questions.find((x) => x.question.id === q.q1)!.options[0]).toEqual({ option: { id: q.yes }, count: 1, share: 1 });
    expect((await counted({ genders: ['WOMAN'], ageGroups: ['AGE_26_45'] })).languages.find((l) => l.locale === 'fit')!.count).toBe(1);
  });

  it('lists free texts: personal data flagged and kept from the public, hiding and restoring by officers and moderators (audited), residents FORBIDDEN; public results only once CLOSED', async () => {
    const { q, surveyId } = await surveyWithKnownResponses();
    const officerView = (await results(surveyId)).data!.surveyResults;
    const texts = officerView.questions.find((x) => x.question.id === q.q3)!.freeTexts;
    expect(texts.totalCount).toBe(2);
    // Newest first: response 2's text, then response 1's with the phone number.
    expect(texts.edges.map((e) => [e.node.text, e.node.mayContainPersonalData, e.node.locale])).toEqual([
      ['Lugnet, och älven', false, 'fi'],
      ['Ring mig på 070-123 45 67', true, 'sv'],
    ]);
    const others = officerView.questions.find((x) => x.question.id === q.q1)!.freeTexts.edges.map((e) => [e.node.text, e.node.isOther]);
    expect(others).toEqual([['Sommarboende', true]]);
    const plain = texts.edges[0]!.node;

    // Public results are refused while the survey takes answers (also for residents).
    for (const headers of [{}, headersOf.resident]) {
      const refused = await results(surveyId, null, headers);
      expect([codeOf(refused.errors), reasonOf(refused.errors)]).toEqual(['CONFLICT', 'RESULTS_NOT_PUBLIC']);
    }

    // Moderators read them too (to find what to hide), filters included.
    expect((await results(surveyId, { genders: ['MAN'] }, headersOf.moderator)).data!.surveyResults.responseCount).toBe(1);

    const HIDE = `mutation($r: ID!, $q: ID!, $reason: String!) { hideSurveyAnswer(responseId: $r, questionId: $q, reason: $reason) { id text hidden hiddenReason } }`;
    const RESTORE = `mutation($r: ID!, $q: ID!) { restoreSurveyAnswer(responseId: $r, questionId: $q) { id text hidden hiddenReason } }`;
    const vars = { r: plain.responseId, q: q.q3, reason: 'Namnger en granne' };
    expect(codeOf((await api.graphql(HIDE, vars, headersOf.resident)).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.graphql(HIDE, vars)).errors)).toBe('UNAUTHENTICATED');
    const hidden = await api.graphql<{ hideSurveyAnswer: Record<string, unknown> }>(HIDE, vars, headersOf.moderator);
    expect(hidden.data!.hideSurveyAnswer).toEqual({ id: `${plain.responseId}:${q.q3}`, text: 'Lugnet, och älven', hidden: true, hiddenReason: 'Namnger en granne' });
    expect(codeOf((await api.graphql(RESTORE, { r: vars.r, q: vars.q }, headersOf.resident)).errors)).toBe('FORBIDDEN');
    const restored = await api.graphql<{ restoreSurveyAnswer: Record<string, unknown> }>(RESTORE, { r: vars.r, q: vars.q }, headersOf.officer);
    expect(restored.data!.restoreSurveyAnswer).toMatchObject({ hidden: false, hiddenReason: null });
    expect((await api.graphql(HIDE, { ...vars, reason: 'Dolt av handläggaren' }, headersOf.officer)).errors).toBeUndefined();
    const audit = await db.query(`SELECT action, actor_id FROM audit_event WHERE target_id = $1 ORDER BY occurred_at`, [plain.responseId]);
    expect(audit).toEqual([
      { action: 'survey.answer.hide', actor_id: users.moderator },
      { action: 'survey.answer.restore', actor_id: users.officer },
      { action: 'survey.answer.hide', actor_id: users.officer },
    ]);
    // A question without free text in that response cannot be hidden.
    expect(fieldsOf((await api.graphql(HIDE, { ...vars, q: q.q4 }, headersOf.officer)).errors)!.map((f) => f.path)).toEqual(['questionId']);

    // Closed: everyone sees the results, but neither the hidden text nor the one with personal data, and no filter.
    await db.query(`UPDATE survey SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [surveyId]);
    const publicView = await results(surveyId, { genders: ['MAN'] }, {});
    expect(publicView.errors).toBeUndefined();
    expect(publicView.data!.surveyResults.responseCount).toBe(4);
    const publicTexts = publicView.data!.surveyResults.questions.find((x) => x.question.id === q.q3)!.freeTexts.edges.map((e) => e.node);
    expect(publicTexts.map((n) => [n.text, n.hidden, n.hiddenReason, n.mayContainPersonalData])).toEqual([
      [null, true, null, false],
      [null, false, null, true],
    ]);
    const officerAgain = (await results(surveyId)).data!.surveyResults.questions.find((x) => x.question.id === q.q3)!.freeTexts.edges.map((e) => e.node);
    expect(officerAgain.map((n) => [n.text, n.hidden, n.hiddenReason])).toEqual([
      ['Lugnet, och älven', true, 'Dolt av handläggaren'],
      ['Ring mig på 070-123 45 67', false, null],
    ]);
    // Drafts stay invisible.
    const draft = await makeSurvey([], { status: 'DRAFT' });
    expect(codeOf((await results(draft, null, headersOf.resident)).errors)).toBe('NOT_FOUND');
  });

  it('pages free texts newest first', async () => {
    const { q, sections } = everyTypeDefinition();
    const surveyId = await makeSurvey(sections);
    for (let i = 1; i <= 5; i++) {
      expect((await submit(surveyId, [...minimal(q), { questionId: q.q8, text: `Text ${i}` }], { token: newToken() })).errors).toBeUndefined();
    }
    const PAGE = `query($id: ID!, $after: String) { surveyResults(surveyId: $id) { questions { question { id } freeTexts(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { text } } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const response: { data?: { surveyResults: { questions: Array<{ question: { id: string }; freeTexts: FreeTextPage }> } } | null } = await api.graphql(
        PAGE,
        { id: surveyId, after },
        headersOf.officer,
      );
      const connection: FreeTextPage = response.data!.surveyResults.questions.find((x) => x.question.id === q.q8)!.freeTexts;
      expect(connection.totalCount).toBe(5);
      seen.push(...connection.edges.map((e) => e.node.text));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Text 5', 'Text 4', 'Text 3', 'Text 2', 'Text 1']);
  });

  it('counts 2,000 responses exactly, in a fixed number of SQL statements (speed: `BENCH_SCENARIOS=surveyResults npm run bench`)', async () => {
    const { q, sections } = everyTypeDefinition();
    const surveyId = await makeSurvey(sections);
    await db.query(
      `INSERT INTO survey_response (survey_id, status, respondent_token_hash, locale, answers, age_group, gender, home_place_id, submitted_at)
       SELECT $1, 'SUBMITTED', md5(i::text), (ARRAY['sv','fi','fit'])[1 + i % 3],
              jsonb_build_object($2::text, jsonb_build_object('optionIds', jsonb_build_array(CASE WHEN i % 2 = 0 THEN $3 ELSE $4 END)),
                                 $5::text, jsonb_build_object('value', 1 + i % 5),
                                 $6::text, jsonb_build_object('text', 'Svar nummer ' || i),
                                 $7::text, jsonb_build_object('optionIds', jsonb_build_array($8::text, $9::text, $10::text))),
              (ARRAY['AGE_16_25','AGE_26_45','AGE_46_65'])[1 + i % 3], (ARRAY['WOMAN','MAN'])[1 + i % 2], NULL, now() - make_interval(secs => 2000 - i)
         FROM generate_series(1, 2000) AS i`,
      [surveyId, q.q1, q.yes, q.no, q.q4, q.q3, q.q5, q.r1, q.r2, q.r3],
    );
    await results(surveyId); // the first request of a process reads settings the others reuse
    api.statements.reset();
    const { data, errors } = await results(surveyId);
    const statements = api.statements.count;
    api.statements.reset();
    const filtered = await results(surveyId, { genders: ['WOMAN'], ageGroups: ['AGE_26_45'] });
    // A filter narrows the rows read; it adds no statement.
    expect(api.statements.count).toBe(statements);
    expect(errors).toBeUndefined();
    expect(data!.surveyResults.responseCount).toBe(2000);
    const q1 = data!.surveyResults.questions.find((x) => x.question.id === q.q1)!;
    expect(q1.options.map((o) => o.count)).toEqual([1000, 1000]);
    expect(data!.surveyResults.questions.find((x) => x.question.id === q.q3)!.shownCount).toBe(1000);
    expect(filtered.data!.surveyResults.responseCount).toBe(333);
  });
});

describe('with a survey made by the builder', () => {
  it('answers a survey created and published through the API, and counts responses per survey in one batched statement', async () => {
    const t = (sv: string) => ({ sv, fi: `${sv} (fi)`, fit: `${sv} (fit)` });
    const id = () => randomUUID();
    const ja = { id: id(), text: t('Ja') };
    const first = { id: id(), type: 'SINGLE_CHOICE', required: true, prompt: t('Bor du här?'), options: [ja, { id: id(), text: t('Nej') }], allowOther: true };
    const ranking = { id: id(), type: 'RANKING', required: false, prompt: t('Rangordna'), options: [{ id: id(), text: t('A') }, { id: id(), text: t('B') }] };
    const place = { id: id(), type: 'PLACE', required: false, prompt: t('Var?') };
    const goal = { id: id(), type: 'GOAL', required: false, prompt: t('Målbilder?'), maxChoices: 2 };
    const free = { id: id(), type: 'FREE_TEXT', required: true, prompt: t('Varför?'), condition: { questionId: first.id, optionIds: [ja.id] } };
    const scale = { id: id(), type: 'SCALE', required: true, prompt: t('Hur trivs du?'), scaleMinLabel: t('Inte alls'), scaleMaxLabel: t('Mycket') };
    const input = {
      title: t('Byggd enkät'),
      responseMode: 'ANONYMOUS',
      collectDemographics: true,
      sections: [{ id: id(), title: t('Del 1'), questions: [first, free, scale, ranking, place, goal] }],
    };
    const created = await api.graphql<{ createSurvey: { id: string } }>(
      `mutation($input: SurveyInput!) { createSurvey(municipalitySlug: "kalix", input: $input) { id } }`,
      { input },
      headersOf.officer,
    );
    expect(created.errors).toBeUndefined();
    const surveyId = created.data!.createSurvey.id;
    // A draft takes no answers.
    expect(codeOf((await submit(surveyId, [], { token: newToken() })).errors)).toBe('NOT_FOUND');
    expect((await api.graphql(`mutation($id: ID!) { publishSurvey(id: $id) { id } }`, { id: surveyId }, headersOf.officer)).errors).toBeUndefined();

    // PLACE and GOAL list none, so every place and målbild of Kalix is offered; others are refused.
    const answers: Answer[] = [
      { questionId: first.id, optionIds: [ja.id] },
      { questionId: free.id, text: 'Naturen' },
      { questionId: scale.id, value: 4 },
      { questionId: ranking.id, optionIds: [ranking.options[1]!.id, ranking.options[0]!.id] },
      { questionId: place.id, placeId: places.sangis },
      { questionId: goal.id, goalIds: [goals[1]!.id] },
    ];
    const [foreignGoal] = await db.query(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id WHERE s.municipality_id IS DISTINCT FROM $1 LIMIT 1`,
      [kalixId],
    );
    const foreign = await submit(surveyId, [...answers.slice(0, 5), { questionId: goal.id, goalIds: [foreignGoal.id] }], { token: newToken() });
    expect(fieldsOf(foreign.errors)).toEqual([{ path: `answers.${goal.id}`, message: expect.any(String), problem: 'UNKNOWN_GOAL' }]);
    expect((await submit(surveyId, answers, { token: newToken() })).errors).toBeUndefined();
    expect((await submit(surveyId, [{ questionId: first.id, optionIds: [ranking.options[0]!.id] }, { questionId: scale.id, value: 1 }], { token: newToken() })).errors).toBeDefined();
    expect((await submit(surveyId, [{ questionId: first.id, otherText: 'Ibland' }, { questionId: scale.id, value: 2 }], { token: newToken() })).errors).toBeUndefined();

    const r = (await results(surveyId)).data!.surveyResults;
    expect(r.responseCount).toBe(2);
    const byId = new Map(r.questions.map((x) => [x.question.id, x]));
    expect(byId.get(free.id)!.shownCount).toBe(1);
    expect(byId.get(scale.id)!.average).toBe(3);
    expect(byId.get(place.id)!.places.filter((p) => p.count > 0)).toEqual([{ place: { name: 'Sangis' }, count: 1, share: 1 }]);
    expect(byId.get(goal.id)!.goals.filter((g) => g.count > 0)).toEqual([{ goal: { code: goals[1]!.code }, count: 1, share: 1 }]);

    // Survey.responseCount is batched: one statement on survey_response for the whole list.
    for (let i = 0; i < 3; i++) {
      const other = await makeSurvey(everyTypeDefinition().sections);
      await db.query(`INSERT INTO survey_response (survey_id, status, respondent_token_hash, locale, submitted_at) VALUES ($1, 'SUBMITTED', md5(random()::text), 'sv', now())`, [other]);
    }
    api.statements.reset();
    const listed = await api.graphql<{ surveys: Array<{ id: string; responseCount: number }> }>(
      `{ surveys(municipalitySlug: "kalix") { id responseCount } }`,
      {},
      headersOf.officer,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.surveys.length).toBeGreaterThanOrEqual(4);
    expect(listed.data!.surveys.find((x) => x.id === surveyId)!.responseCount).toBe(2);
    expect(api.statements.statements.filter((sql) => sql.includes('survey_response'))).toHaveLength(1);
  });
});

describe('CSV export', () => {
  it('has one row per submitted response with one column per question (multi-choice, ranking and goals split), a BOM, hidden texts and the formula guard', async () => {
    const { q, surveyId } = await surveyWithKnownResponses();
    // An unfinished response is not exported.
    await save(surveyId, minimal(q), { token: newToken() });
    const [second] = await db.query(`SELECT id FROM survey_response WHERE survey_id = $1 AND locale = 'fi'`, [surveyId]);
    await api.graphql(`mutation($r: ID!, $q: ID!) { hideSurveyAnswer(responseId: $r, questionId: $q, reason: "Personligt") { id } }`, { r: second.id, q: q.q3 }, headersOf.officer);

    const response = await fetch(`${api.url}/surveys/${surveyId}/responses.csv`, { headers: headersOf.officer });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="enkat-1-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      [
        'response', 'submitted_at', 'language', 'age_group', 'gender', 'home_village',
        'Q1 Bor du i byn?', 'Q1 Bor du i byn? [annat]',
        '"Q2 Vad är viktigast, tycker du? [Skola]"', '"Q2 Vad är viktigast, tycker du? [Vägar]"', '"Q2 Vad är viktigast, tycker du? [Bredband]"', '"Q2 Vad är viktigast, tycker du? [annat]"',
        'Q3 Vad gör byn bra att bo i?', 'Q4 Hur trivs du?',
        'Q5 Rangordna [Bostäder]', 'Q5 Rangordna [Jobb]', 'Q5 Rangordna [Natur]',
        'Q6 Var handlar du?',
        `Q7 Vilka målbilder? [${goals[0]!.code}]`, `Q7 Vilka målbilder? [${goals[1]!.code}]`,
        'Q8 Något mer?',
      ].join(','),
    );
    const rows = lines.slice(1, -1).map((line) => line.replace(/^(\d+),[^,]+,/, '$1,<time>,'));
    expect(rows).toEqual([
      '1,<time>,sv,AGE_16_25,WOMAN,Töre,Ja,,1,1,0,,Ring mig på 070-123 45 67,5,1,2,3,Töre,1,0,',
      "2,<time>,fi,AGE_26_45,MAN,Nyborg,Ja,,1,0,0,'=HYPERLINK(1),[dold],4,2,1,3,Nyborg,1,1,",
      '3,<time>,fit,AGE_26_45,WOMAN,,Nej,,,,,,,2,,,,,,,Mer busstrafik',
      '4,<time>,sv,,,,,Sommarboende,,,,,,4,,,,,,,',
    ]);
    const times = lines.slice(1, -1).map((line) => line.split(',')[1]!);
    for (const time of times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect([...times].sort()).toEqual(times);
  });

  it('is for officers of the municipality: 401 signed out, 403 for residents and moderators, 404 for an unknown survey', async () => {
    const { sections } = everyTypeDefinition();
    const surveyId = await makeSurvey(sections);
    const status = async (id: string, headers: Record<string, string> = {}) => (await fetch(`${api.url}/surveys/${id}/responses.csv`, { headers })).status;
    expect(await status(surveyId)).toBe(401);
    expect(await status(surveyId, headersOf.resident)).toBe(403);
    expect(await status(surveyId, headersOf.moderator)).toBe(403);
    expect(await status(randomUUID(), headersOf.officer)).toBe(404);
    expect(await status(surveyId, headersOf.officer)).toBe(200);
  });
});
