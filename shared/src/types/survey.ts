import type { SurveyQuestionType } from './enums';
import type { LocalizedText } from './localized-text';

/**
 * A survey's questions as stored (JSONB on the survey row): frozen once published, copied into a
 * new version to change. Ids are UUIDs made by the builder, so conditions can point at questions
 * and options before anything is saved.
 */
export interface SurveyOptionDefinition {
  id: string;
  text: LocalizedText;
}

/** Show a question only if the answer to an earlier choice question includes one of optionIds. */
export interface SurveyConditionDefinition {
  questionId: string;
  optionIds: string[];
}

export interface SurveyQuestionDefinition {
  id: string;
  type: SurveyQuestionType;
  prompt: LocalizedText;
  help: LocalizedText | null;
  required: boolean;
  /** SINGLE_CHOICE, MULTI_CHOICE and RANKING. */
  options: SurveyOptionDefinition[];
  /** MULTI_CHOICE (and SINGLE_CHOICE): an "Annat, nämligen …" choice with a text. */
  allowOther: boolean;
  /** SCALE 1–5: the labels of 1 and 5. */
  scaleMinLabel: LocalizedText | null;
  scaleMaxLabel: LocalizedText | null;
  /** PLACE: the villages offered (empty = every place of the municipality). */
  placeIds: string[];
  /** GOAL: the målbilder offered (empty = every målbild of the municipality's strategy). */
  goalIds: string[];
  /** MULTI_CHOICE and GOAL: at most this many picks (null = no limit). */
  maxChoices: number | null;
  condition: SurveyConditionDefinition | null;
}

export interface SurveySectionDefinition {
  id: string;
  title: LocalizedText;
  description: LocalizedText | null;
  questions: SurveyQuestionDefinition[];
}

/** One answer as stored on a response (JSONB keyed by question id); which fields are set depends on the type. */
export interface SurveyAnswerValue {
  /** SINGLE_CHOICE (one), MULTI_CHOICE (any), RANKING (all, in rank order: best first). */
  optionIds?: string[];
  /** The "other" text of a choice question. */
  otherText?: string;
  /** SCALE: 1–5. */
  value?: number;
  /** FREE_TEXT. */
  text?: string;
  /** PLACE. */
  placeId?: string;
  /** GOAL. */
  goalIds?: string[];
}

export type SurveyAnswers = Record<string, SurveyAnswerValue>;

export const SURVEY_SCALE_MIN = 1;
export const SURVEY_SCALE_MAX = 5;

/** Every question in survey order, with its 1-based number across sections ("Fråga 3"). */
export function questionsInOrder(sections: readonly SurveySectionDefinition[]): Array<SurveyQuestionDefinition & { number: number }> {
  const result: Array<SurveyQuestionDefinition & { number: number }> = [];
  for (const section of sections) for (const question of section.questions) result.push({ ...question, number: result.length + 1 });
  return result;
}

/** Whether an answer holds anything (an empty answer counts as unanswered). */
export function isAnswered(answer: SurveyAnswerValue | undefined | null): boolean {
  if (!answer) return false;
  return (
    (answer.optionIds?.length ?? 0) > 0 ||
    (answer.otherText?.trim() ?? '') !== '' ||
    answer.value != null ||
    (answer.text?.trim() ?? '') !== '' ||
    answer.placeId != null ||
    (answer.goalIds?.length ?? 0) > 0
  );
}

/**
 * Whether a question is shown to a respondent with these answers: no condition, or the answer
 * to the condition's question includes one of its options and that question is itself shown
 * (conditions may chain; they always point at an earlier question).
 */
export function isQuestionShown(
  question: Pick<SurveyQuestionDefinition, 'condition'>,
  answers: SurveyAnswers,
  byId: ReadonlyMap<string, Pick<SurveyQuestionDefinition, 'condition'>>,
  depth = 0,
): boolean {
  const condition = question.condition;
  if (!condition) return true;
  if (depth > 100) return false;
  const chosen = answers[condition.questionId]?.optionIds ?? [];
  if (!condition.optionIds.some((id) => chosen.includes(id))) return false;
  const parent = byId.get(condition.questionId);
  return parent ? isQuestionShown(parent, answers, byId, depth + 1) : false;
}
