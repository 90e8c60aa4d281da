import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SurveyQuestionType, SurveyResponseMode, TranslationStatus } from '../types/enums';
import { surveyInputSchema, surveyMissingTranslations, surveyPublishProblems } from './surveys';

const all = (s: string) => ({ sv: s, fi: `${s} (fi)`, fit: `${s} (fit)` });
const svOnly = (s: string) => ({ sv: s });

type Question = Record<string, unknown> & { id: string; type: SurveyQuestionType };

const option = (s: string, text = all) => ({ id: randomUUID(), text: text(s) });
const question = (type: SurveyQuestionType, extra: Record<string, unknown> = {}): Question => ({
  id: randomUUID(),
  type,
  required: false,
  prompt: all(`Fråga ${type}`),
  ...(type === SurveyQuestionType.SINGLE_CHOICE || type === SurveyQuestionType.MULTI_CHOICE || type === SurveyQuestionType.RANKING
    ? { options: [option('Ja'), option('Nej'), option('Kanske')] }
    : {}),
  ...(type === SurveyQuestionType.SCALE ? { scaleMinLabel: all('Inte alls'), scaleMaxLabel: all('Mycket') } : {}),
  ...extra,
});
const survey = (questions: Question[], extra: Record<string, unknown> = {}) => ({
  title: all('Enkät om Töre'),
  responseMode: SurveyResponseMode.ANONYMOUS,
  collectDemographics: true,
  sections: [{ id: randomUUID(), title: all('Del 1'), questions }],
  ...extra,
});

/** The paths of every problem, or [] when the input is valid. */
function problems(input: unknown): string[] {
  const result = surveyInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('surveyInputSchema: builder rules', () => {
  it('accepts a survey with every question type', () => {
    const choice = question(SurveyQuestionType.SINGLE_CHOICE);
    const questions = [
      choice,
      question(SurveyQuestionType.MULTI_CHOICE, { allowOther: true, maxChoices: 2 }),
      question(SurveyQuestionType.SCALE),
      question(SurveyQuestionType.FREE_TEXT, { help: svOnly('Skriv fritt') }),
      question(SurveyQuestionType.RANKING),
      question(SurveyQuestionType.PLACE, { placeIds: [randomUUID()] }),
      question(SurveyQuestionType.GOAL, { maxChoices: 3 }),
      question(SurveyQuestionType.FREE_TEXT, { condition: { questionId: choice.id, optionIds: [(choice.options as Array<{ id: string }>)[0]!.id] } }),
    ];
    const result = surveyInputSchema.safeParse(survey(questions));
    expect(result.success).toBe(true);
    expect(result.data!.sections[0]!.questions[3]!.options).toEqual([]);
    expect(result.data!.machineAssistedLocales).toEqual([]);
    expect(result.data!.closesAt).toBeNull();
  });

  it('accepts a draft with no questions but not without sections', () => {
    expect(problems(survey([]))).toEqual([]);
    expect(problems({ ...survey([]), sections: [] })).toEqual(['sections']);
  });

  it('needs the Swedish texts', () => {
    expect(problems(survey([], { title: { sv: '', fi: 'Kysely' } }))).toEqual(['title.sv']);
    expect(problems(survey([question(SurveyQuestionType.FREE_TEXT, { prompt: { fi: 'Kysymys' } })]))).toEqual(['sections.0.questions.0.prompt.sv']);
  });

  it('limits text lengths', () => {
    expect(problems(survey([], { title: all('x'.repeat(201)) }))).toContain('title.sv');
    expect(problems(survey([question(SurveyQuestionType.FREE_TEXT, { prompt: svOnly('x'.repeat(501)) })]))).toEqual(['sections.0.questions.0.prompt.sv']);
    expect(problems(survey([question(SurveyQuestionType.FREE_TEXT, { help: svOnly('x'.repeat(2001)) })]))).toEqual(['sections.0.questions.0.help.sv']);
    const long = question(SurveyQuestionType.SINGLE_CHOICE, { options: [option('x'.repeat(201), svOnly), option('B')] });
    expect(problems(survey([long]))).toEqual(['sections.0.questions.0.options.0.text.sv']);
  });

  it('allows at most 20 sections and 60 questions in all', () => {
    const sections = Array.from({ length: 21 }, () => ({ id: randomUUID(), title: all('Del'), questions: [] }));
    expect(problems({ ...survey([]), sections })).toEqual(['sections']);
    const many = Array.from({ length: 3 }, () => ({
      id: randomUUID(),
      title: all('Del'),
      questions: Array.from({ length: 21 }, () => question(SurveyQuestionType.FREE_TEXT)),
    }));
    expect(problems({ ...survey([]), sections: many })).toEqual(['sections']);
    expect(problems({ ...survey([]), sections: many.slice(0, 2) })).toEqual([]);
  });

  it('needs UUID ids, unique across the survey', () => {
    expect(problems(survey([{ ...question(SurveyQuestionType.FREE_TEXT), id: 'q1' }]))).toEqual(['sections.0.questions.0.id']);
    const first = question(SurveyQuestionType.FREE_TEXT);
    expect(problems(survey([first, { ...question(SurveyQuestionType.SCALE), id: first.id }]))).toEqual(['sections.0.questions.1.id']);
    const shared = randomUUID();
    const choice = question(SurveyQuestionType.SINGLE_CHOICE, { options: [{ id: shared, text: all('A') }, { id: shared, text: all('B') }] });
    expect(problems(survey([choice]))).toEqual(['sections.0.questions.0.options.1.id']);
  });

  it('gives choice questions 2–20 options and ranking questions 2–10', () => {
    const options = (n: number) => Array.from({ length: n }, (_, i) => option(`Val ${i}`));
    for (const type of [SurveyQuestionType.SINGLE_CHOICE, SurveyQuestionType.MULTI_CHOICE]) {
      expect(problems(survey([question(type, { options: options(1) })]))).toEqual(['sections.0.questions.0.options']);
      expect(problems(survey([question(type, { options: [] })]))).toEqual(['sections.0.questions.0.options']);
      expect(problems(survey([question(type, { options: options(20) })]))).toEqual([]);
      expect(problems(survey([question(type, { options: options(21) })]))).toEqual(['sections.0.questions.0.options']);
    }
    expect(problems(survey([question(SurveyQuestionType.RANKING, { options: options(10) })]))).toEqual([]);
    expect(problems(survey([question(SurveyQuestionType.RANKING, { options: options(11) })]))).toEqual(['sections.0.questions.0.options']);
    expect(problems(survey([question(SurveyQuestionType.RANKING, { options: options(1) })]))).toEqual(['sections.0.questions.0.options']);
  });

  it('refuses options on other question types', () => {
    for (const type of [SurveyQuestionType.SCALE, SurveyQuestionType.FREE_TEXT, SurveyQuestionType.PLACE, SurveyQuestionType.GOAL]) {
      expect(problems(survey([question(type, { options: [option('A'), option('B')] })]))).toEqual(['sections.0.questions.0.options']);
    }
  });

  it('allows "other" only on single and multiple choice', () => {
    expect(problems(survey([question(SurveyQuestionType.SINGLE_CHOICE, { allowOther: true })]))).toEqual([]);
    expect(problems(survey([question(SurveyQuestionType.RANKING, { allowOther: true })]))).toEqual(['sections.0.questions.0.allowOther']);
    expect(problems(survey([question(SurveyQuestionType.FREE_TEXT, { allowOther: true })]))).toEqual(['sections.0.questions.0.allowOther']);
  });

  it('needs both labels on a scale, and none elsewhere', () => {
    expect(problems(survey([question(SurveyQuestionType.SCALE, { scaleMinLabel: null })]))).toEqual(['sections.0.questions.0.scaleMinLabel']);
    expect(problems(survey([question(SurveyQuestionType.SCALE, { scaleMaxLabel: undefined })]))).toEqual(['sections.0.questions.0.scaleMaxLabel']);
    expect(problems(survey([question(SurveyQuestionType.FREE_TEXT, { scaleMinLabel: all('Lite') })]))).toEqual(['sections.0.questions.0.scaleMinLabel']);
  });

  it('limits maxChoices to multiple choice and målbild questions, 1..number of choices', () => {
    const multi = (maxChoices: number, allowOther = false) => question(SurveyQuestionType.MULTI_CHOICE, { maxChoices, allowOther });
    expect(problems(survey([multi(3)]))).toEqual([]);
    expect(problems(survey([multi(4)]))).toEqual(['sections.0.questions.0.maxChoices']);
    expect(problems(survey([multi(4, true)]))).toEqual([]);
    expect(problems(survey([multi(0)]))).toEqual(['sections.0.questions.0.maxChoices']);
    expect(problems(survey([question(SurveyQuestionType.SINGLE_CHOICE, { maxChoices: 1 })]))).toEqual(['sections.0.questions.0.maxChoices']);
    expect(problems(survey([question(SurveyQuestionType.GOAL, { goalIds: [randomUUID(), randomUUID()], maxChoices: 3 })]))).toEqual([
      'sections.0.questions.0.maxChoices',
    ]);
    expect(problems(survey([question(SurveyQuestionType.GOAL, { goalIds: [randomUUID(), randomUUID()], maxChoices: 2 })]))).toEqual([]);
  });

  it('offers places only on place questions and målbilder only on målbild questions', () => {
    expect(problems(survey([question(SurveyQuestionType.FREE_TEXT, { placeIds: [randomUUID()] })]))).toEqual(['sections.0.questions.0.placeIds']);
    expect(problems(survey([question(SurveyQuestionType.PLACE, { goalIds: [randomUUID()] })]))).toEqual(['sections.0.questions.0.goalIds']);
    const place = randomUUID();
    expect(problems(survey([question(SurveyQuestionType.PLACE, { placeIds: [place, place] })]))).toEqual(['sections.0.questions.0.placeIds']);
  });

  describe('conditions', () => {
    const choice = question(SurveyQuestionType.MULTI_CHOICE);
    const optionIds = (q: Question) => (q.options as Array<{ id: string }>).map((o) => o.id);
    const conditional = (condition: unknown) => question(SurveyQuestionType.FREE_TEXT, { condition });

    it('may point at an earlier choice question, in an earlier section too', () => {
      const later = { id: randomUUID(), title: all('Del 2'), questions: [conditional({ questionId: choice.id, optionIds: optionIds(choice).slice(1) })] };
      expect(problems({ ...survey([choice]), sections: [...survey([choice]).sections, later] })).toEqual([]);
    });

    it('refuses a later question, itself, or an unknown one', () => {
      const target = question(SurveyQuestionType.SINGLE_CHOICE);
      const before = conditional({ questionId: target.id, optionIds: optionIds(target) });
      expect(problems(survey([before, target]))).toEqual(['sections.0.questions.0.condition.questionId']);
      const self = question(SurveyQuestionType.SINGLE_CHOICE);
      self.condition = { questionId: self.id, optionIds: optionIds(self) };
      expect(problems(survey([self]))).toEqual(['sections.0.questions.0.condition.questionId']);
      expect(problems(survey([conditional({ questionId: randomUUID(), optionIds: [randomUUID()] })]))).toEqual(['sections.0.questions.0.condition.questionId']);
    });

    it('refuses a question that is not single or multiple choice', () => {
      const ranking = question(SurveyQuestionType.RANKING);
      expect(problems(survey([ranking, conditional({ questionId: ranking.id, optionIds: optionIds(ranking) })]))).toEqual([
        'sections.0.questions.1.condition.questionId',
      ]);
    });

    it('needs at least one option, each one of that question', () => {
      expect(problems(survey([choice, conditional({ questionId: choice.id, optionIds: [] })]))).toEqual(['sections.0.questions.1.condition.optionIds']);
      expect(problems(survey([choice, conditional({ questionId: choice.id, optionIds: [optionIds(choice)[0], randomUUID()] })]))).toEqual([
        'sections.0.questions.1.condition.optionIds.1',
      ]);
    });
  });

  it('accepts closesAt as an ISO string and a date, and a known response mode only', () => {
    expect(surveyInputSchema.parse(survey([], { closesAt: '2031-01-01T10:00:00Z' })).closesAt).toEqual(new Date('2031-01-01T10:00:00Z'));
    expect(problems(survey([], { closesAt: 'i morgon' }))).toEqual(['closesAt']);
    expect(problems(survey([], { responseMode: 'EVERYONE' }))).toEqual(['responseMode']);
    expect(problems(survey([], { dialogueId: 'dialog' }))).toEqual(['dialogueId']);
  });
});

describe('surveyMissingTranslations and surveyPublishProblems', () => {
  it('are empty for a complete survey', () => {
    const complete = survey([question(SurveyQuestionType.SINGLE_CHOICE), question(SurveyQuestionType.SCALE)]);
    expect(surveyMissingTranslations(complete)).toEqual([]);
    expect(surveyPublishProblems(complete)).toEqual([]);
  });

  it('name each text and language missing, in survey order', () => {
    const q0 = question(SurveyQuestionType.FREE_TEXT);
    const q1 = question(SurveyQuestionType.SINGLE_CHOICE, { prompt: { sv: 'Vilken?', fi: 'Mikä?' }, options: [option('A'), option('B', svOnly)] });
    const q2 = question(SurveyQuestionType.SCALE, { scaleMaxLabel: { sv: 'Mycket', fi: '', fit: 'Paljon' } });
    const input = survey([q0, q1, q2], { title: { sv: 'Enkät', fit: 'Kysely' } });
    expect(surveyMissingTranslations(input)).toEqual([
      'title.fi',
      'sections.0.questions.1.prompt.fit',
      'sections.0.questions.1.options.1.text.fi',
      'sections.0.questions.1.options.1.text.fit',
      'sections.0.questions.2.scaleMaxLabel.fi',
    ]);
  });

  it('count optional texts (description, help) only when present', () => {
    const withHelp = question(SurveyQuestionType.FREE_TEXT, { help: { sv: 'Hjälp' } });
    const input = { ...survey([withHelp]), description: { sv: 'Om enkäten', fi: 'Kyselystä' } };
    input.sections[0] = { ...input.sections[0]!, description: null } as (typeof input.sections)[number];
    expect(surveyMissingTranslations(input)).toEqual(['description.fit', 'sections.0.questions.0.help.fi', 'sections.0.questions.0.help.fit']);
  });

  it('work on stored texts too (entries with status)', () => {
    const stored = (sv: string, fi?: string) => ({
      sv: { text: sv, status: TranslationStatus.REVIEWED },
      ...(fi ? { fi: { text: fi, status: TranslationStatus.MACHINE_ASSISTED } } : {}),
    });
    const definition = {
      title: stored('Enkät', 'Kysely'),
      description: null,
      sections: [{ title: stored('Del'), description: null, questions: [{ type: SurveyQuestionType.FREE_TEXT, prompt: { ...stored('Fråga', 'Kysymys'), fit: { text: ' ', status: TranslationStatus.REVIEWED } } }] }],
    };
    expect(surveyMissingTranslations(definition)).toEqual(['title.fit', 'sections.0.title.fi', 'sections.0.title.fit', 'sections.0.questions.0.prompt.fit']);
  });

  it('ignore scale labels and options a question type does not use', () => {
    const free = question(SurveyQuestionType.FREE_TEXT, { scaleMinLabel: svOnly('x'), options: [option('A', svOnly)] });
    expect(surveyMissingTranslations(survey([free]))).toEqual([]);
  });

  it('refuse publishing a survey without questions, with a message per problem', () => {
    const result = surveyPublishProblems(survey([], { title: { sv: 'Enkät', fi: 'Kysely' } }));
    expect(result.map((p) => p.path)).toEqual(['sections', 'title.fit']);
    expect(result.every((p) => p.message.length > 0)).toBe(true);
  });
});
