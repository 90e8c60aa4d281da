import { describe, expect, it } from 'vitest';
import { SurveyQuestionType } from './enums';
import { isAnswered, isQuestionShown, questionsInOrder, type SurveyQuestionDefinition, type SurveySectionDefinition } from './survey';

const base = (id: string, condition: SurveyQuestionDefinition['condition'] = null): SurveyQuestionDefinition => ({
  id,
  type: SurveyQuestionType.SINGLE_CHOICE,
  prompt: {},
  help: null,
  required: false,
  options: [],
  allowOther: false,
  scaleMinLabel: null,
  scaleMaxLabel: null,
  placeIds: [],
  goalIds: [],
  maxChoices: null,
  condition,
});

describe('survey helpers', () => {
  const q1 = base('q1');
  const q2 = base('q2', { questionId: 'q1', optionIds: ['yes'] });
  const q3 = base('q3', { questionId: 'q2', optionIds: ['a', 'b'] });
  const sections: SurveySectionDefinition[] = [
    { id: 's1', title: {}, description: null, questions: [q1, q2] },
    { id: 's2', title: {}, description: null, questions: [q3] },
  ];
  const byId = new Map(questionsInOrder(sections).map((q) => [q.id, q]));

  it('numbers questions across sections', () => {
    expect(questionsInOrder(sections).map((q) => [q.id, q.number])).toEqual([['q1', 1], ['q2', 2], ['q3', 3]]);
  });

  it('shows a conditional question only when an earlier answer includes one of its options, through chains', () => {
    expect(isQuestionShown(q1, {}, byId)).toBe(true);
    expect(isQuestionShown(q2, {}, byId)).toBe(false);
    expect(isQuestionShown(q2, { q1: { optionIds: ['no'] } }, byId)).toBe(false);
    expect(isQuestionShown(q2, { q1: { optionIds: ['yes'] } }, byId)).toBe(true);
    expect(isQuestionShown(q3, { q1: { optionIds: ['yes'] }, q2: { optionIds: ['b'] } }, byId)).toBe(true);
    // q2's answer is stale once q1 no longer shows q2: q3 hides too.
    expect(isQuestionShown(q3, { q1: { optionIds: ['no'] }, q2: { optionIds: ['b'] } }, byId)).toBe(false);
  });

  it('treats empty answers as unanswered', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered({ optionIds: [], text: '  ' })).toBe(false);
    expect(isAnswered({ value: 3 })).toBe(true);
    expect(isAnswered({ otherText: 'Skidor' })).toBe(true);
  });
});
