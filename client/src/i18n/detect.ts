import { DEFAULT_LOCALE, isLocale, type Locale } from '@medskapa/shared';

/** The cookie holding an explicit language choice; the API reads the same cookie. */
export const LANG_COOKIE = 'lang';
/** One year, in seconds. */
export const LANG_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The language stored in a `document.cookie` string, if it is one of ours. */
export function readLangCookie(cookies: string): Locale | undefined {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== LANG_COOKIE) continue;
    let value = rest.join('=');
    try {
      value = decodeURIComponent(value);
    } catch {
      // a malformed value is simply not a language
    }
    if (isLocale(value)) return value;
  }
  return undefined;
}

/** The first browser language we support: "fi-FI" counts as fi, "fit" as Meänkieli. */
export function matchBrowserLanguage(languages: readonly string[]): Locale | undefined {
  for (const tag of languages) {
    const normalized = tag.trim().toLowerCase().replace(/_/g, '-');
    if (isLocale(normalized)) return normalized;
    const primary = normalized.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

export interface LanguageSources {
  /** `document.cookie` */
  cookies: string;
  /** `navigator.languages`, most preferred first */
  browserLanguages: readonly string[];
}

/** An explicit choice (cookie) wins, then the browser's languages, then Swedish. */
export function detectLanguage({ cookies, browserLanguages }: LanguageSources): Locale {
  return readLangCookie(cookies) ?? matchBrowserLanguage(browserLanguages) ?? DEFAULT_LOCALE;
}

/** Reads the sources from the running browser. */
export function browserLanguageSources(): LanguageSources {
  const browserLanguages =
    navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language].filter(Boolean);
  return { cookies: document.cookie, browserLanguages };
}

/** Remembers an explicit choice for a year, for this client and for the API. */
export function writeLangCookie(locale: Locale): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LANG_COOKIE}=${locale}; path=/; max-age=${LANG_COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
}
