import { DEFAULT_LOCALE, FALLBACK_CHAIN, LOCALE_NAMES, LOCALES, type Locale } from '@medskapa/shared';

export { DEFAULT_LOCALE, LOCALES, type Locale };

/** The languages of the switcher, each with its native name. */
export const LANGUAGES: readonly { code: Locale; name: string }[] = LOCALES.map((code) => ({
  code,
  name: LOCALE_NAMES[code],
}));

/** i18next's fallbackLng: fit → fi → sv, fi → sv, everything else → sv. */
export const FALLBACK_LANGUAGES: Record<string, string[]> = {
  ...Object.fromEntries(LOCALES.map((locale) => [locale, FALLBACK_CHAIN[locale].slice(1)])),
  default: [DEFAULT_LOCALE],
};

/**
 * The locale Intl should use. Intl knows no Meänkieli: asking for `fit` silently gives the
 * runtime's default locale (often en-US, "1,051"). Finnish has the same number formatting and
 * plural categories (one: exactly 1, other: everything else).
 */
export function intlLocale(language: string): string {
  return language === 'fit' ? 'fi' : language;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number for the reader: "1 051" in sv, fi and fit. */
export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  const locale = intlLocale(language);
  const key = `${locale}:${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time for the reader: "3 maj 2026 10:15" (Finnish conventions for Meänkieli). */
export function formatDateTime(iso: string, language: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const locale = intlLocale(language);
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
