import {
  DECISION_BODY_MAX_LENGTH,
  DECISION_BODY_MIN_LENGTH,
  ErrorCode,
  ideaResponseSchema,
  LOCALES,
  RESPONSE_BODY_MAX_LENGTH,
  RESPONSE_BODY_MIN_LENGTH,
  RESPONSE_STATUSES,
  type Locale,
} from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { errorMessageKey, retryAfterSeconds, serverFieldErrors } from '../../../graphql/errors';
import type { Translate } from '../../../i18n/translate';
import type { FormError } from '../../../ui/form/useFormErrors';
import { waitMessage } from '../../accounts/validation';

export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** What the officer has typed; empty strings are "not given". */
export interface AnswerDraft {
  status: ResponseStatus | '';
  bodyLocale: Locale;
  body: string;
  /** The answer in the other languages (an empty text is left out). */
  translations: Partial<Record<Locale, string>>;
  decision: { body: string; meetingDate: string; paragraph: string; diaryNumber: string; url: string };
}

export const EMPTY_DECISION: AnswerDraft['decision'] = { body: '', meetingDate: '', paragraph: '', diaryNumber: '', url: '' };

export function emptyAnswer(bodyLocale: Locale = 'sv'): AnswerDraft {
  return { status: '', bodyLocale, body: '', translations: {}, decision: { ...EMPTY_DECISION } };
}

/** The form's field names, in the order they appear (the error summary reads top to bottom). */
export const ANSWER_FIELDS = [
  'status',
  'bodyLocale',
  'body',
  'translation-sv',
  'translation-fi',
  'translation-fit',
  'decisionBody',
  'meetingDate',
  'paragraph',
  'diaryNumber',
  'url',
] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

const DECISION_FIELDS: Record<string, AnswerField> = {
  body: 'decisionBody',
  meetingDate: 'meetingDate',
  paragraph: 'paragraph',
  diaryNumber: 'diaryNumber',
  url: 'url',
};

/** The languages other than the answer's, in sv, fi, fit order. */
export function otherLocales(bodyLocale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== bodyLocale);
}

function hasDecision(draft: AnswerDraft): boolean {
  return Object.values(draft.decision).some((v) => v.trim() !== '');
}

/** The draft as the API's IdeaResponseInput (before validation). */
export function toInputValues(draft: AnswerDraft) {
  const translations = otherLocales(draft.bodyLocale)
    .filter((locale) => (draft.translations[locale] ?? '').trim() !== '')
    .map((locale) => ({ locale, body: draft.translations[locale]! }));
  return {
    status: draft.status,
    body: draft.body,
    bodyLocale: draft.bodyLocale,
    translations,
    decision: hasDecision(draft)
      ? {
          body: draft.decision.body,
          meetingDate: draft.decision.meetingDate,
          paragraph: draft.decision.paragraph,
          diaryNumber: draft.decision.diaryNumber,
          url: draft.decision.url,
        }
      : null,
  };
}

type Problem = 'required' | 'tooShort' | 'tooLong' | 'invalid';

/** The message for a problem with a field, in the reader's language. */
export function answerFieldMessage(t: Translate, field: AnswerField | string, problem: Problem): string {
  if (field === 'status') return t('moderation:answer.validation.status');
  if (field === 'bodyLocale') return t('moderation:answer.validation.bodyLocale');
  if (field === 'body' || field.startsWith('translation-')) {
    if (problem === 'required') return t('moderation:answer.validation.body.required');
    if (problem === 'tooLong') return t('moderation:answer.validation.body.tooLong', { max: RESPONSE_BODY_MAX_LENGTH });
    return t('moderation:answer.validation.body.tooShort', { min: RESPONSE_BODY_MIN_LENGTH });
  }
  switch (field) {
    case 'decisionBody':
      if (problem === 'required') return t('moderation:answer.validation.decisionBody.required');
      return t('moderation:answer.validation.decisionBody.length', { min: DECISION_BODY_MIN_LENGTH, max: DECISION_BODY_MAX_LENGTH });
    case 'meetingDate':
      return problem === 'required' ? t('moderation:answer.validation.meetingDate.required') : t('moderation:answer.validation.meetingDate.invalid');
    case 'paragraph':
      return problem === 'required' ? t('moderation:answer.validation.paragraph.required') : t('moderation:answer.validation.paragraph.invalid');
    case 'diaryNumber':
      return problem === 'required' ? t('moderation:answer.validation.diaryNumber.required') : t('moderation:answer.validation.diaryNumber.invalid');
    case 'url':
      return t('moderation:answer.validation.url');
    default:
      return t('accounts:validation.other.invalid');
  }
}

function problemOf(code: string, value: unknown): Problem {
  if (value === undefined || value === null) return 'required';
  if (typeof value === 'string' && value.trim() === '') return 'required';
  if (code === 'too_small') return 'tooShort';
  if (code === 'too_big') return 'tooLong';
  return 'invalid';
}

/** The form field a path of the input names: ['decision','diaryNumber'] → diaryNumber. */
export function answerFieldOfPath(path: readonly (string | number)[], sentTranslations: readonly { locale: Locale }[]): AnswerField | undefined {
  const [head, second, third] = path;
  if (head === 'status' || head === 'body' || head === 'bodyLocale') return head;
  if (head === 'decision') return typeof second === 'string' ? DECISION_FIELDS[second] ?? 'decisionBody' : 'decisionBody';
  if (head === 'translations') {
    const locale = typeof second === 'number' ? sentTranslations[second]?.locale : undefined;
    if (locale && (third === undefined || third === 'body' || third === 'locale')) return `translation-${locale}`;
  }
  return undefined;
}

function ordered(byField: Map<string, string>, rest: string[]): FormError[] {
  return [
    ...ANSWER_FIELDS.filter((f) => byField.has(f)).map((field) => ({ field, message: byField.get(field)! })),
    ...rest.map((message) => ({ message })),
  ];
}

export type ValidAnswer = ReturnType<typeof ideaResponseSchema.parse>;

/** Checks the draft with the shared `ideaResponseSchema` (the API runs the same one). */
export function validateAnswer(t: Translate, draft: AnswerDraft): { ok: true; data: ValidAnswer } | { ok: false; errors: FormError[] } {
  const values = toInputValues(draft);
  const result = ideaResponseSchema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const byField = new Map<string, string>();
  const rest: string[] = [];
  for (const issue of result.error.issues) {
    const field = answerFieldOfPath(issue.path as (string | number)[], values.translations);
    if (!field) {
      rest.push(issue.message);
      continue;
    }
    if (byField.has(field)) continue;
    const value = valueOf(draft, field);
    byField.set(field, answerFieldMessage(t, field, problemOf(issue.code, value)));
  }
  return { ok: false, errors: ordered(byField, rest) };
}

function valueOf(draft: AnswerDraft, field: AnswerField): string {
  if (field === 'status') return draft.status;
  if (field === 'body') return draft.body;
  if (field === 'bodyLocale') return draft.bodyLocale;
  if (field.startsWith('translation-')) return draft.translations[field.slice('translation-'.length) as Locale] ?? '';
  if (field === 'decisionBody') return draft.decision.body;
  return draft.decision[field as Exclude<keyof AnswerDraft['decision'], 'body'>];
}

/** The API's answer to the data the form validated, as an IdeaResponseInput. */
export function toResponseInput(data: ValidAnswer) {
  return {
    status: data.status,
    body: data.body,
    bodyLocale: data.bodyLocale,
    translations: data.translations,
    decision: data.decision,
  };
}

/**
 * A refused answer as form errors: each `extensions.fields` entry (`input.decision.diaryNumber`,
 * `input.translations.0.body`) beside its field, anything else at the top.
 */
export function answerServerErrors(t: Translate, error: CombinedError, sentTranslations: readonly { locale: Locale }[], bulk = false): FormError[] {
  const byField = new Map<string, string>();
  const rest: string[] = [];
  for (const fieldError of serverFieldErrors(error)) {
    const parts = fieldError.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const path = parts[0] === 'input' ? parts.slice(1) : parts;
    const field = answerFieldOfPath(path, sentTranslations);
    if (!field) {
      if (parts[0] === 'ideaIds' || parts[0] === 'ideaId') rest.push(t('moderation:answer.errors.ideas'));
      else rest.push(t('moderation:answer.errors.other'));
      continue;
    }
    if (!byField.has(field)) byField.set(field, answerFieldMessage(t, field, 'invalid'));
  }
  if (byField.size > 0 || rest.length > 0) return ordered(byField, [...new Set(rest)]);
  const key = errorMessageKey(error);
  if (key === ErrorCode.FORBIDDEN) return [{ message: bulk ? t('moderation:answer.errors.ideas') : t('moderation:answer.errors.forbidden') }];
  if (key === ErrorCode.NOT_FOUND) return [{ message: bulk ? t('moderation:answer.errors.ideas') : t('moderation:answer.errors.notFound') }];
  if (key === ErrorCode.RATE_LIMITED) return [{ message: waitMessage(t, retryAfterSeconds(error)) }];
  return [{ message: t(`errors:${key}`) }];
}
