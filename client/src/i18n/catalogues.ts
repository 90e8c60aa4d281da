import type { Namespace } from '@medskapa/shared';

/** A catalogue: nested objects of UI strings. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/**
 * Every catalogue in shared/src/i18n/locales/<lang>/<namespace>.json, each its own lazily
 * loaded chunk: a reader downloads only the languages they use.
 */
const loaders = import.meta.glob<Catalogue>('../../../shared/src/i18n/locales/*/*.json', { import: 'default' });

const pathOf = (language: string, namespace: string) =>
  `../../../shared/src/i18n/locales/${language}/${namespace}.json`;

export function hasCatalogue(language: string, namespace: string): boolean {
  return pathOf(language, namespace) in loaders;
}

/** Loads one catalogue; rejects for a language or namespace we do not have. */
export function loadCatalogue(language: string, namespace: Namespace | string): Promise<Catalogue> {
  const load = loaders[pathOf(language, namespace)];
  if (!load) return Promise.reject(new Error(`No catalogue ${language}/${namespace}`));
  return load();
}

/** The (language, namespace) pairs that exist, for tests. */
export function availableCatalogues(): { language: string; namespace: string }[] {
  return Object.keys(loaders).map((path) => {
    const [language, file] = path.split('/').slice(-2);
    return { language, namespace: file.replace(/\.json$/, '') };
  });
}
