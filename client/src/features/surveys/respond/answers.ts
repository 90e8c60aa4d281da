import {
  isAnswered,
  isQuestionShown,
  validateSubmission,
  type SurveyAnswerProblem,
  type SurveyAnswers,
  type SurveyAnswerValue,
  type SurveyConditionDefinition,
  type SurveyQuestionType,
  type SurveySectionDefinition,
} from '@medskapa/shared';

/** What the answering page needs of a question to decide visibility, validity and order. */
export interface AnswerableQuestion {
  id: string;
  type: string;
  required: boolean;
  number: number;
  allowOther: boolean;
  maxChoices: number | null | undefined;
  condition: SurveyConditionDefinition | null | undefined;
}

/** One answer as the API takes it (`SurveyAnswerInput`). */
export interface SurveyAnswerInputValue {
  questionId: string;
  optionIds?: string[];
  otherText?: string;
  value?: number;
  text?: string;
  placeId?: string;
  goalIds?: string[];
}

/** One answer as the API gives it back (`SurveyAnswer`). */
export interface StoredSurveyAnswer {
  questionId: string;
  optionIds: readonly string[];
  otherText?: string | null;
  value?: number | null;
  text?: string | null;
  placeId?: string | null;
  goalIds: readonly string[];
}

export { SURVEY_FREE_TEXT_MAX_LENGTH as FREE_TEXT_MAX, SURVEY_OTHER_TEXT_MAX_LENGTH as OTHER_TEXT_MAX } from '@medskapa/shared';

/** Whether each question is shown with these answers (conditions, chained; shared logic). */
export function shownQuestionIds(questions: readonly AnswerableQuestion[], answers: SurveyAnswers): Set<string> {
  const byId = new Map(questions.map((q) => [q.id, { condition: q.condition ?? null }]));
  return new Set(questions.filter((q) => isQuestionShown({ condition: q.condition ?? null }, answers, byId)).map((q) => q.id));
}

/** The stored answers as the page keeps them: a map by question id. */
export function answersFromStored(stored: readonly StoredSurveyAnswer[]): SurveyAnswers {
  const answers: SurveyAnswers = {};
  for (const answer of stored) {
    const value: SurveyAnswerValue = {};
    if (answer.optionIds.length > 0) value.optionIds = [...answer.optionIds];
    if (answer.otherText) value.otherText = answer.otherText;
    if (answer.value != null) value.value = answer.value;
    if (answer.text) value.text = answer.text;
    if (answer.placeId) value.placeId = answer.placeId;
    if (answer.goalIds.length > 0) value.goalIds = [...answer.goalIds];
    answers[answer.questionId] = value;
  }
  return answers;
}

/**
 * The answers to send: only questions that are shown (an answer to a question whose condition
 * is no longer met is dropped, so it is neither stored nor counted) and that hold something.
 */
export function answersToInput(questions: readonly AnswerableQuestion[], answers: SurveyAnswers): SurveyAnswerInputValue[] {
  const shown = shownQuestionIds(questions, answers);
  const result: SurveyAnswerInputValue[] = [];
  for (const question of questions) {
    const answer = answers[question.id];
    if (!shown.has(question.id) || !isAnswered(answer) || !answer) continue;
    const input: SurveyAnswerInputValue = { questionId: question.id };
    if (answer.optionIds?.length) input.optionIds = [...answer.optionIds];
    if (answer.otherText?.trim()) input.otherText = answer.otherText.trim();
    if (answer.value != null) input.value = answer.value;
    if (answer.text?.trim()) input.text = answer.text;
    if (answer.placeId) input.placeId = answer.placeId;
    if (answer.goalIds?.length) input.goalIds = [...answer.goalIds];
    result.push(input);
  }
  return result;
}

/** The answering page's view of a section, enough to rebuild the definition the shared checks take. */
export interface AnswerableSection {
  id: string;
  questions: ReadonlyArray<
    AnswerableQuestion & {
      options: ReadonlyArray<{ id: string }>;
      places: ReadonlyArray<{ id: string }>;
      goals: ReadonlyArray<{ id: string }>;
    }
  >;
}

/**
 * The survey as the shared validation takes it. Texts play no part in the checks, so they are
 * left empty; PLACE and GOAL list what the API offers (already "all" when the builder chose none).
 */
export function toDefinitions(sections: readonly AnswerableSection[]): SurveySectionDefinition[] {
  return sections.map((section) => ({
    id: section.id,
    title: {},
    description: null,
    questions: section.questions.map((q) => ({
      id: q.id,
      type: q.type as SurveyQuestionType,
      prompt: {},
      help: null,
      required: q.required,
      options: q.options.map((o) => ({ id: o.id, text: {} })),
      allowOther: q.allowOther,
      scaleMinLabel: null,
      scaleMaxLabel: null,
      placeIds: q.places.map((p) => p.id),
      goalIds: q.goals.map((g) => g.id),
      maxChoices: q.maxChoices ?? null,
      condition: q.condition ? { questionId: q.condition.questionId, optionIds: [...q.condition.optionIds] } : null,
    })),
  }));
}

export interface AnswerProblem {
  questionId: string;
  code: SurveyAnswerProblem;
}

/**
 * The problems of the shown questions (all, or those in `questionIds`: one section), one per
 * question — the same shared rules the API applies at submit. An "Annat" ticked without its text
 * is kept in the answer as `otherText: ""`, which the rules report as OTHER_TEXT_MISSING.
 */
export function answerProblems(definitions: readonly SurveySectionDefinition[], answers: SurveyAnswers, questionIds?: ReadonlySet<string>): AnswerProblem[] {
  return validateSubmission(definitions, answers)
    .filter((issue) => !questionIds || questionIds.has(issue.questionId))
    .map((issue) => ({ questionId: issue.questionId, code: issue.problem }));
}

const PROBLEMS: ReadonlySet<string> = new Set<SurveyAnswerProblem>([
  'REQUIRED',
  'UNKNOWN_QUESTION',
  'WRONG_ANSWER_TYPE',
  'TOO_MANY_CHOICES',
  'DUPLICATE_CHOICE',
  'UNKNOWN_OPTION',
  'OTHER_NOT_ALLOWED',
  'OTHER_TEXT_MISSING',
  'OUT_OF_RANGE',
  'TOO_LONG',
  'RANKING_INCOMPLETE',
  'UNKNOWN_PLACE',
  'UNKNOWN_GOAL',
]);

/** The API's problem code of a field error (`extensions.fields[].problem`), when it is one we know. */
export function asProblemCode(value: unknown): SurveyAnswerProblem | null {
  return typeof value === 'string' && PROBLEMS.has(value) ? (value as SurveyAnswerProblem) : null;
}
