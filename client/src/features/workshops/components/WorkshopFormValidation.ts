import {
  createWorkshopSchema,
  ErrorCode,
  updateWorkshopSchema,
  WORKSHOP_DESCRIPTION_MAX_LENGTH,
  WORKSHOP_GOALS_MAX,
  WORKSHOP_SIGNUP_LIMIT_MAX,
  WORKSHOP_TITLE_MAX_LENGTH,
  WORKSHOP_TITLE_MIN_LENGTH,
  WORKSHOP_VENUE_MAX_LENGTH,
  WORKSHOP_VENUE_MIN_LENGTH,
  type Locale,
} from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { errorMessageKey, hasErrorCode, retryAfterSeconds, serverFieldErrors } from '../../../graphql/errors';
import type { Translate } from '../../../i18n/translate';
import type { FormError } from '../../../ui/form/useFormErrors';
import { waitMessage } from '../../accounts/validation';
import { stockholmToIso, WORKSHOP_LANGUAGES } from './WorkshopDetailsFormat';

export interface WorkshopTexts {
  title: string;
  description: string;
}

export interface WorkshopDraft {
  /** Only sent when creating. */
  organizationId: string;
  originalLocale: Locale;
  title: string;
  description: string;
  /** Texts in the other languages (the original language's entry is ignored). */
  translations: Record<Locale, WorkshopTexts>;
  /** "2026-12-01", "18:00", "20:00" in Swedish time. */
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  placeId: string;
  goalIds: string[];
  signupEnabled: boolean;
  /** As typed; empty means no limit. */
  signupLimit: string;
}

export interface WorkshopFormInput {
  title: string;
  description: string | null;
  originalLocale: string;
  translations: { locale: string; title: string; description: string | null }[];
  startsAt: string;
  endsAt: string;
  venue: string;
  placeId: string | null;
  goalIds: string[];
  signupEnabled: boolean;
  signupLimit: number | null;
}

export const emptyTranslations = (): Record<Locale, WorkshopTexts> => ({
  sv: { title: '', description: '' },
  fi: { title: '', description: '' },
  fit: { title: '', description: '' },
});

/** The languages a translation may be given in: all but the original. */
export function otherLanguages(original: Locale): Locale[] {
  return WORKSHOP_LANGUAGES.filter((lang) => lang !== original);
}

/** The translations to send, in the order of the form: those with a title or description. */
export function translationLocales(draft: WorkshopDraft): Locale[] {
  return otherLanguages(draft.originalLocale).filter(
    (lang) => draft.translations[lang].title.trim() !== '' || draft.translations[lang].description.trim() !== '',
  );
}

export function draftToInput(draft: WorkshopDraft): WorkshopFormInput {
  const limit = draft.signupLimit.trim();
  return {
    title: draft.title,
    description: draft.description.trim() ? draft.description : null,
    originalLocale: draft.originalLocale,
    translations: translationLocales(draft).map((locale) => ({
      locale,
      title: draft.translations[locale].title,
      description: draft.translations[locale].description.trim() ? draft.translations[locale].description : null,
    })),
    startsAt: stockholmToIso(draft.date, draft.startTime),
    endsAt: stockholmToIso(draft.date, draft.endTime),
    venue: draft.venue,
    placeId: draft.placeId || null,
    goalIds: draft.goalIds,
    signupEnabled: draft.signupEnabled,
    signupLimit: draft.signupEnabled && limit ? Number(limit) : null,
  };
}

/** Every field of the form, top to bottom (the summary reads in this order). */
export function workshopFieldOrder(): string[] {
  return [
    'organizationId',
    'originalLocale',
    'title',
    'description',
    ...WORKSHOP_LANGUAGES.flatMap((lang) => [`translation-${lang}-title`, `translation-${lang}-description`]),
    'date',
    'startTime',
    'endTime',
    'venue',
    'placeId',
    'goalIds',
    'signupEnabled',
    'signupLimit',
  ];
}

/** The form's field for a path of the input; `locales` are the translations as sent. */
export function workshopFieldOfPath(path: readonly (string | number)[], draft: WorkshopDraft, locales: readonly Locale[]): string {
  const [head, second, third] = path;
  switch (head) {
    case 'translations': {
      const locale = typeof second === 'number' || /^\d+$/.test(String(second)) ? locales[Number(second)] : undefined;
      if (!locale) return 'title';
      return `translation-${locale}-${third === 'description' ? 'description' : 'title'}`;
    }
    case 'startsAt':
      return draft.date ? 'startTime' : 'date';
    case 'endsAt':
      return draft.date ? 'endTime' : 'date';
    default:
      return String(head ?? '');
  }
}

type Problem = 'required' | 'invalid' | 'order' | 'tooLong';

export function workshopFieldMessage(t: Translate, field: string, problem: Problem): string {
  const title = { min: WORKSHOP_TITLE_MIN_LENGTH, max: WORKSHOP_TITLE_MAX_LENGTH };
  const translation = /^translation-(sv|fi|fit)-(title|description)$/.exec(field);
  if (translation) {
    const inLanguage = t(`workshops:languages.in.${translation[1] as Locale}`);
    return translation[2] === 'title'
      ? t('workshops:validation.translationTitle', { ...title, inLanguage })
      : t('workshops:validation.description', { max: WORKSHOP_DESCRIPTION_MAX_LENGTH });
  }
  switch (field) {
    case 'organizationId':
      return t('workshops:validation.organizationId');
    case 'originalLocale':
      return t('workshops:validation.originalLocale');
    case 'title':
      return problem === 'required' ? t('workshops:validation.title.required') : t('workshops:validation.title.invalid', title);
    case 'description':
      return t('workshops:validation.description', { max: WORKSHOP_DESCRIPTION_MAX_LENGTH });
    case 'date':
      return problem === 'required' ? t('workshops:validation.date.required') : t('workshops:validation.date.invalid');
    case 'startTime':
      return t('workshops:validation.startTime');
    case 'endTime':
      if (problem === 'order') return t('workshops:validation.endTime.order');
      if (problem === 'tooLong') return t('workshops:validation.endTime.tooLong');
      return t('workshops:validation.endTime.required');
    case 'venue':
      return problem === 'required'
        ? t('workshops:validation.venue.required')
        : t('workshops:validation.venue.invalid', { min: WORKSHOP_VENUE_MIN_LENGTH, max: WORKSHOP_VENUE_MAX_LENGTH });
    case 'placeId':
      return t('workshops:validation.placeId');
    case 'goalIds':
      return t('workshops:validation.goalIds', { max: WORKSHOP_GOALS_MAX });
    case 'signupLimit':
      return t('workshops:validation.signupLimit', { max: WORKSHOP_SIGNUP_LIMIT_MAX });
    default:
      return t('workshops:validation.other');
  }
}

function ordered(byField: Map<string, string>): FormError[] {
  const order = workshopFieldOrder();
  const known = order.filter((f) => byField.has(f)).map((field) => ({ field, message: byField.get(field)! }));
  const rest = [...byField].filter(([f]) => !order.includes(f)).map(([, message]) => ({ message }));
  return [...known, ...rest];
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

/**
 * Checks the draft with the shared schema the API runs (createWorkshopSchema, or
 * updateWorkshopSchema when editing): one message per field, in the form's order.
 */
export function validateWorkshop(
  t: Translate,
  draft: WorkshopDraft,
  mode: 'create' | 'update',
): { ok: true; input: WorkshopFormInput } | { ok: false; errors: FormError[] } {
  const input = draftToInput(draft);
  const locales = translationLocales(draft);
  const byField = new Map<string, string>();
  // Empty date and time fields first: the schema only sees the composed instants.
  if (!draft.date) byField.set('date', workshopFieldMessage(t, 'date', 'required'));
  else if (!input.startsAt) byField.set('date', workshopFieldMessage(t, 'date', 'invalid'));
  if (!draft.startTime) byField.set('startTime', workshopFieldMessage(t, 'startTime', 'required'));
  if (!draft.endTime) byField.set('endTime', workshopFieldMessage(t, 'endTime', 'required'));
  const full = { ...input, organizationId: draft.organizationId };
  const result = mode === 'create' ? createWorkshopSchema.safeParse(full) : updateWorkshopSchema.safeParse(input);
  if (result.success && byField.size === 0) return { ok: true, input };
  for (const issue of result.success ? [] : result.error.issues) {
    const path = issue.path as (string | number)[];
    const field = workshopFieldOfPath(path, draft, locales);
    if (byField.has(field) || (field === 'startTime' && byField.has('date')) || (field === 'endTime' && byField.has('date'))) continue;
    const value = valueAt(full, path);
    let problem: Problem = (typeof value === 'string' && value.trim() === '') || value === undefined ? 'required' : 'invalid';
    if (issue.code === 'custom' && field === 'endTime') problem = /24/.test(issue.message) ? 'tooLong' : 'order';
    byField.set(field, workshopFieldMessage(t, field, problem));
  }
  return { ok: false, errors: ordered(byField) };
}

/** True when the API refused a change because the workshop is cancelled. */
export function isWorkshopCancelled(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === ErrorCode.CONFLICT && e.extensions?.reason === 'WORKSHOP_CANCELLED');
}

/**
 * A refused createWorkshop/updateWorkshop as form errors: each `extensions.fields` path
 * (`input.translations.0.title`) beside its field; the rest at the top.
 */
export function workshopServerErrors(t: Translate, error: CombinedError, draft: WorkshopDraft): FormError[] {
  const locales = translationLocales(draft);
  const byField = new Map<string, string>();
  for (const fieldError of serverFieldErrors(error)) {
    const parts = fieldError.path.split('.');
    const path = parts[0] === 'input' ? parts.slice(1) : parts;
    const field = workshopFieldOfPath(
      path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      draft,
      locales,
    );
    if (!field || byField.has(field)) continue;
    byField.set(field, workshopFieldMessage(t, field, 'invalid'));
  }
  if (byField.size > 0) return ordered(byField);
  if (isWorkshopCancelled(error)) return [{ message: t('workshops:form.cancelled') }];
  if (hasErrorCode(error, ErrorCode.FORBIDDEN)) return [{ message: t('workshops:form.forbidden') }];
  const key = errorMessageKey(error);
  if (key === ErrorCode.RATE_LIMITED) return [{ message: waitMessage(t, retryAfterSeconds(error)) }];
  return [{ message: t(`errors:${key}`) }];
}
