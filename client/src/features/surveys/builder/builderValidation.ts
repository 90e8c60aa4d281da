import {
  ErrorCode,
  SURVEY_CHOICE_OPTIONS_MAX,
  SURVEY_CHOICE_OPTIONS_MIN,
  SURVEY_HELP_MAX_LENGTH,
  SURVEY_PROMPT_MAX_LENGTH,
  SURVEY_RANKING_OPTIONS_MAX,
  SURVEY_RANKING_OPTIONS_MIN,
  SURVEY_SECTIONS_MAX,
  SURVEY_TITLE_MAX_LENGTH,
  SurveyQuestionType,
} from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { errorMessageKey, hasErrorCode, serverFieldErrors } from '../../../graphql/errors';
import type { Translate } from '../../../i18n/translate';
import type { FormError } from '../../../ui/form/useFormErrors';
import { stockholmToIso } from '../../workshops/components/WorkshopDetailsFormat';
import {
  allQuestions,
  BUILDER_LANGUAGES,
  fieldOfApiPath,
  hasMaxChoices,
  hasOptions,
  knownFields,
  languageOfField,
  missingFields,
  questionNumbers,
  textSlots,
  type BuilderLanguage,
  type SurveyDraft,
} from './surveyDraft';

/** Option counts by type (the shared builder rules). */
export const CHOICE_OPTIONS = { min: SURVEY_CHOICE_OPTIONS_MIN, max: SURVEY_CHOICE_OPTIONS_MAX };
export const RANKING_OPTIONS = { min: SURVEY_RANKING_OPTIONS_MIN, max: SURVEY_RANKING_OPTIONS_MAX };

export const optionLimits = (type: SurveyQuestionType) => (type === SurveyQuestionType.RANKING ? RANKING_OPTIONS : CHOICE_OPTIONS);

/** Longest text of a field (by the last part of its name before the language). */
export function maxLengthOf(field: string): number {
  if (/(^|-)(help|description)(-|$)/.test(field)) return SURVEY_HELP_MAX_LENGTH;
  if (/-prompt(-|$)/.test(field)) return SURVEY_PROMPT_MAX_LENGTH;
  return SURVEY_TITLE_MAX_LENGTH;
}

/**
 * What a field is, in words, for labels and messages: `sections-0-questions-2-options-1-text` →
 * "Fråga 3, alternativ 2". Question numbers run across sections.
 */
export function describeField(t: Translate, draft: SurveyDraft, field: string): string {
  const parts = field.split('-');
  if (parts[0] === 'title') return t('surveyBuilder:fields.title');
  if (parts[0] === 'description') return t('surveyBuilder:fields.description');
  if (parts[0] === 'closesDate' || parts[0] === 'closesTime') return t('surveyBuilder:fields.closes');
  if (parts[0] === 'dialogueId') return t('surveyBuilder:fields.dialogue');
  if (parts[0] !== 'sections' || parts.length < 2) return t('surveyBuilder:fields.survey');
  const s = Number(parts[1]);
  const section = draft.sections[s];
  if (parts[2] === 'title') return t('surveyBuilder:fields.sectionTitle', { number: s + 1 });
  if (parts[2] === 'description') return t('surveyBuilder:fields.sectionDescription', { number: s + 1 });
  if (parts[2] !== 'questions' || parts.length < 4) return t('surveyBuilder:fields.section', { number: s + 1 });
  const question = section?.questions[Number(parts[3])];
  const number = (question && questionNumbers(draft.sections).get(question.id)) ?? 0;
  switch (parts[4]) {
    case 'prompt':
      return t('surveyBuilder:fields.prompt', { number });
    case 'help':
      return t('surveyBuilder:fields.help', { number });
    case 'scaleMinLabel':
      return t('surveyBuilder:fields.scaleMin', { number });
    case 'scaleMaxLabel':
      return t('surveyBuilder:fields.scaleMax', { number });
    case 'options':
      if (parts[5] !== undefined && !Number.isNaN(Number(parts[5]))) return t('surveyBuilder:fields.option', { number, option: Number(parts[5]) + 1 });
      return t('surveyBuilder:questions.options.legend', { number });
    default:
      return t('surveyBuilder:fields.question', { number });
  }
}

/** The label of a text input: "Fråga 3, alternativ 2, svenska". */
export function labelOf(t: Translate, draft: SurveyDraft, field: string, lang: BuilderLanguage): string {
  return t('surveyBuilder:fields.inLanguage', { what: describeField(t, draft, field), language: t(`surveyBuilder:languages.${lang}`) });
}

/** "Fråga 3, alternativ 2: texten saknas på finska." for a missing `…-fi` field. */
export function missingTextMessage(t: Translate, draft: SurveyDraft, field: string): string {
  const lang = languageOfField(field) ?? 'sv';
  const base = field.slice(0, -(lang.length + 1));
  return t('surveyBuilder:errors.missingText', { what: describeField(t, draft, base), language: t(`surveyBuilder:languages.${lang}`) });
}

export type CheckResult = { ok: true; closesAt: string | null } | { ok: false; errors: FormError[] };

/**
 * What must hold before the draft is saved: Swedish for every text in use, lengths, option
 * counts, limits and conditions, a closing time in the future. With `publishing`, also every
 * text in Finnish and Meänkieli and at least one question (as publishSurvey demands).
 */
export function checkDraft(t: Translate, draft: SurveyDraft, { publishing = false, now = new Date() } = {}): CheckResult {
  const errors: FormError[] = [];
  const say = (field: string, message: string) => errors.push({ field, message });

  for (const slot of textSlots(draft)) {
    const written = BUILDER_LANGUAGES.filter((lang) => slot.texts[lang].trim() !== '');
    if (!slot.texts.sv.trim() && (slot.required || written.length > 0)) {
      const what = describeField(t, draft, slot.field);
      say(`${slot.field}-sv`, slot.required ? missingTextMessage(t, draft, `${slot.field}-sv`) : t('surveyBuilder:errors.swedishFirst', { what }));
    }
    for (const lang of BUILDER_LANGUAGES) {
      if (slot.texts[lang].trim().length > maxLengthOf(slot.field)) {
        say(
          `${slot.field}-${lang}`,
          t('surveyBuilder:errors.tooLong', {
            what: describeField(t, draft, slot.field),
            language: t(`surveyBuilder:languages.${lang}`),
            max: maxLengthOf(slot.field),
          }),
        );
      }
    }
  }

  if (draft.sections.length < 1 || draft.sections.length > SURVEY_SECTIONS_MAX) say('sections', t('surveyBuilder:errors.sections', { max: SURVEY_SECTIONS_MAX }));
  const numbers = questionNumbers(draft.sections);
  draft.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => {
      const base = `sections-${s}-questions-${q}`;
      const number = numbers.get(question.id) ?? 0;
      if (hasOptions(question.type)) {
        const { min, max } = optionLimits(question.type);
        if (question.options.length < min || question.options.length > max) say(`${base}-options`, t('surveyBuilder:errors.options', { number, min, max }));
      }
      if (hasMaxChoices(question.type) && question.maxChoices.trim() !== '') {
        const value = Number(question.maxChoices);
        const choices = question.type === SurveyQuestionType.MULTI_CHOICE ? question.options.length : Number.POSITIVE_INFINITY;
        const max = question.type === SurveyQuestionType.GOAL && question.goalIds.length > 0 ? question.goalIds.length : choices;
        if (!Number.isInteger(value) || value < 1 || value > max) {
          say(`${base}-maxChoices`, t('surveyBuilder:errors.maxChoices', { number, max: Number.isFinite(max) ? max : 99 }));
        }
      }
      if (question.conditionQuestionId && question.conditionOptionIds.length === 0) {
        say(`${base}-condition-optionIds`, t('surveyBuilder:errors.conditionOptions', { number }));
      }
    }),
  );

  let closesAt: string | null = null;
  if (draft.closesDate || draft.closesTime) {
    closesAt = draft.closesDate && draft.closesTime ? stockholmToIso(draft.closesDate, draft.closesTime) : '';
    if (!closesAt) say(draft.closesDate ? 'closesTime' : 'closesDate', t('surveyBuilder:errors.closesIncomplete'));
    else if (new Date(closesAt).getTime() <= now.getTime()) say('closesDate', t('surveyBuilder:errors.closesPast'));
  }

  if (publishing) {
    if (allQuestions(draft.sections).length === 0) say('sections', t('surveyBuilder:errors.noQuestions'));
    for (const lang of ['fi', 'fit'] as const) {
      for (const field of missingFields(draft, lang)) say(field, missingTextMessage(t, draft, field));
    }
  }

  return errors.length > 0 ? { ok: false, errors: sortByPage(draft, errors) } : { ok: true, closesAt };
}

/** Errors in page order (settings first, then each text as it appears), Swedish before the translations. */
function sortByPage(draft: SurveyDraft, errors: FormError[]): FormError[] {
  const order = new Map<string, number>();
  ['sections', 'closesDate', 'closesTime', 'dialogueId'].forEach((field, i) => order.set(field, i));
  let position = 10;
  const slotsBySection = textSlots(draft);
  for (const lang of BUILDER_LANGUAGES) {
    for (const slot of slotsBySection) order.set(`${slot.field}-${lang}`, (position += 1));
    // Non-text fields of each question right after the Swedish texts.
    if (lang === 'sv') {
      draft.sections.forEach((section, s) =>
        section.questions.forEach((_, q) => {
          for (const suffix of ['options', 'maxChoices', 'condition-optionIds']) order.set(`sections-${s}-questions-${q}-${suffix}`, (position += 1));
        }),
      );
    }
  }
  return [...errors].sort((a, b) => (order.get(a.field ?? '') ?? 1e9) - (order.get(b.field ?? '') ?? 1e9));
}

/**
 * The API's errors as the form shows them: each field path (`sections.0.questions.2.prompt.fit`,
 * with or without `input.`) beside its field, in the reader's language; CONFLICTs and other
 * errors as one message for the whole form.
 */
export function surveyServerErrors(t: Translate, draft: SurveyDraft, error: CombinedError): FormError[] {
  const known = knownFields(draft);
  const fields = serverFieldErrors(error).filter((f) => f.code === ErrorCode.BAD_USER_INPUT);
  if (fields.length > 0) {
    return fields.map((f) => {
      const field = fieldOfApiPath(f.path, known);
      const lang = languageOfField(field);
      // A text the API says is missing or wrong in one language: name the text and the language.
      const message =
        lang && known.has(field)
          ? missingOrCheck(t, draft, field, lang)
          : t('surveyBuilder:errors.check', { what: describeField(t, draft, field) });
      return { field: known.has(field) ? field : undefined, message };
    });
  }
  if (hasErrorCode(error, ErrorCode.CONFLICT)) {
    const reason = error.graphQLErrors.map((e) => e.extensions?.reason).find(Boolean);
    if (reason === 'DIALOGUE_NOT_OPEN') return [{ field: 'dialogueId', message: t('surveyBuilder:errors.dialogueNotOpen') }];
    if (reason === 'SURVEY_FROZEN' || reason === 'SURVEY_NOT_DRAFT') return [{ message: t('surveyBuilder:errors.frozen') }];
  }
  return [{ message: t(`errors:${errorMessageKey(error)}`) }];
}

function missingOrCheck(t: Translate, draft: SurveyDraft, field: string, lang: BuilderLanguage): string {
  const base = field.slice(0, -(lang.length + 1));
  const slot = textSlots(draft).find((s) => s.field === base);
  if (slot && slot.texts[lang].trim() === '') return missingTextMessage(t, draft, field);
  return t('surveyBuilder:errors.check', { what: labelOf(t, draft, base, lang) });
}
