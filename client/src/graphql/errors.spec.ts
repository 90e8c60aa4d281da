import { ErrorCode } from '@medskapa/shared';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorMessageKey, isNotFound } from './errors';

const withCodes = (...codes: string[]) =>
  new CombinedError({ graphQLErrors: codes.map((code) => ({ message: code, extensions: { code } })) });

describe('GraphQL errors', () => {
  it('explains an error by its extensions.code', () => {
    expect(errorMessageKey(withCodes('RATE_LIMITED'))).toBe(ErrorCode.RATE_LIMITED);
  });

  it('calls an unreachable server a network error', () => {
    expect(errorMessageKey(new CombinedError({ networkError: new Error('offline') }))).toBe('network');
  });

  it('never shows an unknown code: it becomes INTERNAL_SERVER_ERROR', () => {
    expect(errorMessageKey(withCodes('SOMETHING_NEW'))).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(errorMessageKey(new CombinedError({ graphQLErrors: [{ message: 'x' }] }))).toBe(
      ErrorCode.INTERNAL_SERVER_ERROR,
    );
  });

  it('treats NOT_FOUND and a malformed slug or code as not found', () => {
    expect(isNotFound(withCodes('NOT_FOUND'))).toBe(true);
    expect(isNotFound(withCodes('BAD_USER_INPUT'))).toBe(true);
    expect(isNotFound(withCodes('INTERNAL_SERVER_ERROR'))).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
  });
});

describe('field errors and waits', () => {
  it('reads extensions.fields with the code of their error, and names the field below `input`', async () => {
    const { serverFieldErrors, fieldOfPath, retryAfterSeconds } = await import('./errors');
    const error = new CombinedError({
      graphQLErrors: [
        { message: 'x', extensions: { code: 'CONFLICT', fields: [{ path: 'input.email', message: 'taken' }] } },
        { message: 'y', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'password', message: 'common' }, { nonsense: true }] } },
      ],
    });
    expect(serverFieldErrors(error)).toEqual([
      { path: 'input.email', message: 'taken', code: 'CONFLICT' },
      { path: 'password', message: 'common', code: 'BAD_USER_INPUT' },
    ]);
    expect(['input.email', 'password', 'input.homePlaceId', 'token'].map(fieldOfPath)).toEqual(['email', 'password', 'homePlaceId', 'token']);
    expect(retryAfterSeconds(new CombinedError({ graphQLErrors: [{ message: 'r', extensions: { code: 'RATE_LIMITED', retryAfter: 12.2 } }] }))).toBe(13);
    expect(retryAfterSeconds(withCodes('RATE_LIMITED'))).toBeUndefined();
  });
});
