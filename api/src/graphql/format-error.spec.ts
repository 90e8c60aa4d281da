import { ErrorCode } from '@medskapa/shared';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Logger } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { formatError } from './format-error';
import { LIMIT_MARKER } from './query-limits';

Logger.overrideLogger(false);

describe('formatError', () => {
  it('passes domain errors on with their code and details, without a stack trace', () => {
    const error = DomainError.badInput([{ path: 'slug', message: 'Invalid' }]);
    const formatted = formatError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } }, error);
    expect(formatted.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: [{ path: 'slug', message: 'Invalid' }] });
  });

  it('hides errors without a known code behind INTERNAL_SERVER_ERROR, dropping the original message', () => {
    const error = new Error('duplicate key value violates unique constraint "uq_place_municipality_id_name"');
    const formatted = formatError({ message: error.message, path: ['places'], extensions: { code: 'SOMETHING' } }, error);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['places'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('reports rejections by the query limits as QUERY_TOO_COMPLEX', () => {
    const error = new GraphQLError('Query depth limit of 12 exceeded, found 14.');
    const formatted = formatError(
      { message: 'Syntax Error: Query depth limit of 12 exceeded, found 14.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', [LIMIT_MARKER]: true } },
      error,
    );
    expect(formatted).toEqual({ message: 'Query depth limit of 12 exceeded, found 14.', extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });
  });
});
