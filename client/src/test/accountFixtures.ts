import { Role, type Locale } from '@medskapa/shared';
import { kalix } from './fixtures';
import type { StubResolver, StubResult } from './mockClient';

const TAXONOMY = new Set(['Municipalities', 'MunicipalityHeader', 'MunicipalityStart', 'PlacesPage', 'AreaPage']);

const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' };

/** A `me` as the Viewer query returns it. */
export function viewer(overrides: { displayName?: string; locale?: Locale; roles?: Role[]; emailVerified?: boolean } = {}) {
  const roles = overrides.roles ?? [];
  return {
    __typename: 'User',
    id: 'u-anna',
    displayName: overrides.displayName ?? 'Anna Niemi',
    email: 'anna@example.se',
    emailVerified: overrides.emailVerified ?? true,
    locale: overrides.locale ?? 'sv',
    birthYear: 1980,
    homePlace: { __typename: 'Place', id: '0b9f0d5e-7a3c-4a52-9d1e-2f9b8c7a6d01', name: 'Töre' },
    municipality: KALIX,
    roles: [Role.RESIDENT, ...roles],
    roleAssignments: roles.map((role) => ({ __typename: 'RoleAssignment', role, municipality: KALIX })),
    verification: null,
  };
}

export type ViewerData = ReturnType<typeof viewer>;

/** Places and municipalities for the home-place fields. */
export function homePlaceOptions(): StubResult {
  return {
    data: {
      municipalities: [KALIX, { __typename: 'Municipality', id: 'm-norsjo', slug: 'norsjo', name: 'Norsjö' }],
      places: [
        { __typename: 'Place', id: '7d4c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a', name: 'Kalix', kind: 'CENTRAL_TOWN' },
        { __typename: 'Place', id: '0b9f0d5e-7a3c-4a52-9d1e-2f9b8c7a6d01', name: 'Töre', kind: 'VILLAGE' },
      ],
    },
  };
}

export interface AccountWorld {
  /** The signed-in person, or null; tests change it to simulate sign-in and sign-out. */
  me: ViewerData | null;
  /** Every operation with its variables, in order. */
  calls: { operation: string; variables: Record<string, unknown> }[];
  /** Answers for operations the test cares about; the rest fall back to Kalix and defaults. */
  answers: Record<string, (variables: Record<string, unknown>) => StubResult>;
}

/** A stub API with a viewer, sensible defaults for the account pages, and Kalix's taxonomy. */
export function accountWorld(me: ViewerData | null, answers: AccountWorld['answers'] = {}): { world: AccountWorld; resolve: StubResolver } {
  const world: AccountWorld = { me, calls: [], answers };
  const resolve: StubResolver = (operation, variables, language) => {
    world.calls.push({ operation, variables });
    const custom = world.answers[operation];
    if (custom) return custom(variables);
    switch (operation) {
      case 'Viewer':
        return { data: { me: world.me } };
      case 'HomePlaceOptions':
        return homePlaceOptions();
      case 'EidLogin':
        return { data: { eidLogin: { __typename: 'EidLoginOptions', enabled: false, displayName: null, startUrl: null } } };
      case 'MySessions':
        return { data: { mySessions: [] } };
      case 'MyOrganizations':
        return { data: { me: world.me ? { __typename: 'User', id: world.me.id, organizations: [] } : null } };
      case 'Logout':
        world.me = null;
        return { data: { logout: true } };
      default:
        return TAXONOMY.has(operation) ? kalix(operation, variables, language) : undefined;
    }
  };
  return { world, resolve };
}

/** The variables of the last call of `operation`. */
export function lastCall(world: AccountWorld, operation: string): Record<string, unknown> | undefined {
  return [...world.calls].reverse().find((c) => c.operation === operation)?.variables;
}
