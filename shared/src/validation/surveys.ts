import { z } from 'zod';
import { SurveyQuestionType, SurveyResponseMode } from '../types/enums';
import { LOCALES, type Locale } from '../types/locale';
import { draftLocalizedTextSchema, machineAssistedLocalesSchema } from './localized';
import { idSchema } from './taxonomy';

/**
 * The survey builder's rules (issue 7). The client builder imports these to show problems before
 * saving and the API applies the same ones, so they stay pure: rules that need the database
 * (places and målbilder of the municipality, the dialogue, "closes in the future") live in the API.
 * Error paths name the field inside the survey input, e.g. `sections.1.questions.0.options`.
 */
export const SURVEY_TITLE_MAX_LENGTH = 200;
export const SURVEY_PROMPT_MAX_LENGTH = 500;
export const SURVEY_HELP_MAX_LENGTH = 2000;
export const SURVEY_DESCRIPTION_MAX_LENGTH = 2000;
export const SURVEY_OPTION_MAX_LENGTH = 200;
export const SURVEY_SCALE_LABEL_MAX_LENGTH = 200;
export const SURVEY_SECTIONS_MIN = 1;
export const SURVEY_SECTIONS_MAX = 20;
export const SURVEY_QUESTIONS_MAX = 60;
export const SURVEY_CHOICE_OPTIONS_MIN = 2;
export const SURVEY_CHOICE_OPTIONS_MAX = 20;
export const SURVEY_RANKING_OPTIONS_MIN = 2;
export const SURVEY_RANKING_OPTIONS_MAX = 10;
/** Generous bounds for configured places and målbilder: a municipality has tens of each. */
export const SURVEY_PLACES_MAX = 300;
export const SURVEY_GOALS_MAX = 300;

const CHOICE_TYPES: readonly SurveyQuestionType[] = [SurveyQuestionType.SINGLE_CHOICE, SurveyQuestionType.MULTI_CHOICE];
const OPTION_TYPES: readonly SurveyQuestionType[] = [...CHOICE_TYPES, SurveyQuestionType.RANKING];
const MAX_CHOICES_TYPES: readonly SurveyQuestionType[] = [SurveyQuestionType.MULTI_CHOICE, SurveyQuestionType.GOAL];

/** Question types whose answers pick options, so conditions may point at them. */
export function isChoiceQuestionType(type: SurveyQuestionType): boolean {
  return CHOICE_TYPES.includes(type);
}

/** Question types that have options. */
export function hasSurveyOptions(type: SurveyQuestionType): boolean {
  return OPTION_TYPES.includes(type);
}

const optionalText = (max: number) =>
  draftLocalizedTextSchema(max)
    .nullish()
    .transform((value) => value ?? null);

const idList = (max: number) =>
  z
    .array(idSchema)
    .max(max)
    .nullish()
    .transform((value) => value ?? []);

export const surveyOptionInputSchema = z.object({
  id: idSchema,
  text: draftLocalizedTextSchema(SURVEY_OPTION_MAX_LENGTH),
});

export const surveyConditionInputSchema = z.object({
  questionId: idSchema,
  optionIds: z.array(idSchema).min(1, { message: 'Choose at least one answer that shows the question.' }).max(SURVEY_CHOICE_OPTIONS_MAX),
});

export const surveyQuestionInputSchema = z.object({
  id: idSchema,
  type: z.enum(SurveyQuestionType, { message: 'Choose a known question type.' }),
  required: z.boolean(),
  prompt: draftLocalizedTextSchema(SURVEY_PROMPT_MAX_LENGTH),
  help: optionalText(SURVEY_HELP_MAX_LENGTH),
  options: z
    .array(surveyOptionInputSchema)
    .max(SURVEY_CHOICE_OPTIONS_MAX, { message: `At most ${SURVEY_CHOICE_OPTIONS_MAX} options.` })
    .nullish()
    .transform((value) => value ?? []),
  allowOther: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  scaleMinLabel: optionalText(SURVEY_SCALE_LABEL_MAX_LENGTH),
  scaleMaxLabel: optionalText(SURVEY_SCALE_LABEL_MAX_LENGTH),
  placeIds: idList(SURVEY_PLACES_MAX),
  goalIds: idList(SURVEY_GOALS_MAX),
  maxChoices: z
    .number()
    .int()
    .nullish()
    .transform((value) => value ?? null),
  condition: surveyConditionInputSchema.nullish().transform((value) => value ?? null),
});

export const surveySectionInputSchema = z.object({
  id: idSchema,
  title: draftLocalizedTextSchema(SURVEY_TITLE_MAX_LENGTH),
  description: optionalText(SURVEY_DESCRIPTION_MAX_LENGTH),
  questions: z.array(surveyQuestionInputSchema).max(SURVEY_QUESTIONS_MAX, { message: `At most ${SURVEY_QUESTIONS_MAX} questions.` }),
});

type ParsedQuestion = z.output<typeof surveyQuestionInputSchema>;
type ParsedSection = z.output<typeof surveySectionInputSchema>;

/** The rules across fields and sections; each problem names the field it is about. */
function checkSurveyStructure(sections: readonly ParsedSection[], ctx: z.RefinementCtx): void {
  const problem = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });

  const total = sections.reduce((sum, section) => sum + section.questions.length, 0);
  if (total > SURVEY_QUESTIONS_MAX) problem(['sections'], `A survey has at most ${SURVEY_QUESTIONS_MAX} questions in all.`);

  // Ids are unique within the survey: answers, conditions and results refer to them.
  const seen = new Set<string>();
  const unique = (id: string, path: Array<string | number>) => {
    if (seen.has(id)) problem(path, 'This id is already used in the survey.');
    seen.add(id);
  };

  const earlier = new Map<string, ParsedQuestion>();
  sections.forEach((section, s) => {
    unique(section.id, ['sections', s, 'id']);
    section.questions.forEach((question, q) => {
      const at = (...rest: Array<string | number>) => ['sections', s, 'questions', q, ...rest];
      unique(question.id, at('id'));
      question.options.forEach((option, o) => unique(option.id, at('options', o, 'id')));
      checkQuestion(question, earlier, at, problem);
      earlier.set(question.id, question);
    });
  });
}

function checkQuestion(
  question: ParsedQuestion,
  earlier: ReadonlyMap<string, ParsedQuestion>,
  at: (...rest: Array<string | number>) => Array<string | number>,
  problem: (path: Array<string | number>, message: string) => void,
): void {
  const { type } = question;
  const optionCount = question.options.length;
  if (type === SurveyQuestionType.RANKING) {
    if (optionCount < SURVEY_RANKING_OPTIONS_MIN || optionCount > SURVEY_RANKING_OPTIONS_MAX) {
      problem(at('options'), `A ranking question has ${SURVEY_RANKING_OPTIONS_MIN}–${SURVEY_RANKING_OPTIONS_MAX} options.`);
    }
  } else if (isChoiceQuestionType(type)) {
    if (optionCount < SURVEY_CHOICE_OPTIONS_MIN || optionCount > SURVEY_CHOICE_OPTIONS_MAX) {
      problem(at('options'), `A choice question has ${SURVEY_CHOICE_OPTIONS_MIN}–${SURVEY_CHOICE_OPTIONS_MAX} options.`);
    }
  } else if (optionCount > 0) {
    problem(at('options'), 'Only choice and ranking questions have options.');
  }

  if (question.allowOther && !isChoiceQuestionType(type)) problem(at('allowOther'), 'Only choice questions can offer "other".');

  if (type === SurveyQuestionType.SCALE) {
    if (!question.scaleMinLabel) problem(at('scaleMinLabel'), 'Write what 1 on the scale means.');
    if (!question.scaleMaxLabel) problem(at('scaleMaxLabel'), 'Write what 5 on the scale means.');
  } else {
    if (question.scaleMinLabel) problem(at('scaleMinLabel'), 'Only scale questions have scale labels.');
    if (question.scaleMaxLabel) problem(at('scaleMaxLabel'), 'Only scale questions have scale labels.');
  }

  if (question.placeIds.length > 0 && type !== SurveyQuestionType.PLACE) problem(at('placeIds'), 'Only place questions offer places.');
  if (question.goalIds.length > 0 && type !== SurveyQuestionType.GOAL) problem(at('goalIds'), 'Only målbild questions offer målbilder.');
  if (new Set(question.placeIds).size !== question.placeIds.length) problem(at('placeIds'), 'Each place once.');
  if (new Set(question.goalIds).size !== question.goalIds.length) problem(at('goalIds'), 'Each målbild once.');

  if (question.maxChoices != null) {
    if (!MAX_CHOICES_TYPES.includes(type)) {
      problem(at('maxChoices'), 'Only multiple-choice and målbild questions limit the number of choices.');
    } else {
      // For GOAL without configured målbilder the API checks against the municipality's count.
      const choices = type === SurveyQuestionType.MULTI_CHOICE ? optionCount + (question.allowOther ? 1 : 0) : question.goalIds.length || Infinity;
      if (question.maxChoices < 1 || question.maxChoices > choices) problem(at('maxChoices'), 'Between 1 and the number of choices.');
    }
  }

  const condition = question.condition;
  if (condition) {
    const target = earlier.get(condition.questionId);
    if (!target) {
      problem(at('condition', 'questionId'), 'A condition refers to an earlier question of the survey.');
    } else if (!isChoiceQuestionType(target.type)) {
      problem(at('condition', 'questionId'), 'A condition refers to a single or multiple choice question.');
    } else {
      const known = new Set(target.options.map((option) => option.id));
      condition.optionIds.forEach((id, i) => {
        if (!known.has(id)) problem(at('condition', 'optionIds', i), 'Choose among the options of that question.');
      });
    }
  }
}

export const surveyInputSchema = z
  .object({
    title: draftLocalizedTextSchema(SURVEY_TITLE_MAX_LENGTH),
    description: optionalText(SURVEY_DESCRIPTION_MAX_LENGTH),
    responseMode: z.enum(SurveyResponseMode, { message: 'Choose ANONYMOUS or SIGNED_IN.' }),
    collectDemographics: z.boolean(),
    closesAt: z.coerce
      .date({ message: 'Give a date and time.' })
      .nullish()
      .transform((value) => value ?? null),
    dialogueId: idSchema.nullish().transform((value) => value ?? null),
    sections: z
      .array(surveySectionInputSchema)
      .min(SURVEY_SECTIONS_MIN, { message: 'A survey has at least one section.' })
      .max(SURVEY_SECTIONS_MAX, { message: `A survey has at most ${SURVEY_SECTIONS_MAX} sections.` }),
    machineAssistedLocales: machineAssistedLocalesSchema.nullish().transform((value) => value ?? []),
  })
  .superRefine((survey, ctx) => checkSurveyStructure(survey.sections, ctx));

export type SurveyInputValues = z.output<typeof surveyInputSchema>;

// ------------------------------------------------------------------ publishing

/**
 * A text either as stored (`{ sv: { text, status } }`) or as typed in the builder (`{ sv: 'text' }`);
 * publishing checks work on both, so the builder can show them before saving.
 */
type AnyLocalizedText = Partial<Record<Locale, string | { text: string } | null | undefined>>;

interface PublishableQuestion {
  type: SurveyQuestionType;
  prompt: AnyLocalizedText;
  help?: AnyLocalizedText | null;
  options?: ReadonlyArray<{ text: AnyLocalizedText }> | null;
  scaleMinLabel?: AnyLocalizedText | null;
  scaleMaxLabel?: AnyLocalizedText | null;
}

export interface PublishableSurvey {
  title: AnyLocalizedText;
  description?: AnyLocalizedText | null;
  sections: ReadonlyArray<{ title: AnyLocalizedText; description?: AnyLocalizedText | null; questions: readonly PublishableQuestion[] }>;
}

export interface SurveyProblem {
  path: string;
  message: string;
}

function hasTextIn(value: AnyLocalizedText, locale: Locale): boolean {
  const entry = value[locale];
  const text = typeof entry === 'string' ? entry : entry?.text;
  return !!text && text.trim() !== '';
}

const LANGUAGE_NAMES: Record<Locale, string> = { sv: 'Swedish', fi: 'Finnish', fit: 'Meänkieli' };

/**
 * Every text of the survey that lacks a language, as `<path>.<locale>` in survey order
 * (`title.fi`, `sections.0.questions.2.prompt.fit`, `sections.0.questions.1.options.1.text.fi`).
 * Optional texts (descriptions, help) count only when present; scale labels only on scale questions.
 */
export function surveyMissingTranslations(survey: PublishableSurvey): string[] {
  const missing: string[] = [];
  const check = (value: AnyLocalizedText | null | undefined, path: string, optional = false) => {
    if (value == null) {
      if (!optional) for (const locale of LOCALES) missing.push(`${path}.${locale}`);
      return;
    }
    // An optional text with no language at all is simply absent.
    if (optional && LOCALES.every((locale) => !hasTextIn(value, locale))) return;
    for (const locale of LOCALES) if (!hasTextIn(value, locale)) missing.push(`${path}.${locale}`);
  };
  check(survey.title, 'title');
  check(survey.description, 'description', true);
  survey.sections.forEach((section, s) => {
    check(section.title, `sections.${s}.title`);
    check(section.description, `sections.${s}.description`, true);
    section.questions.forEach((question, q) => {
      const at = `sections.${s}.questions.${q}`;
      check(question.prompt, `${at}.prompt`);
      check(question.help, `${at}.help`, true);
      if (hasSurveyOptions(question.type)) (question.options ?? []).forEach((option, o) => check(option.text, `${at}.options.${o}.text`));
      if (question.type === SurveyQuestionType.SCALE) {
        check(question.scaleMinLabel, `${at}.scaleMinLabel`);
        check(question.scaleMaxLabel, `${at}.scaleMaxLabel`);
      }
    });
  });
  return missing;
}

/**
 * Why a survey cannot be published yet: every missing translation (one problem per text and
 * language) and a survey without questions. Empty when it can be published (the API also checks
 * the builder rules and the dialogue).
 */
export function surveyPublishProblems(survey: PublishableSurvey): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const questionCount = survey.sections.reduce((sum, section) => sum + section.questions.length, 0);
  if (questionCount === 0) problems.push({ path: 'sections', message: 'Add at least one question before publishing.' });
  for (const path of surveyMissingTranslations(survey)) {
    const locale = path.slice(path.lastIndexOf('.') + 1) as Locale;
    problems.push({ path, message: `Write this text in ${LANGUAGE_NAMES[locale] ?? locale} before publishing.` });
  }
  return problems;
}
