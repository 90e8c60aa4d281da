import { isLocale, LOCALE_NAMES } from '@medskapa/shared';
import { intlLocale } from '../../../i18n/languages';

/**
 * The name of the language an idea is written in, in the reader's language: Svenska, Suomi and
 * Meänkieli by their own names (as the language switcher shows them); other ISO codes through
 * Intl.DisplayNames, else the code itself.
 */
export function languageName(code: string, readerLanguage: string): string {
  if (isLocale(code)) return LOCALE_NAMES[code];
  try {
    const names = new Intl.DisplayNames([intlLocale(readerLanguage)], { type: 'language' });
    const name = names.of(code);
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase() + name.slice(1);
  } catch {
    // An unknown code: show it as it is.
  }
  return code;
}
