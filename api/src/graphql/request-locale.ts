import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@medskapa/shared';
import type { Request } from 'express';

export const LANG_COOKIE = 'lang';

/**
 * The reader's language: an explicit choice in the `lang` cookie wins, then the best match of
 * Accept-Language ("fi-FI" counts as fi), then Swedish.
 */
export function requestLocale(req: Request): Locale {
  const fromCookie = (req.cookies as Record<string, unknown> | undefined)?.[LANG_COOKIE];
  if (isLocale(fromCookie)) return fromCookie;
  if (req.headers['accept-language']) {
    const accepted = req.acceptsLanguages([...LOCALES]);
    if (isLocale(accepted)) return accepted;
  }
  return DEFAULT_LOCALE;
}
