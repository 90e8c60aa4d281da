import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { ERROR_CODES, ErrorCode } from '@medskapa/shared';
import type { GraphQLFormattedError } from 'graphql';
import { LIMIT_MARKER } from './query-limits';

const logger = new Logger('GraphQL');
/** Apollo's protocol-level codes (bad HTTP request, batching off …): client mistakes, passed on as they are. */
const APOLLO_PROTOCOL_CODES = ['BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED'];
const KNOWN_CODES = new Set<string>([...ERROR_CODES, ...APOLLO_PROTOCOL_CODES]);

/**
 * Passes on errors with a known code (ours, and Apollo's parse/validation errors) and hides
 * everything else behind INTERNAL_SERVER_ERROR, so no database message or stack trace leaks.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.[LIMIT_MARKER]) {
    return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error(unwrapResolverError(error));
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
