import { COMMENT_BODY_MAX_LENGTH, COMMENT_BODY_MIN_LENGTH, commentBodySchema, ErrorCode, type PersonalDataKind } from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { errorMessageKey, fieldOfPath, retryAfterSeconds, serverFieldErrors } from '../../../graphql/errors';
import { formatDateTime, intlLocale } from '../../../i18n/languages';
import type { Translate } from '../../../i18n/translate';
import type { FormError } from '../../../ui/form/useFormErrors';
import { waitMessage } from '../../accounts/validation';
import { personalDataOf } from '../validation';

/** The body checked with the shared schema (the API runs the same one): one message, or none. */
export function validateCommentBody(t: Translate, body: string): FormError[] {
  const result = commentBodySchema.safeParse(body);
  if (result.success) return [];
  if (body.trim() === '') return [{ field: 'body', message: t('ideas:comments.validation.required') }];
  const tooLong = result.error.issues.some((issue) => issue.code === 'too_big');
  return [
    {
      field: 'body',
      message: tooLong
        ? t('ideas:comments.validation.tooLong', { max: COMMENT_BODY_MAX_LENGTH })
        : t('ideas:comments.validation.tooShort', { min: COMMENT_BODY_MIN_LENGTH }),
    },
  ];
}

function kindsInWords(t: Translate, kinds: readonly PersonalDataKind[], language: string): string {
  const words = kinds.map((kind) => t(`ideas:personalData.kinds.${kind}`));
  try {
    return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(words);
  } catch {
    return words.join(', ');
  }
}

function extension(error: CombinedError, name: string): unknown {
  for (const graphQLError of error.graphQLErrors) {
    const value = graphQLError.extensions?.[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * A refused comment as form errors in the reader's language: personal data by kind, a body the
 * API found too short or long, a posting block with the date it ends, a closed edit window, a
 * rate limit, else the error code's own text.
 */
export function commentServerErrors(t: Translate, error: CombinedError, language: string): FormError[] {
  const personal = personalDataOf(error).find((entry) => entry.field === 'body');
  if (personal) {
    return [{ field: 'body', message: t('ideas:comments.validation.personalData', { what: kindsInWords(t, personal.kinds, language) }) }];
  }
  const bodyError = serverFieldErrors(error).find((f) => fieldOfPath(f.path) === 'body');
  if (bodyError) {
    const tooLong = /too[ _]big|<=|at most/i.test(bodyError.message);
    return [
      {
        field: 'body',
        message: tooLong
          ? t('ideas:comments.validation.tooLong', { max: COMMENT_BODY_MAX_LENGTH })
          : t('ideas:comments.validation.tooShort', { min: COMMENT_BODY_MIN_LENGTH }),
      },
    ];
  }
  const key = errorMessageKey(error);
  if (key === ErrorCode.FORBIDDEN) {
    const reason = extension(error, 'reason');
    if (reason === 'POSTING_BLOCKED') {
      const until = extension(error, 'until');
      return [
        {
          message:
            typeof until === 'string'
              ? t('ideas:comments.validation.blocked', { date: formatDateTime(until, language, { dateStyle: 'long', timeStyle: 'short' }) })
              : t('ideas:comments.validation.blockedNoDate'),
        },
      ];
    }
    if (reason === 'EDIT_WINDOW_CLOSED') return [{ message: t('ideas:comments.validation.editClosed') }];
  }
  if (key === ErrorCode.NOT_FOUND) return [{ message: t('ideas:comments.validation.notFound') }];
  if (key === ErrorCode.RATE_LIMITED) return [{ message: waitMessage(t, retryAfterSeconds(error)) }];
  return [{ message: t(`errors:${key}`) }];
}
