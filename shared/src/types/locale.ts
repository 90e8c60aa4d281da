/** Languages the whole UI and all official content are available in. */
export const LOCALES = ['sv', 'fi', 'fit'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'sv';

/** Native names, shown in the language switcher in their own language. */
export const LOCALE_NAMES: Record<Locale, string> = {
  sv: 'Svenska',
  fi: 'Suomi',
  fit: 'Meänkieli',
};

/**
 * When a text is missing in the reader's language we fall back along this chain.
 * Meänkieli readers generally read Finnish more easily than Swedish.
 */
export const FALLBACK_CHAIN: Record<Locale, readonly Locale[]> = {
  sv: ['sv'],
  fi: ['fi', 'sv'],
  fit: ['fit', 'fi', 'sv'],
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
