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
