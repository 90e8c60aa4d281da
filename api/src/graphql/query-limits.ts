import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError } from 'graphql';

/** Marks a rejection by the query limits so the error formatter reports QUERY_TOO_COMPLEX. */
export const LIMIT_MARKER = 'medskapaQueryLimit';

/** Reports the rejection as one validation error that carries the marker (Apollo keeps extensions). */
const reportRejection: GraphQLArmorRejectCallback = (context, error) => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { [LIMIT_MARKER]: true } }),
  );
};

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 5_000,
  maxDirectives: 50,
} as const;

/** Depth, cost, alias, token and directive limits, and no batched HTTP requests. */
export function queryLimits(isProduction: boolean) {
  const onReject = [reportRejection];
  const reject = { onReject, propagateOnRejection: false, exposeLimits: true };
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...reject },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ...reject },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...reject },
    // Tokens are limited by the parser itself (parseOptions), so malformed queries still get a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...reject },
    // Field suggestions ("did you mean …") help developers but map the schema for attackers.
    blockFieldSuggestion: { enabled: isProduction },
  }).protect();
}
