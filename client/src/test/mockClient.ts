import type { Locale } from '@medskapa/shared';
import type { DocumentNode } from 'graphql';
import { CombinedError, createRequest, type Client, type GraphQLRequest, type OperationResult } from 'urql';
import { concat, fromValue, never, pipe, take, toPromise } from 'wonka';

/** A GraphQL error as the API sends it: `extensions.code` and any other extensions. */
export interface StubError {
  code: string;
  message?: string;
  /** `extensions.fields` of BAD_USER_INPUT and CONFLICT. */
  fields?: { path: string; message: string }[];
  /** `extensions.retryAfter` of RATE_LIMITED, in seconds. */
  retryAfter?: number;
  /** Any other extension, e.g. `reason: 'LAST_LEADER'`. */
  [extension: string]: unknown;
}

/** What a stubbed operation answers: data, or GraphQL errors with their `extensions.code`. */
export interface StubResult {
  data?: unknown;
  errorCodes?: string[];
  errors?: StubError[];
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

function errorOf(answer: StubResult): CombinedError | undefined {
  const errors: StubError[] = [...(answer.errorCodes ?? []).map((code) => ({ code })), ...(answer.errors ?? [])];
  if (errors.length === 0 && !answer.networkError) return undefined;
  return new CombinedError({
    networkError: answer.networkError ? new Error('offline') : undefined,
    graphQLErrors: errors.map(({ code, message, ...extensions }) => ({
      message: message ?? code,
      extensions: { code, ...extensions },
    })),
  });
}

/**
 * A urql client whose operations answer synchronously from `resolve` (urql's Provider with a
 * `fromValue` stub). `executed` records every operation with the client's language.
 */
export function createStubClient(language: Locale, resolve: StubResolver, executed: string[] = []): Client {
  const answer = (request: GraphQLRequest, kind: 'query' | 'mutation') => {
    const name = operationName(request.query);
    executed.push(`${language}:${name}`);
    const result = resolve(name, (request.variables ?? {}) as Record<string, unknown>, language) ?? {};
    const error = errorOf(result);
    return {
      operation: { key: request.key, query: request.query, variables: request.variables, kind, context: {} },
      data: result.data ?? (error ? undefined : null),
      error,
      stale: false,
      hasNext: false,
    } as unknown as OperationResult;
  };
  const client = {
    executeQuery(request: GraphQLRequest) {
      // Like a real client the stream stays open after the result (urql clears `error` on end).
      return concat([fromValue(answer(request, 'query')), never]);
    },
    executeMutation(request: GraphQLRequest) {
      return fromValue(answer(request, 'mutation'));
    },
    query(query: DocumentNode, variables?: Record<string, unknown>) {
      const source = fromValue(answer(createRequest(query, variables ?? {}), 'query'));
      return { toPromise: () => pipe(source, take(1), toPromise) };
    },
    mutation(query: DocumentNode, variables?: Record<string, unknown>) {
      const source = fromValue(answer(createRequest(query, variables ?? {}), 'mutation'));
      return { toPromise: () => pipe(source, take(1), toPromise) };
    },
  };
  return client as unknown as Client;
}
