import { z } from 'zod';
import { AgeGroup, ParticipantGender, SurveyQuestionType } from '../types/enums';
import { LOCALES } from '../types/locale';
import {
  isAnswered,
  isQuestionShown,
  questionsInOrder,
  SURVEY_SCALE_MAX,
  SURVEY_SCALE_MIN,
  type SurveyAnswers,
  type SurveyAnswerValue,
  type SurveyQuestionDefinition,
  type SurveySectionDefinition,
} from '../types/survey';
import { idSchema } from './taxonomy';

export const SURVEY_FREE_TEXT_MAX_LENGTH = 4000;
export const SURVEY_OTHER_TEXT_MAX_LENGTH = 500;
export const SURVEY_HIDE_REASON_MAX_LENGTH = 500;
/** A browser's respondent token: 32–128 URL-safe characters (the client draws 32 random bytes, base64url). */
export const RESPONDENT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * Why one answer cannot be accepted. The API sends the code as `problem` next to an English
 * message; the answering page maps it to a message in the respondent's language.
 * OTHER_TEXT_MISSING: the "other" choice was ticked (otherText sent as "") without a text.
 */
export type SurveyAnswerProblem =
  | 'REQUIRED'
  | 'UNKNOWN_QUESTION'
  | 'WRONG_ANSWER_TYPE'
  | 'TOO_MANY_CHOICES'
  | 'DUPLICATE_CHOICE'
  | 'UNKNOWN_OPTION'
  | 'OTHER_NOT_ALLOWED'
  | 'OTHER_TEXT_MISSING'
  | 'OUT_OF_RANGE'
  | 'TOO_LONG'
  | 'RANKING_INCOMPLETE'
  | 'UNKNOWN_PLACE'
  | 'UNKNOWN_GOAL';

export interface SurveyAnswerIssue {
  questionId: string;
  problem: SurveyAnswerProblem;
}

/** English messages for the API's error entries (the client shows its own, per language). */
export const SURVEY_ANSWER_PROBLEM_MESSAGES: Record<SurveyAnswerProblem, string> = {
  REQUIRED: 'Answer this question.',
  UNKNOWN_QUESTION: 'This survey has no such question.',
  WRONG_ANSWER_TYPE: 'This kind of answer does not fit the question.',
  TOO_MANY_CHOICES: 'Too many choices for this question.',
  DUPLICATE_CHOICE: 'The same choice is given twice.',
  UNKNOWN_OPTION: 'Choose among the options of this question.',
  OTHER_NOT_ALLOWED: 'This question has no "other" choice.',
  OTHER_TEXT_MISSING: 'Write what you mean by "other", or untick it.',
  OUT_OF_RANGE: `Choose a value from ${SURVEY_SCALE_MIN} to ${SURVEY_SCALE_MAX}.`,
  TOO_LONG: 'The text is too long.',
  RANKING_INCOMPLETE: 'Put every option in order.',
  UNKNOWN_PLACE: 'Choose one of the places offered.',
  UNKNOWN_GOAL: 'Choose among the målbilder offered.',
};

/**
 * What PLACE and GOAL questions offer when the question lists none of its own: every place of the
 * municipality, every målbild of its strategies. Without it, such answers are not checked here
 * (the API always passes it; the answering page may).
 */
export interface SurveyOfferedChoices {
  allPlaceIds?: readonly string[];
  allGoalIds?: readonly string[];
}

type QuestionShape = Pick<SurveyQuestionDefinition, 'id' | 'type' | 'options' | 'allowOther' | 'placeIds' | 'goalIds' | 'maxChoices'>;

/** Which answer fields a question type uses; any other field set is a WRONG_ANSWER_TYPE. */
const FIELDS_OF: Record<SurveyQuestionType, ReadonlyArray<keyof SurveyAnswerValue>> = {
  [SurveyQuestionType.SINGLE_CHOICE]: ['optionIds', 'otherText'],
  [SurveyQuestionType.MULTI_CHOICE]: ['optionIds', 'otherText'],
  [SurveyQuestionType.SCALE]: ['value'],
  [SurveyQuestionType.FREE_TEXT]: ['text'],
  [SurveyQuestionType.RANKING]: ['optionIds'],
  [SurveyQuestionType.PLACE]: ['placeId'],
  [SurveyQuestionType.GOAL]: ['goalIds'],
};

function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

const hasText = (text: string | null | undefined) => (text?.trim() ?? '') !== '';
const hasDuplicates = (ids: readonly string[]) => new Set(ids).size !== ids.length;

function offered(own: readonly string[], all: readonly string[] | undefined): ReadonlySet<string> | null {
  if (own.length > 0) return new Set(own);
  return all ? new Set(all) : null;
}

/**
 * The structural check of one answer, as done on every save: the fields fit the question type,
 * choices exist, values are in range, texts not too long. Required-ness and an empty "other" text
 * are completeness rules for submitting (validateSubmission). An empty answer passes.
 */
export function validateAnswerShape(
  question: QuestionShape,
  answer: SurveyAnswerValue | null | undefined,
  choices: SurveyOfferedChoices = {},
): SurveyAnswerProblem | null {
  if (!answer) return null;
  const allowed = FIELDS_OF[question.type];
  for (const key of Object.keys(answer) as Array<keyof SurveyAnswerValue>) {
    if (!allowed.includes(key) && isSet(answer[key])) {
      return key === 'otherText' && question.type !== SurveyQuestionType.RANKING ? 'OTHER_NOT_ALLOWED' : 'WRONG_ANSWER_TYPE';
    }
  }
  const optionIds = answer.optionIds ?? [];
  const optionSet = new Set(question.options.map((o) => o.id));
  switch (question.type) {
    case SurveyQuestionType.SINGLE_CHOICE:
    case SurveyQuestionType.MULTI_CHOICE: {
      if (answer.otherText != null && !question.allowOther) return 'OTHER_NOT_ALLOWED';
      if ((answer.otherText?.length ?? 0) > SURVEY_OTHER_TEXT_MAX_LENGTH) return 'TOO_LONG';
      if (hasDuplicates(optionIds)) return 'DUPLICATE_CHOICE';
      if (optionIds.some((id) => !optionSet.has(id))) return 'UNKNOWN_OPTION';
      const picks = optionIds.length + (hasText(answer.otherText) ? 1 : 0);
      if (question.type === SurveyQuestionType.SINGLE_CHOICE && picks > 1) return 'TOO_MANY_CHOICES';
      if (question.type === SurveyQuestionType.MULTI_CHOICE && question.maxChoices != null && picks > question.maxChoices) return 'TOO_MANY_CHOICES';
      return null;
    }
    case SurveyQuestionType.SCALE:
      if (answer.value == null) return null;
      return Number.isInteger(answer.value) && answer.value >= SURVEY_SCALE_MIN && answer.value <= SURVEY_SCALE_MAX ? null : 'OUT_OF_RANGE';
    case SurveyQuestionType.FREE_TEXT:
      return (answer.text?.length ?? 0) > SURVEY_FREE_TEXT_MAX_LENGTH ? 'TOO_LONG' : null;
    case SurveyQuestionType.RANKING:
      if (optionIds.length === 0) return null;
      if (hasDuplicates(optionIds)) return 'DUPLICATE_CHOICE';
      if (optionIds.some((id) => !optionSet.has(id))) return 'UNKNOWN_OPTION';
      return optionIds.length === optionSet.size ? null : 'RANKING_INCOMPLETE';
    case SurveyQuestionType.PLACE: {
      if (answer.placeId == null) return null;
      const places = offered(question.placeIds, choices.allPlaceIds);
      return places && !places.has(answer.placeId) ? 'UNKNOWN_PLACE' : null;
    }
    case SurveyQuestionType.GOAL: {
      const goalIds = answer.goalIds ?? [];
      if (hasDuplicates(goalIds)) return 'DUPLICATE_CHOICE';
      const goals = offered(question.goalIds, choices.allGoalIds);
      if (goals && goalIds.some((id) => !goals.has(id))) return 'UNKNOWN_GOAL';
      if (question.maxChoices != null && goalIds.length > question.maxChoices) return 'TOO_MANY_CHOICES';
      return null;
    }
    default:
      return 'WRONG_ANSWER_TYPE';
  }
}

/** Shape problems of every given answer (save): unknown questions included; required-ness not checked. */
export function validateProgress(
  sections: readonly SurveySectionDefinition[],
  answers: SurveyAnswers,
  choices: SurveyOfferedChoices = {},
): SurveyAnswerIssue[] {
  const byId = new Map(questionsInOrder(sections).map((q) => [q.id, q]));
  const issues: SurveyAnswerIssue[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = byId.get(questionId);
    const problem = question ? validateAnswerShape(question, answer, choices) : 'UNKNOWN_QUESTION';
    if (problem) issues.push({ questionId, problem });
  }
  return issues;
}

/**
 * Everything a submission must meet, one issue per question in survey order: answers to unknown
 * questions, then for each question SHOWN to this respondent (its condition met by these
 * answers) its shape, an "other" ticked without text, and a required question left unanswered.
 * Answers to hidden questions are not checked (they are dropped: keepShownAnswers).
 */
export function validateSubmission(
  sections: readonly SurveySectionDefinition[],
  answers: SurveyAnswers,
  choices: SurveyOfferedChoices = {},
): SurveyAnswerIssue[] {
  const questions = questionsInOrder(sections);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const issues: SurveyAnswerIssue[] = Object.keys(answers)
    .filter((id) => !byId.has(id))
    .map((questionId) => ({ questionId, problem: 'UNKNOWN_QUESTION' as const }));
  for (const question of questions) {
    if (!isQuestionShown(question, answers, byId)) continue;
    const answer = answers[question.id];
    const problem =
      validateAnswerShape(question, answer, choices) ??
      (otherTickedWithoutText(question, answer) ? 'OTHER_TEXT_MISSING' : null) ??
      (question.required && !isAnswered(answer) ? 'REQUIRED' : null);
    if (problem) issues.push({ questionId: question.id, problem });
  }
  return issues;
}

/**
 * "Other" ticked (otherText sent, even as "") but left empty. A single-choice question with an
 * option chosen ignores a leftover empty text: its radios allow only one choice anyway.
 */
function otherTickedWithoutText(question: QuestionShape, answer: SurveyAnswerValue | undefined): boolean {
  if (!question.allowOther || answer?.otherText == null || hasText(answer.otherText)) return false;
  return !(question.type === SurveyQuestionType.SINGLE_CHOICE && (answer.optionIds?.length ?? 0) > 0);
}

/** The answers worth storing at submit: those to shown questions that hold something. */
export function keepShownAnswers(sections: readonly SurveySectionDefinition[], answers: SurveyAnswers): SurveyAnswers {
  const questions = questionsInOrder(sections);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const kept: SurveyAnswers = {};
  for (const question of questions) {
    const answer = answers[question.id];
    if (isAnswered(answer) && isQuestionShown(question, answers, byId)) kept[question.id] = answer!;
  }
  return kept;
}

// ------------------------------------------------------------------ GraphQL arguments

const answerInputSchema = z.object({
  questionId: z.string().trim().min(1).max(100),
  optionIds: z.array(z.string().max(100)).max(100).nullish(),
  otherText: z.string().max(SURVEY_OTHER_TEXT_MAX_LENGTH * 2).nullish(),
  value: z.number().int().nullish(),
  text: z.string().max(SURVEY_FREE_TEXT_MAX_LENGTH * 2).nullish(),
  placeId: z.string().max(100).nullish(),
  goalIds: z.array(z.string().max(100)).max(200).nullish(),
});
export type SurveyAnswerInputValue = z.infer<typeof answerInputSchema>;

/** The answers argument as sent: a list with at most one entry per question (checked by toSurveyAnswers). */
export const surveyAnswersInputSchema = z.array(answerInputSchema).max(200);

export const surveyDemographicsInputSchema = z
  .object({
    ageGroup: z.enum(AgeGroup).nullish(),
    gender: z.enum(ParticipantGender).nullish(),
    homePlaceId: idSchema.nullish(),
  })
  .nullish();

export const respondentTokenSchema = z.string().regex(RESPONDENT_TOKEN_PATTERN, 'Not a respondent token: 32–128 characters A–Z, a–z, 0–9, _ or -.');
export const surveyResponseLocaleSchema = z.enum(LOCALES);

export const hideSurveyAnswerReasonSchema = z.string().trim().min(1).max(SURVEY_HIDE_REASON_MAX_LENGTH);

/**
 * The answer list as stored (keyed by question id), keeping only the fields that hold something:
 * texts are kept as typed (an "other" text of "" means ticked without text). Returns the ids given
 * twice, which the API refuses.
 */
export function toSurveyAnswers(list: readonly SurveyAnswerInputValue[]): { answers: SurveyAnswers; duplicates: string[] } {
  const answers: SurveyAnswers = {};
  const duplicates: string[] = [];
  for (const input of list) {
    if (input.questionId in answers) {
      duplicates.push(input.questionId);
      continue;
    }
    const answer: SurveyAnswerValue = {};
    if (input.optionIds?.length) answer.optionIds = [...input.optionIds];
    if (input.otherText != null) answer.otherText = input.otherText;
    if (input.value != null) answer.value = input.value;
    if (input.text != null) answer.text = input.text;
    if (input.placeId != null) answer.placeId = input.placeId;
    if (input.goalIds?.length) answer.goalIds = [...input.goalIds];
    answers[input.questionId] = answer;
  }
  return { answers, duplicates };
}
