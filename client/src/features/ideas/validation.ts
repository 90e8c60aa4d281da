import {
  ErrorCode,
  IDEA_BODY_MAX_LENGTH,
  IDEA_BODY_MIN_LENGTH,
  IDEA_GOALS_MAX,
  IDEA_PLACES_MAX,
  IDEA_TITLE_MAX_LENGTH,
  IDEA_TITLE_MIN_LENGTH,
  submitIdeaSchema,
  type PersonalDataKind,
  type SubmitIdeaInput,
} from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { errorMessageKey, fieldOfPath, retryAfterSeconds, serverFieldErrors } from '../../graphql/errors';
import { intlLocale } from '../../i18n/languages';
import type { Translate } from '../../i18n/translate';
import type { FormError } from '../../ui/form/useFormErrors';
import { waitMessage } from '../accounts/validation';

/** The form's fields, in the order they appear (the error summary reads top to bottom). */
export const IDEA_FIELDS = ['title', 'body', 'locale', 'otherLocale', 'goalIds', 'placeIds'] as const;
export type IdeaField = (typeof IDEA_FIELDS)[number];

export type IdeaProblem = 'required' | 'tooShort' | 'tooLong' | 'invalid';

/** The message for a problem with a field, in the reader's language. */
export function ideaFieldMessage(t: Translate, field: string, problem: IdeaProblem): string {
  switch (field) {
    case 'title':
      if (problem === 'required') return t('ideas:validation.title.required');
      if (problem === 'tooLong') return t('ideas:validation.title.tooLong', { max: IDEA_TITLE_MAX_LENGTH });
      return t('ideas:validation.title.tooShort', { min: IDEA_TITLE_MIN_LENGTH });
    case 'body':
      if (problem === 'required') return t('ideas:validation.body.required');
      if (problem === 'tooLong') return t('ideas:validation.body.tooLong', { max: IDEA_BODY_MAX_LENGTH });
      return t('ideas:validation.body.tooShort', { min: IDEA_BODY_MIN_LENGTH });
    case 'locale':
      return t('ideas:validation.locale.required');
    case 'otherLocale':
      return t('ideas:validation.otherLocale.invalid');
    case 'goalIds':
      if (problem === 'tooLong') return t('ideas:validation.goalIds.tooMany', { max: IDEA_GOALS_MAX });
      if (problem === 'invalid') return t('ideas:validation.goalIds.invalid');
      return t('ideas:validation.goalIds.required');
    case 'placeIds':
      if (problem === 'tooLong') return t('ideas:validation.placeIds.tooMany', { max: IDEA_PLACES_MAX });
      return t('ideas:validation.placeIds.invalid');
    default:
      return t('accounts:validation.other.invalid');
  }
}

function problemOf(code: string, value: unknown): IdeaProblem {
  if (typeof value === 'string' && value.trim() === '') return 'required';
  if (Array.isArray(value) && value.length === 0) return 'required';
  if (code === 'too_small') return 'tooShort';
  if (code === 'too_big') return 'tooLong';
  return 'invalid';
}

export interface IdeaDraft {
  municipalitySlug: string;
  title: string;
  body: string;
  /** sv, fi, fit, 'other' or ''. */
  localeChoice: string;
  otherLocale: string;
  goalIds: string[];
  placeIds: string[];
}

/** The locale the draft says it is written in: the choice, or the typed ISO code for "other". */
export function draftLocale(draft: IdeaDraft): string {
  return draft.localeChoice === 'other' ? draft.otherLocale.trim().toLowerCase() : draft.localeChoice;
}

/**
 * Checks the draft with the shared `submitIdeaSchema` (the API runs the same one): one message
 * per field, in the form's order. A bad locale is reported on the ISO code field when the reader
 * chose "other", else on the language select.
 */
export function validateIdea(t: Translate, draft: IdeaDraft): { ok: true; data: SubmitIdeaInput } | { ok: false; errors: FormError[] } {
  const values = {
    municipalitySlug: draft.municipalitySlug,
    title: draft.title,
    body: draft.body,
    locale: draftLocale(draft),
    goalIds: draft.goalIds,
    placeIds: draft.placeIds,
  };
  const result = submitIdeaSchema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    let field = String(issue.path[0] ?? '');
    if (field === 'locale' && draft.localeChoice === 'other') field = 'otherLocale';
    if (byField.has(field)) continue;
    const value = field === 'otherLocale' ? draft.otherLocale : (values as Record<string, unknown>)[field];
    byField.set(field, ideaFieldMessage(t, field, problemOf(issue.code, value)));
  }
  const ordered: FormError[] = IDEA_FIELDS.filter((f) => byField.has(f)).map((field) => ({ field, message: byField.get(field)! }));
  const rest = [...byField].filter(([f]) => !(IDEA_FIELDS as readonly string[]).includes(f)).map(([, message]) => ({ message }));
  return { ok: false, errors: [...ordered, ...rest] };
}

/** `extensions.personalData` of a refused idea: which field holds which kinds (never the data). */
export function personalDataOf(error: CombinedError | undefined): { field: string; kinds: PersonalDataKind[] }[] {
  const found: { field: string; kinds: PersonalDataKind[] }[] = [];
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const list = graphQLError.extensions?.personalData;
    if (!Array.isArray(list)) continue;
    for (const entry of list as { path?: unknown; kinds?: unknown }[]) {
      if (typeof entry?.path !== 'string' || !Array.isArray(entry.kinds)) continue;
      const kinds = entry.kinds.filter((k): k is PersonalDataKind =>
        k === 'PERSONAL_IDENTITY_NUMBER' || k === 'PHONE_NUMBER' || k === 'EMAIL_ADDRESS',
      );
      if (kinds.length) found.push({ field: fieldOfPath(entry.path), kinds });
    }
  }
  return found;
}

/** "ett personnummer och ett telefonnummer", joined by the reader's language's rules. */
function kindsInWords(t: Translate, kinds: readonly PersonalDataKind[], language: string): string {
  const words = kinds.map((kind) => t(`ideas:personalData.kinds.${kind}`));
  try {
    return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(words);
  } catch {
    return words.join(', ');
  }
}

/**
 * A refused submission as form errors, in the reader's language: personal data named by field
 * and kind; each `extensions.fields` entry beside its field; a duplicate (CONFLICT), a rate limit
 * and anything else explained at the top.
 */
export function ideaServerErrors(t: Translate, error: CombinedError, language: string, localeChoice: string): FormError[] {
  const out: FormError[] = [];
  const add = (field: string | undefined, message: string) => {
    if (field && (IDEA_FIELDS as readonly string[]).includes(field)) {
      if (!out.some((e) => e.field === field)) out.push({ field, message });
    } else {
      out.push({ message });
    }
  };
  for (const { field, kinds } of personalDataOf(error)) {
    const fieldName = field === 'title' ? t('ideas:personalData.inTitle') : t('ideas:personalData.inBody');
    add(field, t('ideas:personalData.message', { where: fieldName, what: kindsInWords(t, kinds, language) }));
  }
  for (const fieldError of serverFieldErrors(error)) {
    let field = fieldOfPath(fieldError.path);
    if (field === 'locale' && localeChoice === 'other') field = 'otherLocale';
    if (out.some((e) => e.field === field)) continue;
    add(field, ideaFieldMessage(t, field, 'invalid'));
  }
  if (out.length > 0) return IDEA_FIELDS.flatMap((f) => out.filter((e) => e.field === f)).concat(out.filter((e) => !e.field));
  const key = errorMessageKey(error);
  if (key === ErrorCode.CONFLICT) return [{ message: t('ideas:validation.duplicate') }];
  if (key === ErrorCode.RATE_LIMITED) return [{ message: waitMessage(t, retryAfterSeconds(error)) }];
  if (key === ErrorCode.FORBIDDEN) return [{ message: t('ideas:validation.forbidden') }];
  return [{ message: t(`errors:${key}`) }];
}
