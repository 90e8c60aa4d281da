import { describe, expect, it } from 'vitest';
import { detectLanguage, matchBrowserLanguage, readLangCookie } from './detect';

describe('language detection', () => {
  it('prefers an explicit choice in the lang cookie', () => {
    expect(detectLanguage({ cookies: 'session=abc; lang=fit', browserLanguages: ['fi-FI', 'sv-SE'] })).toBe('fit');
    expect(detectLanguage({ cookies: 'lang=sv', browserLanguages: ['fi-FI'] })).toBe('sv');
  });

  it('then the browser languages, in order, by primary subtag', () => {
    expect(detectLanguage({ cookies: '', browserLanguages: ['fi-FI', 'sv-SE'] })).toBe('fi');
    expect(detectLanguage({ cookies: '', browserLanguages: ['en-GB', 'sv-FI', 'fi'] })).toBe('sv');
    expect(detectLanguage({ cookies: '', browserLanguages: ['fit-SE'] })).toBe('fit');
    expect(matchBrowserLanguage(['FI_fi'])).toBe('fi');
  });

  it('then Swedish', () => {
    expect(detectLanguage({ cookies: '', browserLanguages: ['en-US', 'de'] })).toBe('sv');
    expect(detectLanguage({ cookies: '', browserLanguages: [] })).toBe('sv');
  });

  it('ignores a cookie that is not one of our languages', () => {
    expect(readLangCookie('lang=en')).toBeUndefined();
    expect(readLangCookie('language=fi; xlang=fi')).toBeUndefined();
    expect(detectLanguage({ cookies: 'lang=de', browserLanguages: ['fi-FI'] })).toBe('fi');
  });
});
