import type { Locale } from '@medskapa/shared';
import type { DocumentNode } from 'graphql';
import { CombinedError, type Client, type GraphQLRequest } from 'urql';
import { concat, fromValue, never } from 'wonka';

/** What a stubbed operation answers: data, or GraphQL errors with their `extensions.code`. */
export interface StubResult {
  data?: unknown;
  errorCodes?: string[];
  networkError?: boolean;
}

export type StubResolver = (
  operationName: string,
  variables: Record<string, unknown>,
  language: Locale,
) => StubResult | undefined;

function operationName(document: DocumentNode): string {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return '';
}

/**
 * A urql client whose executeQuery answers synchronously from `resolve` (urql's Provider with a
 * `fromValue` stub). `executed` records every operation with the client's language.
 */
export function createStubClient(language: Locale, resolve: StubResolver, executed: string[] = []): Client {
  const client = {
    executeQuery(request: GraphQLRequest) {
      const name = operationName(request.query);
      executed.push(`${language}:${name}`);
      const answer = resolve(name, (request.variables ?? {}) as Record<string, unknown>, language) ?? {};
      const error =
        answer.errorCodes || answer.networkError
          ? new CombinedError({
              networkError: answer.networkError ? new Error('offline') : undefined,
              graphQLErrors: (answer.errorCodes ?? []).map((code) => ({ message: code, extensions: { code } })),
            })
          : undefined;
      // Like a real client the stream stays open after the result (urql clears `error` on end).
      const result = fromValue({
        operation: { key: request.key, query: request.query, variables: request.variables, kind: 'query', context: {} },
        data: answer.data ?? (error ? undefined : null),
        error,
        stale: false,
        hasNext: false,
      });
      return concat([result, never]);
    },
  };
  return client as unknown as Client;
}
