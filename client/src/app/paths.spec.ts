import { describe, expect, it } from 'vitest';
import { paths, safeReturnTo } from './paths';

describe('safeReturnTo', () => {
  it('keeps paths of this site', () => {
    expect(safeReturnTo('/kalix/places')).toBe('/kalix/places');
    expect(safeReturnTo('/invitations/accept?token=abc')).toBe('/invitations/accept?token=abc');
  });

  it('refuses other sites and odd values, which would make the sign-in an open redirect', () => {
    for (const value of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', null, undefined, '/\nx']) {
      expect(safeReturnTo(value), String(value)).toBe('/');
    }
  });

  it('never returns to the sign-in pages themselves', () => {
    expect(safeReturnTo('/login?returnTo=%2Fprofile')).toBe('/');
    expect(safeReturnTo('/register')).toBe('/');
  });

  it('builds the login address with returnTo only when it is useful', () => {
    expect(paths.login('/profile')).toBe('/login?returnTo=%2Fprofile');
    expect(paths.login('/')).toBe('/login');
    expect(paths.login()).toBe('/login');
  });
});
