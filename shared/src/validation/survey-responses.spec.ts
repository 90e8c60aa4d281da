import { describe, expect, it } from 'vitest';
import { SurveyQuestionType, TranslationStatus } from '../types/enums';
import type { SurveyQuestionDefinition, SurveySectionDefinition } from '../types/survey';
import {
  keepShownAnswers,
  RESPONDENT_TOKEN_PATTERN,
  SURVEY_FREE_TEXT_MAX_LENGTH,
  toSurveyAnswers,
  validateAnswerShape,
  validateProgress,
  validateSubmission,
} from './survey-responses';

const text = (s: string) => ({ sv: { text: s, status: TranslationStatus.REVIEWED } });
const question = (id: string, type: SurveyQuestionType, extra: Partial<SurveyQuestionDefinition> = {}): SurveyQuestionDefinition => ({
  id,
  type,
  prompt: text(id),
  help: null,
  required: false,
  options: [],
  allowOther: false,
  scaleMinLabel: null,
  scaleMaxLabel: null,
  placeIds: [],
  goalIds: [],
  maxChoices: null,
  condition: null,
  ...extra,
});
const options = (...ids: string[]) => ids.map((id) => ({ id, text: text(id) }));

const single = question('single', SurveyQuestionType.SINGLE_CHOICE, { options: options('a', 'b'), allowOther: true, required: true });
const multi = question('multi', SurveyQuestionType.MULTI_CHOICE, { options: options('x', 'y', 'z'), allowOther: true, maxChoices: 2 });
const scale = question('scale', SurveyQuestionType.SCALE);
const free = question('free', SurveyQuestionType.FREE_TEXT);
const ranking = question('ranking', SurveyQuestionType.RANKING, { options: options('r1', 'r2', 'r3') });
const place = question('place', SurveyQuestionType.PLACE, { placeIds: ['p1', 'p2'] });
const anyPlace = question('anyPlace', SurveyQuestionType.PLACE);
const goal = question('goal', SurveyQuestionType.GOAL, { maxChoices: 1 });

describe('validateAnswerShape', () => {
  it('accepts an empty answer of any type', () => {
    for (const q of [single, multi, scale, free, ranking, place, goal]) expect(validateAnswerShape(q, {})).toBeNull();
    expect(validateAnswerShape(single, undefined)).toBeNull();
  });

  it('checks choice questions: known options, one choice for single, max choices for multi, other only when allowed', () => {
    expect(validateAnswerShape(single, { optionIds: ['a'] })).toBeNull();
    expect(validateAnswerShape(single, { otherText: 'Annat svar' })).toBeNull();
    expect(validateAnswerShape(single, { optionIds: ['a', 'b'] })).toBe('TOO_MANY_CHOICES');
    expect(validateAnswerShape(single, { optionIds: ['a'], otherText: 'och annat' })).toBe('TOO_MANY_CHOICES');
    expect(validateAnswerShape(single, { optionIds: ['nope'] })).toBe('UNKNOWN_OPTION');
    expect(validateAnswerShape(multi, { optionIds: ['x', 'y'] })).toBeNull();
    expect(validateAnswerShape(multi, { optionIds: ['x', 'y'], otherText: 'tredje' })).toBe('TOO_MANY_CHOICES');
    expect(validateAnswerShape(multi, { optionIds: ['x', 'x'] })).toBe('DUPLICATE_CHOICE');
    expect(validateAnswerShape({ ...multi, allowOther: false }, { otherText: 'x' })).toBe('OTHER_NOT_ALLOWED');
    expect(validateAnswerShape(multi, { otherText: 'x'.repeat(501) })).toBe('TOO_LONG');
  });

  it('checks scale values 1–5, free text length and fields of another type', () => {
    expect(validateAnswerShape(scale, { value: 1 })).toBeNull();
    expect(validateAnswerShape(scale, { value: 5 })).toBeNull();
    expect(validateAnswerShape(scale, { value: 0 })).toBe('OUT_OF_RANGE');
    expect(validateAnswerShape(scale, { value: 6 })).toBe('OUT_OF_RANGE');
    expect(validateAnswerShape(scale, { value: 2.5 })).toBe('OUT_OF_RANGE');
    expect(validateAnswerShape(free, { text: 'x'.repeat(SURVEY_FREE_TEXT_MAX_LENGTH) })).toBeNull();
    expect(validateAnswerShape(free, { text: 'x'.repeat(SURVEY_FREE_TEXT_MAX_LENGTH + 1) })).toBe('TOO_LONG');
    expect(validateAnswerShape(scale, { text: 'fem' })).toBe('WRONG_ANSWER_TYPE');
    expect(validateAnswerShape(free, { optionIds: ['a'] })).toBe('WRONG_ANSWER_TYPE');
    expect(validateAnswerShape(scale, { otherText: 'x' })).toBe('OTHER_NOT_ALLOWED');
  });

  it('wants a ranking to order every option exactly once', () => {
    expect(validateAnswerShape(ranking, { optionIds: ['r3', 'r1', 'r2'] })).toBeNull();
    expect(validateAnswerShape(ranking, { optionIds: ['r3', 'r1'] })).toBe('RANKING_INCOMPLETE');
    expect(validateAnswerShape(ranking, { optionIds: ['r3', 'r3', 'r1'] })).toBe('DUPLICATE_CHOICE');
    expect(validateAnswerShape(ranking, { optionIds: ['r3', 'r1', 'r9'] })).toBe('UNKNOWN_OPTION');
  });

  it('checks places and goals against what the question offers (all of the municipality when it lists none)', () => {
    expect(validateAnswerShape(place, { placeId: 'p1' })).toBeNull();
    expect(validateAnswerShape(place, { placeId: 'p9' }, { allPlaceIds: ['p9'] })).toBe('UNKNOWN_PLACE');
    expect(validateAnswerShape(anyPlace, { placeId: 'p9' }, { allPlaceIds: ['p1', 'p9'] })).toBeNull();
    expect(validateAnswerShape(anyPlace, { placeId: 'elsewhere' }, { allPlaceIds: ['p1'] })).toBe('UNKNOWN_PLACE');
    expect(validateAnswerShape(goal, { goalIds: ['g1'] }, { allGoalIds: ['g1', 'g2'] })).toBeNull();
    expect(validateAnswerShape(goal, { goalIds: ['g1', 'g2'] }, { allGoalIds: ['g1', 'g2'] })).toBe('TOO_MANY_CHOICES');
    expect(validateAnswerShape(goal, { goalIds: ['g3'] }, { allGoalIds: ['g1', 'g2'] })).toBe('UNKNOWN_GOAL');
  });
});

describe('validateSubmission', () => {
  const gate = question('gate', SurveyQuestionType.SINGLE_CHOICE, { options: options('yes', 'no'), required: true });
  const followUp = question('followUp', SurveyQuestionType.FREE_TEXT, { required: true, condition: { questionId: 'gate', optionIds: ['yes'] } });
  const chained = question('chained', SurveyQuestionType.SCALE, { required: true, condition: { questionId: 'followUpChoice', optionIds: ['c1'] } });
  const followUpChoice = question('followUpChoice', SurveyQuestionType.SINGLE_CHOICE, {
    options: options('c1', 'c2'),
    condition: { questionId: 'gate', optionIds: ['yes'] },
  });
  const sections: SurveySectionDefinition[] = [
    { id: 's1', title: text('Del 1'), description: null, questions: [gate, followUp] },
    { id: 's2', title: text('Del 2'), description: null, questions: [followUpChoice, chained, single] },
  ];

  it('needs every shown required question, in survey order', () => {
    expect(validateSubmission(sections, {})).toEqual([
      { questionId: 'gate', problem: 'REQUIRED' },
      { questionId: 'single', problem: 'REQUIRED' },
    ]);
    expect(validateSubmission(sections, { gate: { optionIds: ['yes'] } })).toEqual([
      { questionId: 'followUp', problem: 'REQUIRED' },
      { questionId: 'single', problem: 'REQUIRED' },
    ]);
  });

  it('does not require, or check, a question hidden by its condition (chains included)', () => {
    const answers = { gate: { optionIds: ['no'] }, followUpChoice: { optionIds: ['c1'] }, chained: { value: 99 }, single: { optionIds: ['a'] } };
    expect(validateSubmission(sections, answers)).toEqual([]);
    expect(keepShownAnswers(sections, answers)).toEqual({ gate: { optionIds: ['no'] }, single: { optionIds: ['a'] } });
    expect(validateSubmission(sections, { ...answers, gate: { optionIds: ['yes'] }, followUp: { text: 'ja' } })).toEqual([
      { questionId: 'chained', problem: 'OUT_OF_RANGE' },
    ]);
  });

  it('reports an "other" ticked without text, unknown questions and empty answers as unanswered', () => {
    expect(validateSubmission(sections, { gate: { optionIds: ['no'] }, single: { otherText: ' ' } })).toEqual([{ questionId: 'single', problem: 'OTHER_TEXT_MISSING' }]);
    // A single choice with an option chosen ignores a leftover empty "other" text; a multi choice does not.
    expect(validateSubmission(sections, { gate: { optionIds: ['no'] }, single: { optionIds: ['a'], otherText: '' } })).toEqual([]);
    const withMulti: SurveySectionDefinition[] = [{ id: 's', title: text('Del'), description: null, questions: [multi] }];
    expect(validateSubmission(withMulti, { multi: { optionIds: ['x'], otherText: '' } })).toEqual([{ questionId: 'multi', problem: 'OTHER_TEXT_MISSING' }]);
    expect(validateSubmission(sections, { gate: { optionIds: ['no'] }, single: { optionIds: [] }, ghost: { text: 'x' } })).toEqual([
      { questionId: 'ghost', problem: 'UNKNOWN_QUESTION' },
      { questionId: 'single', problem: 'REQUIRED' },
    ]);
  });

  it('validateProgress checks shapes only', () => {
    expect(validateProgress(sections, {})).toEqual([]);
    expect(validateProgress(sections, { single: { otherText: '' }, chained: { value: 7 }, ghost: {} })).toEqual([
      { questionId: 'chained', problem: 'OUT_OF_RANGE' },
      { questionId: 'ghost', problem: 'UNKNOWN_QUESTION' },
    ]);
  });
});

describe('toSurveyAnswers and the respondent token', () => {
  it('keys answers by question, keeps only set fields and reports duplicates', () => {
    expect(
      toSurveyAnswers([
        { questionId: 'q1', optionIds: ['a'], otherText: null, value: null },
        { questionId: 'q2', value: 3, goalIds: [] },
        { questionId: 'q1', text: 'again' },
      ]),
    ).toEqual({ answers: { q1: { optionIds: ['a'] }, q2: { value: 3 } }, duplicates: ['q1'] });
  });

  it('accepts 32–128 URL-safe characters', () => {
    expect(RESPONDENT_TOKEN_PATTERN.test('a'.repeat(32))).toBe(true);
    expect(RESPONDENT_TOKEN_PATTERN.test('A_b-9'.repeat(25))).toBe(true);
    expect(RESPONDENT_TOKEN_PATTERN.test('a'.repeat(31))).toBe(false);
    expect(RESPONDENT_TOKEN_PATTERN.test('a'.repeat(129))).toBe(false);
    expect(RESPONDENT_TOKEN_PATTERN.test(`${'a'.repeat(32)}=`)).toBe(false);
  });
});
