import { ERROR_CODES, LOCALES, NAMESPACES } from '@medskapa/shared';
import { describe, expect, it } from 'vitest';
import { availableCatalogues, hasCatalogue, loadCatalogue, type Catalogue } from './catalogues';

/** "a.b.c" → text, for every string in a catalogue. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, String(value)); // a number or null is a mistake; parity and emptiness checks name it
  }
  return out;
}

async function flatCatalogue(language: string, namespace: string): Promise<Map<string, string>> {
  return flatten(await loadCatalogue(language, namespace));
}

/** The interpolation variables of a text: "{{count, number}} orter" → ["count"]. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((m) => m[1]).sort();
}

const REFERENCE = 'sv';

describe('UI string catalogues', () => {
  it('has a file for every language and namespace, and no stray ones', () => {
    for (const language of LOCALES) {
      for (const namespace of NAMESPACES) {
        expect(hasCatalogue(language, namespace), `missing ${language}/${namespace}.json`).toBe(true);
      }
    }
    const known = new Set<string>(NAMESPACES);
    const languages = new Set<string>(LOCALES);
    const stray = availableCatalogues().filter((c) => !known.has(c.namespace) || !languages.has(c.language));
    expect(stray, 'catalogue files for a namespace or language that NAMESPACES/LOCALES do not list').toEqual([]);
  });

  describe.each(NAMESPACES.map((namespace) => [namespace]))('namespace %s', (namespace) => {
    it.each(LOCALES.filter((l) => l !== REFERENCE).map((language) => [language]))(
      'has exactly the keys of sv in %s',
      async (language) => {
        const reference = await flatCatalogue(REFERENCE, namespace);
        const other = await flatCatalogue(language, namespace);
        const missing = [...reference.keys()].filter((key) => !other.has(key)).map((k) => `${language}: ${namespace}:${k}`);
        const extra = [...other.keys()].filter((key) => !reference.has(key)).map((k) => `${language}: ${namespace}:${k}`);
        expect(missing, `keys missing in ${language}/${namespace}.json`).toEqual([]);
        expect(extra, `keys in ${language}/${namespace}.json that sv does not have`).toEqual([]);
      },
    );

    it.each(LOCALES.map((language) => [language]))('has no empty texts in %s', async (language) => {
      const catalogue = await flatCatalogue(language, namespace);
      const empty = [...catalogue].filter(([, text]) => text.trim() === '').map(([key]) => `${language}: ${namespace}:${key}`);
      expect(empty, `empty texts in ${language}/${namespace}.json`).toEqual([]);
    });

    it.each(LOCALES.filter((l) => l !== REFERENCE).map((language) => [language]))(
      'uses the same interpolation variables as sv in %s',
      async (language) => {
        const reference = await flatCatalogue(REFERENCE, namespace);
        const other = await flatCatalogue(language, namespace);
        const differing = [...reference]
          .filter(([key]) => other.has(key))
          .filter(([key, text]) => placeholders(text).join() !== placeholders(other.get(key)!).join())
          .map(([key]) => `${language}: ${namespace}:${key}`);
        expect(differing, `placeholders differ from sv in ${language}/${namespace}.json`).toEqual([]);
      },
    );
  });

  it('explains every ErrorCode and network failures in every language', async () => {
    for (const language of LOCALES) {
      const errors = await flatCatalogue(language, 'errors');
      const missing = [...ERROR_CODES, 'network'].filter((code) => !errors.has(code));
      expect(missing, `errors:<code> missing in ${language}`).toEqual([]);
    }
  });

  it('writes Meänkieli rather than copying Finnish sentences', async () => {
    const copied: string[] = [];
    for (const namespace of NAMESPACES) {
      const fi = await flatCatalogue('fi', namespace);
      const fit = await flatCatalogue('fit', namespace);
      for (const [key, text] of fit) {
        const words = text.replace(/{{[^}]*}}/g, '').trim().split(/\s+/).filter(Boolean);
        if (words.length >= 3 && fi.get(key) === text) copied.push(`fit: ${namespace}:${key}`);
      }
    }
    expect(copied, 'fit sentences identical to fi').toEqual([]);
  });
});
