import { DEFAULT_NAMESPACE, LOCALES, NAMESPACES, type Locale, type Namespace } from '@medskapa/shared';
import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { loadCatalogue } from './catalogues';
import { FALLBACK_LANGUAGES, formatNumber, intlLocale } from './languages';

/**
 * i18next's plural resolver asks `Intl.PluralRules` for the language. Intl knows no `fit` and
 * silently answers with the runtime's default locale, so Meänkieli plurals would depend on the
 * reader's machine. Meänkieli counts like Finnish (one: exactly 1; other: 0, 2, 5 …).
 */
function applyFinnishPluralRulesToMeankieli(instance: I18n): void {
  const resolver = instance.services.pluralResolver as unknown as {
    getRule(code: string, options?: unknown): Intl.PluralRules | undefined;
  };
  const getRule = resolver.getRule.bind(resolver);
  resolver.getRule = (code, options) => getRule(intlLocale(code), options);
}

/** `{{count, number}}` in catalogues formats with the reader's locale (Finnish rules for fit). */
function installNumberFormatter(instance: I18n): void {
  instance.services.formatter?.add('number', (value, language, options) =>
    formatNumber(Number(value), language ?? 'sv', options as Intl.NumberFormatOptions | undefined),
  );
}

/** Keeps `<html lang>` on the current language so screen readers pronounce the page right. */
function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * A ready i18next instance for `language`, with every namespace of that language and of its
 * fallbacks (fit → fi → sv) loaded, so the first render already has its texts. A page of its own
 * (the voting page) passes just the namespaces it uses, so it downloads only those catalogues.
 */
export async function createI18n(language: Locale, namespaces: readonly Namespace[] = NAMESPACES): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(resourcesToBackend(loadCatalogue)).use(initReactI18next);
  instance.on('languageChanged', syncDocumentLanguage);
  await instance.init({
    lng: language,
    supportedLngs: [...LOCALES],
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    fallbackLng: FALLBACK_LANGUAGES,
    ns: [...namespaces],
    defaultNS: namespaces.includes(DEFAULT_NAMESPACE) ? DEFAULT_NAMESPACE : namespaces[0],
    fallbackNS: false,
    interpolation: { escapeValue: false }, // React escapes
    returnEmptyString: false,
    react: { useSuspense: false, bindI18n: 'languageChanged loaded' },
  });
  applyFinnishPluralRulesToMeankieli(instance);
  installNumberFormatter(instance);
  syncDocumentLanguage(instance.language);
  return instance;
}
