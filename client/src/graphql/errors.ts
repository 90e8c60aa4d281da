import { ErrorCode, ERROR_CODES } from '@medskapa/shared';
import type { CombinedError } from 'urql';

const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** The key in the `errors` namespace that explains an error: an ErrorCode, or `network`. */
export type ErrorMessageKey = ErrorCode | 'network';

/** The first error code of a failed operation, as a key of the `errors` catalogue. */
export function errorMessageKey(error: CombinedError): ErrorMessageKey {
  if (error.networkError && error.graphQLErrors.length === 0) return 'network';
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) return code as ErrorCode;
  }
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * True when the thing a route names (a municipality slug, an area code) does not exist:
 * NOT_FOUND, or BAD_USER_INPUT for a malformed slug or code in the address.
 */
export function isNotFound(error: CombinedError | undefined): boolean {
  if (!error) return false;
  return error.graphQLErrors.some((e) => {
    const code = e.extensions?.code;
    return code === ErrorCode.NOT_FOUND || code === ErrorCode.BAD_USER_INPUT;
  });
}
