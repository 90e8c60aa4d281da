import type { Locale } from '@medskapa/shared';
import { Client, cacheExchange, fetchExchange } from 'urql';

export const GRAPHQL_URL = '/graphql';

export interface GraphQLClientOptions {
  url?: string;
  /** For tests. */
  fetch?: typeof fetch;
}

/**
 * One client per UI language. The API answers in the language of the `lang` cookie (written
 * when the reader chooses one) or else of Accept-Language, which we set explicitly so that a
 * detected language and the API's answer always agree. A new client means a new cache, so
 * switching language refetches every query on screen in the new language.
 *
 * Queries go as POST with a JSON body: Apollo Server's CSRF protection refuses simple GET
 * requests, and POST keeps long queries out of URLs and logs.
 */
export function createGraphQLClient(locale: Locale, options: GraphQLClientOptions = {}): Client {
  return new Client({
    url: options.url ?? GRAPHQL_URL,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetch: options.fetch,
    fetchOptions: {
      credentials: 'same-origin',
      headers: { 'Accept-Language': locale },
    },
  });
}
