import {
  createPollSchema,
  ErrorCode,
  POLL_AUDIENCE_MAX_LENGTH,
  POLL_DESCRIPTION_MAX_LENGTH,
  POLL_GOALS_MAX,
  POLL_OPTION_MAX_LENGTH,
  POLL_OPTIONS_MAX,
  POLL_OPTIONS_MIN,
  POLL_QUESTION_MAX_LENGTH,
  updatePollSchema,
} from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { errorMessageKey, hasErrorCode, retryAfterSeconds, serverFieldErrors } from '../../../graphql/errors';
import type { Translate } from '../../../i18n/translate';
import type { FormError } from '../../../ui/form/useFormErrors';
import { waitMessage } from '../../accounts/validation';

/** Polls are written in all three languages: pupils choose one on the voting page. */
export const POLL_LANGUAGES = ['sv', 'fi', 'fit'] as const;
export type PollLanguage = (typeof POLL_LANGUAGES)[number];
export type PollTexts = Record<PollLanguage, string>;

export const emptyTexts = (): PollTexts => ({ sv: '', fi: '', fit: '' });

export interface PollOptionDraft {
  /** Stable across moves, for React keys (an option has no id before it is saved). */
  key: string;
  text: PollTexts;
}

export interface PollDraft {
  /** The council that runs the poll; only sent when creating. */
  organizationId: string;
  question: PollTexts;
  description: PollTexts;
  options: PollOptionDraft[];
  /** `datetime-local` values in the reader's time zone, e.g. "2026-11-22T15:05". */
  opensAt: string;
  closesAt: string;
  audience: string;
  liveResults: boolean;
  goalIds: string[];
}

/** What createPoll/updatePoll take (without organizationId), times as ISO strings. */
export interface PollInput {
  question: PollTexts;
  description: PollTexts | null;
  options: { text: PollTexts }[];
  opensAt: string;
  closesAt: string;
  liveResults: boolean;
  audience: string | null;
  goalIds: string[];
}

/** `2026-11-22T15:05` (local) → ISO at UTC; '' when it is no date. */
export function localToIso(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as a `datetime-local` value in the reader's time zone. */
export function dateToLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Opens now, so a poll can be used at once; closes a week later at 16:00, after the school day. */
export function defaultTimes(now: Date = new Date()): { opensAt: string; closesAt: string } {
  const closes = new Date(now);
  closes.setDate(closes.getDate() + 7);
  closes.setHours(16, 0, 0, 0);
  return { opensAt: dateToLocal(now), closesAt: dateToLocal(closes) };
}

/** The form's field for a path of the input (`['options', 1, 'text', 'sv']` → `options-1-text-sv`). */
export function pollFieldOfPath(path: readonly (string | number)[]): string {
  const [head, second, third, fourth] = path;
  switch (head) {
    case 'question':
    case 'description':
      // The whole object missing (e.g. from the API) points at its first language.
      return `${head}-${typeof second === 'string' && (POLL_LANGUAGES as readonly string[]).includes(second) ? second : 'sv'}`;
    case 'options':
      if (second === undefined || Number.isNaN(Number(second))) return 'options';
      return `options-${Number(second)}-text-${typeof fourth === 'string' && third === 'text' ? fourth : 'sv'}`;
    default:
      return String(head ?? '');
  }
}

/** Every field of the form, top to bottom (the summary reads in this order). */
export function pollFieldOrder(optionCount: number): string[] {
  const texts = (name: string) => POLL_LANGUAGES.map((lang) => `${name}-${lang}`);
  return [
    'organizationId',
    ...texts('question'),
    ...texts('description'),
    'options',
    ...Array.from({ length: optionCount }, (_, i) => texts(`options-${i}-text`)).flat(),
    'opensAt',
    'closesAt',
    'audience',
    'goalIds',
  ];
}

type Problem = 'required' | 'tooLong' | 'invalid' | 'order';

/** The message for a problem with a field, in the reader's language. */
export function pollFieldMessage(t: Translate, field: string, problem: Problem): string {
  const parts = field.split('-');
  const lang = parts[parts.length - 1] as PollLanguage;
  const inLanguage = (POLL_LANGUAGES as readonly string[]).includes(lang) ? t(`polls:languages.${lang}`) : '';
  const kind = problem === 'order' ? 'invalid' : problem;
  if (parts[0] === 'question') return t(`polls:validation.question.${kind}`, { inLanguage, max: POLL_QUESTION_MAX_LENGTH });
  if (parts[0] === 'description') return t(`polls:validation.description.${kind}`, { inLanguage, max: POLL_DESCRIPTION_MAX_LENGTH });
  if (parts[0] === 'options' && parts.length > 1) {
    return t(`polls:validation.option.${kind}`, { inLanguage, number: Number(parts[1]) + 1, max: POLL_OPTION_MAX_LENGTH });
  }
  switch (field) {
    case 'organizationId':
      return t('polls:validation.organizationId');
    case 'options':
      return t('polls:validation.options', { min: POLL_OPTIONS_MIN, max: POLL_OPTIONS_MAX });
    case 'opensAt':
      return t('polls:validation.opensAt');
    case 'closesAt':
      if (problem === 'order') return t('polls:validation.closesAt.order');
      return problem === 'required' ? t('polls:validation.closesAt.required') : t('polls:validation.closesAt.invalid');
    case 'audience':
      return t('polls:validation.audience', { max: POLL_AUDIENCE_MAX_LENGTH });
    case 'goalIds':
      return problem === 'tooLong' ? t('polls:validation.goalIds.tooMany', { max: POLL_GOALS_MAX }) : t('polls:validation.goalIds.invalid');
    default:
      return t('accounts:validation.other.invalid');
  }
}

/** The draft as the API's input: description only when any language has one, audience only when given. */
export function draftToInput(draft: PollDraft): PollInput {
  const hasDescription = POLL_LANGUAGES.some((lang) => draft.description[lang].trim() !== '');
  return {
    question: draft.question,
    description: hasDescription ? draft.description : null,
    options: draft.options.map((option) => ({ text: option.text })),
    opensAt: localToIso(draft.opensAt),
    closesAt: localToIso(draft.closesAt),
    liveResults: draft.liveResults,
    audience: draft.audience.trim() ? draft.audience : null,
    goalIds: draft.goalIds,
  };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

function ordered(byField: Map<string, string>, optionCount: number): FormError[] {
  const order = pollFieldOrder(optionCount);
  const known = order.filter((f) => byField.has(f)).map((field) => ({ field, message: byField.get(field)! }));
  const rest = [...byField].filter(([f]) => !order.includes(f)).map(([, message]) => ({ message }));
  return [...known, ...rest];
}

/**
 * Checks the draft with the shared schema the API runs (createPollSchema, or updatePollSchema
 * when editing): one message per field, in the form's order. The input sent is trimmed by the
 * API, so the draft's own strings go out as typed.
 */
export function validatePoll(
  t: Translate,
  draft: PollDraft,
  mode: 'create' | 'update',
): { ok: true; input: PollInput } | { ok: false; errors: FormError[] } {
  const input = draftToInput(draft);
  const result =
    mode === 'create' ? createPollSchema.safeParse({ ...input, organizationId: draft.organizationId }) : updatePollSchema.safeParse(input);
  if (result.success) return { ok: true, input };
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = issue.path as (string | number)[];
    const field = pollFieldOfPath(path);
    if (byField.has(field)) continue;
    const value = valueAt({ ...input, organizationId: draft.organizationId }, path);
    const problem: Problem =
      issue.code === 'custom' && field === 'closesAt'
        ? 'order'
        : (typeof value === 'string' && value.trim() === '') || value === undefined
          ? 'required'
          : issue.code === 'too_big'
            ? 'tooLong'
            : 'invalid';
    byField.set(field, pollFieldMessage(t, field, problem));
  }
  return { ok: false, errors: ordered(byField, draft.options.length) };
}

/** True when the API refused a change because the poll has opened (CONFLICT, reason POLL_ALREADY_OPEN). */
export function isAlreadyOpen(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === ErrorCode.CONFLICT && e.extensions?.reason === 'POLL_ALREADY_OPEN');
}

/**
 * A refused createPoll/updatePoll as form errors in the reader's language: each
 * `extensions.fields` path (`input.options.1.text.sv`) beside its field; the rest at the top.
 */
export function pollServerErrors(t: Translate, error: CombinedError, optionCount: number): FormError[] {
  const byField = new Map<string, string>();
  for (const fieldError of serverFieldErrors(error)) {
    const parts = fieldError.path.split('.');
    const path = parts[0] === 'input' ? parts.slice(1) : parts;
    const field = pollFieldOfPath(path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    if (!field || byField.has(field)) continue;
    byField.set(field, pollFieldMessage(t, field, 'invalid'));
  }
  if (byField.size > 0) return ordered(byField, optionCount);
  if (isAlreadyOpen(error)) return [{ message: t('polls:validation.alreadyOpen') }];
  if (hasErrorCode(error, ErrorCode.FORBIDDEN)) return [{ message: t('polls:validation.forbidden') }];
  const key = errorMessageKey(error);
  if (key === ErrorCode.RATE_LIMITED) return [{ message: waitMessage(t, retryAfterSeconds(error)) }];
  return [{ message: t(`errors:${key}`) }];
}
