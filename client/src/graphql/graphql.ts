import type {
  AssuranceLevel,
  Locale,
  MembershipRole,
  OrganizationKind,
  OrganizationReviewDecision,
  OrganizationStatus,
  PlaceKind,
  Role,
  StrategyStatus,
  TranslationStatus,
} from '@medskapa/shared';
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env';

/**
 * The typed `graphql` document function. Result and variable types are inferred from
 * api/schema.graphql through the generated introspection (`npm run graphql-env -w @medskapa/client`).
 * Enums map to the shared TypeScript enums, so client code compares against the same values
 * the server uses.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    AssuranceLevel: AssuranceLevel;
    DateTime: string;
    JSONObject: Record<string, unknown>;
    Locale: Locale;
    MembershipRole: MembershipRole;
    OrganizationKind: OrganizationKind;
    OrganizationReviewDecision: OrganizationReviewDecision;
    OrganizationStatus: OrganizationStatus;
    PlaceKind: PlaceKind;
    Role: Role;
    StrategyStatus: StrategyStatus;
    TranslationStatus: TranslationStatus;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
