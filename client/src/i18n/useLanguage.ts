import { NAMESPACES, DEFAULT_LOCALE, isLocale, type Locale } from '@medskapa/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { writeLangCookie } from './detect';

export interface LanguageControl {
  /** The UI language (sv, fi or fit). */
  language: Locale;
  /** Remembers an explicit choice (cookie) and switches the UI; GraphQL data follows. */
  chooseLanguage(language: Locale): Promise<void>;
}

export function useLanguage(): LanguageControl {
  const { i18n } = useTranslation(NAMESPACES);
  const current = i18n.resolvedLanguage ?? i18n.language;
  const language = isLocale(current) ? current : DEFAULT_LOCALE;
  const chooseLanguage = useCallback(
    async (next: Locale) => {
      // The cookie first: the refetch that the language change triggers must carry it.
      writeLangCookie(next);
      await i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, chooseLanguage };
}
