import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './app-process';

type Catalogue = Record<string, unknown>;

/** A UI string as the reader sees it, read from the same catalogues the client ships. */
export function uiText(locale: string, key: string): string {
  const [namespace, path] = key.split(':') as [string, string];
  const catalogue = JSON.parse(
    readFileSync(join(REPO_ROOT, 'shared/src/i18n/locales', locale, `${namespace}.json`), 'utf8'),
  ) as Catalogue;
  const value = path.split('.').reduce<unknown>((node, part) => (node as Catalogue | undefined)?.[part], catalogue);
  if (typeof value !== 'string') throw new Error(`No string ${key} in ${locale}`);
  return value;
}

/** Asks the running API, in `locale`, for what the page should show. */
export async function apiData<T>(baseUrl: string, locale: string, query: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `lang=${locale}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
