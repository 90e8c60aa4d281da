import { SurveyQuestionType, SurveyResponseMode, surveyMissingTranslations, type Locale } from '@medskapa/shared';
import type { VariablesOf } from '../../../graphql/graphql';
import type { CreateSurveyMutation } from './surveyBuilder.graphql';

/** Every survey text is written in these languages, Swedish first. */
export const BUILDER_LANGUAGES = ['sv', 'fi', 'fit'] as const satisfies readonly Locale[];
export type BuilderLanguage = (typeof BUILDER_LANGUAGES)[number];
export type BuilderTexts = Record<BuilderLanguage, string>;

export const emptyTexts = (): BuilderTexts => ({ sv: '', fi: '', fit: '' });

/** The question types in the order the type select offers them. */
export const QUESTION_TYPES = [
  SurveyQuestionType.SINGLE_CHOICE,
  SurveyQuestionType.MULTI_CHOICE,
  SurveyQuestionType.SCALE,
  SurveyQuestionType.FREE_TEXT,
  SurveyQuestionType.RANKING,
  SurveyQuestionType.PLACE,
  SurveyQuestionType.GOAL,
] as const;

export const hasOptions = (type: SurveyQuestionType) =>
  type === SurveyQuestionType.SINGLE_CHOICE || type === SurveyQuestionType.MULTI_CHOICE || type === SurveyQuestionType.RANKING;
export const allowsOther = (type: SurveyQuestionType) => type === SurveyQuestionType.SINGLE_CHOICE || type === SurveyQuestionType.MULTI_CHOICE;
export const hasMaxChoices = (type: SurveyQuestionType) => type === SurveyQuestionType.MULTI_CHOICE || type === SurveyQuestionType.GOAL;
/** Questions a condition may point at: their answers are option ids. */
export const isChoiceType = allowsOther;

export interface OptionDraft {
  id: string;
  text: BuilderTexts;
}

export interface QuestionDraft {
  id: string;
  type: SurveyQuestionType;
  required: boolean;
  prompt: BuilderTexts;
  help: BuilderTexts;
  /** Kept while the type changes, so switching back and forth loses nothing; sent only for types that use them. */
  options: OptionDraft[];
  allowOther: boolean;
  scaleMinLabel: BuilderTexts;
  scaleMaxLabel: BuilderTexts;
  placeIds: string[];
  goalIds: string[];
  /** The number field's text ('' = no limit). */
  maxChoices: string;
  /** '' = always shown. */
  conditionQuestionId: string;
  conditionOptionIds: string[];
}

export interface SectionDraft {
  id: string;
  title: BuilderTexts;
  description: BuilderTexts;
  questions: QuestionDraft[];
}

export interface SurveyDraft {
  title: BuilderTexts;
  description: BuilderTexts;
  responseMode: SurveyResponseMode;
  collectDemographics: boolean;
  /** Swedish time, as the date and time fields hold it ('' = no closing time). */
  closesDate: string;
  closesTime: string;
  dialogueId: string;
  sections: SectionDraft[];
  machineAssisted: { fi: boolean; fit: boolean };
}

/** A UUID for a section, question or option (the API takes the builder's ids). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Only for very old browsers: a version-4 shaped id from Math.random.
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = Math.floor(Math.random() * 16);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

export const newOption = (): OptionDraft => ({ id: newId(), text: emptyTexts() });

export function newQuestion(type: SurveyQuestionType = SurveyQuestionType.SINGLE_CHOICE): QuestionDraft {
  return {
    id: newId(),
    type,
    required: false,
    prompt: emptyTexts(),
    help: emptyTexts(),
    options: hasOptions(type) ? [newOption(), newOption()] : [],
    allowOther: false,
    scaleMinLabel: emptyTexts(),
    scaleMaxLabel: emptyTexts(),
    placeIds: [],
    goalIds: [],
    maxChoices: '',
    conditionQuestionId: '',
    conditionOptionIds: [],
  };
}

export const newSection = (): SectionDraft => ({ id: newId(), title: emptyTexts(), description: emptyTexts(), questions: [] });

/** A copy with new ids for the question and its options (a condition on it stays on the original). */
export function duplicateQuestion(question: QuestionDraft): QuestionDraft {
  return {
    ...structuredClone(question),
    id: newId(),
    options: question.options.map((option) => ({ id: newId(), text: { ...option.text } })),
  };
}

export function emptySurveyDraft(dialogueId = ''): SurveyDraft {
  return {
    title: emptyTexts(),
    description: emptyTexts(),
    responseMode: SurveyResponseMode.ANONYMOUS,
    collectDemographics: false,
    closesDate: '',
    closesTime: '',
    dialogueId,
    sections: [{ ...newSection(), questions: [newQuestion()] }],
    machineAssisted: { fi: false, fit: false },
  };
}

/** Question numbers across sections (1-based), by question id. */
export function questionNumbers(sections: readonly SectionDraft[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const section of sections) for (const question of section.questions) numbers.set(question.id, numbers.size + 1);
  return numbers;
}

export const allQuestions = (sections: readonly SectionDraft[]) => sections.flatMap((section) => section.questions);

/** The earlier SINGLE/MULTI questions a question's condition may point at. */
export function conditionCandidates(sections: readonly SectionDraft[], questionId: string): QuestionDraft[] {
  const result: QuestionDraft[] = [];
  for (const question of allQuestions(sections)) {
    if (question.id === questionId) break;
    if (isChoiceType(question.type)) result.push(question);
  }
  return result;
}

/**
 * One text of the survey: its field name (the API path with dashes: `sections-0-questions-2-prompt`,
 * plus `-<lang>` for the input of one language) and whether it must exist. Optional texts (the
 * descriptions, help) count only once one language of them is written.
 */
export interface TextSlot {
  field: string;
  texts: BuilderTexts;
  required: boolean;
}

/** Every text of the survey in page order. */
export function textSlots(draft: SurveyDraft): TextSlot[] {
  const slots: TextSlot[] = [
    { field: 'title', texts: draft.title, required: true },
    { field: 'description', texts: draft.description, required: false },
  ];
  draft.sections.forEach((section, s) => {
    const sectionField = `sections-${s}`;
    slots.push({ field: `${sectionField}-title`, texts: section.title, required: true });
    slots.push({ field: `${sectionField}-description`, texts: section.description, required: false });
    section.questions.forEach((question, q) => {
      const questionField = `${sectionField}-questions-${q}`;
      slots.push({ field: `${questionField}-prompt`, texts: question.prompt, required: true });
      slots.push({ field: `${questionField}-help`, texts: question.help, required: false });
      if (hasOptions(question.type)) {
        question.options.forEach((option, o) => slots.push({ field: `${questionField}-options-${o}-text`, texts: option.text, required: true }));
      }
      if (question.type === SurveyQuestionType.SCALE) {
        slots.push({ field: `${questionField}-scaleMinLabel`, texts: question.scaleMinLabel, required: true });
        slots.push({ field: `${questionField}-scaleMaxLabel`, texts: question.scaleMaxLabel, required: true });
      }
    });
  });
  return slots;
}

const isWritten = (text: string) => text.trim() !== '';

/**
 * The field names (`…-<lang>`) of the texts missing in `lang`, in page order: the shared
 * publishing rule (surveyMissingTranslations, as publishSurvey checks), paths as field names.
 */
export function missingFields(draft: SurveyDraft, lang: BuilderLanguage): string[] {
  return surveyMissingTranslations(draft)
    .filter((path) => path.endsWith(`.${lang}`))
    .map((path) => path.replace(/\./g, '-'));
}

/** The language of a field name or API path (`…-fit`, `….fit`), if it names one. */
export function languageOfField(field: string): BuilderLanguage | undefined {
  const last = field.split(/[-.]/).pop();
  return (BUILDER_LANGUAGES as readonly string[]).includes(last ?? '') ? (last as BuilderLanguage) : undefined;
}

/**
 * The form field an API path names: `input.sections.0.questions.2.prompt.fit` →
 * `sections-0-questions-2-prompt-fit`. A path that names no input of its own (`sections.1.questions.0.options`
 * → the option list; `input.closesAt` → the date) is shortened to the nearest one the page has.
 */
export function fieldOfApiPath(path: string, known: ReadonlySet<string>): string {
  const parts = path.split('.');
  if (parts[0] === 'input' && parts.length > 1) parts.shift();
  if (parts[0] === 'closesAt') return 'closesDate';
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('-');
    if (known.has(candidate)) return candidate;
  }
  return parts.join('-');
}

/** Every field name the page can show (all languages), for fieldOfApiPath. */
export function knownFields(draft: SurveyDraft): Set<string> {
  const known = new Set<string>(['title', 'description', 'responseMode', 'collectDemographics', 'closesDate', 'closesTime', 'dialogueId', 'sections']);
  for (const slot of textSlots(draft)) for (const lang of BUILDER_LANGUAGES) known.add(`${slot.field}-${lang}`);
  draft.sections.forEach((section, s) => {
    known.add(`sections-${s}`);
    known.add(`sections-${s}-questions`);
    section.questions.forEach((_question, q) => {
      const base = `sections-${s}-questions-${q}`;
      for (const suffix of ['', '-type', '-required', '-options', '-allowOther', '-placeIds', '-goalIds', '-maxChoices', '-condition', '-condition-optionIds']) {
        known.add(`${base}${suffix}`);
      }
    });
  });
  return known;
}

type LocalizedInput = { sv: string; fi: string | null; fit: string | null };

/** A text as the API takes it; the Finnish and Meänkieli ones null until written. */
function requiredText(texts: BuilderTexts): LocalizedInput {
  return { sv: texts.sv.trim(), fi: texts.fi.trim() || null, fit: texts.fit.trim() || null };
}

/** An optional text: null when no language of it is written. */
function optionalText(texts: BuilderTexts): LocalizedInput | null {
  return BUILDER_LANGUAGES.some((lang) => isWritten(texts[lang])) ? requiredText(texts) : null;
}

/** What createSurvey and updateSurvey take. */
export type SurveyInputShape = VariablesOf<typeof CreateSurveyMutation>['input'];

/** The SurveyInput of createSurvey/updateSurvey; `closesAt` is the ISO instant of the closing fields. */
export function toSurveyInput(draft: SurveyDraft, closesAt: string | null): SurveyInputShape {
  const numbers = questionNumbers(draft.sections);
  const byId = new Map(allQuestions(draft.sections).map((question) => [question.id, question]));
  return {
    title: requiredText(draft.title),
    description: optionalText(draft.description),
    responseMode: draft.responseMode,
    collectDemographics: draft.collectDemographics,
    closesAt,
    dialogueId: draft.dialogueId || null,
    sections: draft.sections.map((section) => ({
      id: section.id,
      title: requiredText(section.title),
      description: optionalText(section.description),
      questions: section.questions.map((question) => {
        const target = question.conditionQuestionId ? byId.get(question.conditionQuestionId) : undefined;
        // Only a condition on an earlier choice question is kept, with options it still has.
        const conditionValid =
          target && isChoiceType(target.type) && (numbers.get(target.id) ?? 0) < (numbers.get(question.id) ?? 0);
        const optionIds = conditionValid ? question.conditionOptionIds.filter((id) => target.options.some((o) => o.id === id)) : [];
        const maxChoices = Number.parseInt(question.maxChoices, 10);
        return {
          id: question.id,
          type: question.type,
          required: question.required,
          prompt: requiredText(question.prompt),
          help: optionalText(question.help),
          options: hasOptions(question.type) ? question.options.map((option) => ({ id: option.id, text: requiredText(option.text) })) : [],
          allowOther: allowsOther(question.type) ? question.allowOther : false,
          scaleMinLabel: question.type === SurveyQuestionType.SCALE ? requiredText(question.scaleMinLabel) : null,
          scaleMaxLabel: question.type === SurveyQuestionType.SCALE ? requiredText(question.scaleMaxLabel) : null,
          placeIds: question.type === SurveyQuestionType.PLACE ? question.placeIds : [],
          goalIds: question.type === SurveyQuestionType.GOAL ? question.goalIds : [],
          maxChoices: hasMaxChoices(question.type) && Number.isFinite(maxChoices) ? maxChoices : null,
          condition: conditionValid && optionIds.length > 0 ? { questionId: target.id, optionIds } : null,
        };
      }),
    })),
    machineAssistedLocales: (['fi', 'fit'] as const).filter((lang) => draft.machineAssisted[lang]),
  };
}

/** A survey's texts by language, as the API lists them (`…Translations`). */
export function textsOf(translations: readonly { locale: string; text: string }[] | null | undefined): BuilderTexts {
  const texts = emptyTexts();
  for (const lang of BUILDER_LANGUAGES) texts[lang] = translations?.find((tr) => tr.locale === lang)?.text ?? '';
  return texts;
}
