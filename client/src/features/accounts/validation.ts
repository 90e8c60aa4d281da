import {
  birthYearSchema,
  DISPLAY_NAME_MAX_LENGTH,
  ErrorCode,
  MINIMUM_AGE,
  ORGANIZATION_DESCRIPTION_MAX_LENGTH,
  ORGANIZATION_NAME_MAX_LENGTH,
  ORGANIZATION_NAME_MIN_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  REVIEW_REASON_MAX_LENGTH,
} from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { errorMessageKey, fieldOfPath, retryAfterSeconds, serverFieldErrors } from '../../graphql/errors';
import type { Translate } from '../../i18n/translate';
import type { FormError } from '../../ui/form/useFormErrors';

/** What went wrong with a field, whoever noticed (zod here or the API). */
export type Problem = 'required' | 'invalid' | 'tooShort' | 'tooLong' | 'taken' | 'rejected';

/** The earliest and latest birth year an account may give (from the shared schema's rule). */
export function birthYearRange(now: Date = new Date()): { min: number; max: number } {
  const year = now.getUTCFullYear();
  return { min: year - 120, max: year - MINIMUM_AGE };
}

/** The message for a problem with a field, in the reader's language. */
export function fieldMessage(t: Translate, field: string, problem: Problem): string {
  switch (field) {
    case 'email':
      if (problem === 'required') return t('accounts:validation.email.required');
      if (problem === 'taken') return t('accounts:validation.email.taken');
      return t('accounts:validation.email.invalid');
    case 'password':
    case 'newPassword':
      if (problem === 'required') return t('accounts:validation.password.required');
      if (problem === 'tooShort') return t('accounts:validation.password.tooShort', { min: PASSWORD_MIN_LENGTH });
      if (problem === 'tooLong') return t('accounts:validation.password.tooLong', { max: PASSWORD_MAX_LENGTH });
      // The client checks the length first; what the API still refuses is a common password.
      return t('accounts:validation.password.tooCommon');
    case 'currentPassword':
      if (problem === 'required') return t('accounts:validation.currentPassword.required');
      return t('accounts:validation.currentPassword.wrong');
    case 'displayName':
      if (problem === 'required' || problem === 'tooShort') return t('accounts:validation.displayName.required');
      if (problem === 'tooLong') return t('accounts:validation.displayName.tooLong', { max: DISPLAY_NAME_MAX_LENGTH });
      return t('accounts:validation.displayName.invalid');
    case 'birthYear':
      return t('accounts:validation.birthYear.invalid', birthYearRange());
    case 'homePlaceId':
      return t('accounts:validation.homePlace.invalid');
    case 'municipalitySlug':
      return t('accounts:validation.municipality.invalid');
    case 'locale':
      return t('accounts:validation.locale.invalid');
    case 'token':
      return t('accounts:validation.token.invalid');
    case 'name':
      if (problem === 'taken') return t('organizations:validation.name.taken');
      if (problem === 'required' || problem === 'tooShort') {
        return t('organizations:validation.name.tooShort', { min: ORGANIZATION_NAME_MIN_LENGTH });
      }
      if (problem === 'tooLong') return t('organizations:validation.name.tooLong', { max: ORGANIZATION_NAME_MAX_LENGTH });
      return t('organizations:validation.name.invalid');
    case 'kind':
      return t('organizations:validation.kind.required');
    case 'contactEmail':
      return t('organizations:validation.contactEmail.invalid');
    case 'description':
      return t('organizations:validation.description.tooLong', { max: ORGANIZATION_DESCRIPTION_MAX_LENGTH });
    case 'reason':
      if (problem === 'tooLong') return t('organizations:validation.reason.tooLong', { max: REVIEW_REASON_MAX_LENGTH });
      return t('organizations:validation.reason.required');
    case 'role':
      return t('organizations:validation.role.required');
    default:
      return t('accounts:validation.other.invalid');
  }
}

/** The part of a zod issue we read (the client needs no zod import of its own). */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
}

/** A shared zod schema, structurally. */
export interface Schema<Out> {
  safeParse(value: unknown): { success: true; data: Out } | { success: false; error: { issues: readonly Issue[] } };
}

/** zod's issue → our problem: empty strings count as missing. */
function problemOfIssue(issue: Issue, value: unknown): Problem {
  if (typeof value === 'string' && value.trim() === '') return 'required';
  if (value === undefined || value === null) return 'required';
  if (issue.code === 'too_small') return 'tooShort';
  if (issue.code === 'too_big') return 'tooLong';
  return 'invalid';
}

/**
 * Checks `values` with a shared zod schema; one message per field (the first issue), in the
 * order of `fields` (the form's order), so the summary reads top to bottom.
 */
export function validate<Out>(
  t: Translate,
  schema: Schema<Out>,
  values: Record<string, unknown>,
  fields: readonly string[],
): { ok: true; data: Out } | { ok: false; errors: FormError[] } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (byField.has(field)) continue;
    byField.set(field, fieldMessage(t, field, problemOfIssue(issue, values[field])));
  }
  const ordered = fields.filter((f) => byField.has(f)).map((field) => ({ field, message: byField.get(field)! }));
  const rest = [...byField].filter(([f]) => !fields.includes(f)).map(([, message]) => ({ message }));
  return { ok: false, errors: [...ordered, ...rest] };
}

/** A birth year typed as text: '' → null, '1980' → 1980, anything else NaN (zod then refuses it). */
export function parseBirthYear(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** True when the typed birth year is acceptable (empty or in range), by the shared rule. */
export function birthYearIsValid(text: string): boolean {
  const year = parseBirthYear(text);
  return year === null || birthYearSchema().safeParse(year).success;
}

/** Wait time after RATE_LIMITED, in words: "30 sekunder", "2 minuter". */
export function waitMessage(t: Translate, seconds: number | undefined): string {
  if (seconds === undefined) return t('errors:RATE_LIMITED');
  if (seconds <= 90) return t('accounts:rateLimited.seconds', { count: seconds });
  return t('accounts:rateLimited.minutes', { count: Math.ceil(seconds / 60) });
}

/**
 * A failed account mutation as form errors: `extensions.fields` beside their fields (when the
 * form has them), RATE_LIMITED with the wait, anything else explained by its code.
 */
export function serverErrors(
  t: Translate,
  error: CombinedError,
  fields: readonly string[],
  /** A message of the form's own for a field and problem, e.g. "already a member" for an invitation. */
  messageFor?: (field: string, problem: Problem) => string | undefined,
): FormError[] {
  const out: FormError[] = [];
  for (const fieldError of serverFieldErrors(error)) {
    const field = fieldOfPath(fieldError.path);
    const problem: Problem = fieldError.code === ErrorCode.CONFLICT ? 'taken' : 'rejected';
    const message = messageFor?.(field, problem) ?? fieldMessage(t, field, problem);
    if (fields.includes(field)) {
      if (!out.some((e) => e.field === field)) out.push({ field, message });
    } else {
      out.push({ message });
    }
  }
  if (out.length > 0) return out;
  const key = errorMessageKey(error);
  if (key === ErrorCode.RATE_LIMITED) return [{ message: waitMessage(t, retryAfterSeconds(error)) }];
  return [{ message: t(`errors:${key}`) }];
}

/** A shared rule for one value (e.g. passwordSchema), as a form schema over `{ [field]: value }`. */
export function fieldSchema<F extends string, Out>(
  field: F,
  schema: Schema<Out>,
): Schema<Record<F, Out>> {
  return {
    safeParse(values) {
      const result = schema.safeParse((values as Record<string, unknown>)[field]);
      if (result.success) return { success: true, data: { [field]: result.data } as Record<F, Out> };
      return {
        success: false,
        error: { issues: result.error.issues.map((issue) => ({ code: issue.code, path: [field, ...issue.path] })) },
      };
    },
  };
}
