import { Role, ROLE_RANK } from '@medskapa/shared';
import { useQuery } from 'urql';
import type { ResultOf } from '../../graphql/graphql';
import { ViewerQuery } from './accounts.graphql';

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['me']>;

export interface ViewerState {
  /** The signed-in person; null when signed out or not yet known. */
  viewer: Viewer | null;
  /**
   * True while the API is asked who is signed in and nobody is known yet: on the first load,
   * and right after signing in (when the new session's answer is still on its way).
   */
  loading: boolean;
  refetch(): void;
}

/** Who is signed in. Every caller shares one cached `me` query. */
export function useViewer(): ViewerState {
  const [{ data, fetching }, reexecute] = useQuery({ query: ViewerQuery });
  return {
    viewer: data?.me ?? null,
    loading: fetching && !data?.me,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

/** True when the person holds `role` (or a higher one) in the municipality `slug`. */
export function hasRoleIn(viewer: Viewer | null, slug: string, role: Role): boolean {
  if (!viewer) return false;
  return viewer.roleAssignments.some((a) => a.municipality.slug === slug && ROLE_RANK[a.role] >= ROLE_RANK[role]);
}

/** The municipalities where the person holds `role` or a higher one, their own first. */
export function municipalitiesWithRole(viewer: Viewer | null, role: Role): { slug: string; name: string }[] {
  if (!viewer) return [];
  const bySlug = new Map<string, { slug: string; name: string }>();
  const own = viewer.municipality?.slug;
  const sorted = [...viewer.roleAssignments].sort(
    (a, b) => Number(b.municipality.slug === own) - Number(a.municipality.slug === own),
  );
  for (const assignment of sorted) {
    if (ROLE_RANK[assignment.role] >= ROLE_RANK[role]) {
      bySlug.set(assignment.municipality.slug, { slug: assignment.municipality.slug, name: assignment.municipality.name });
    }
  }
  return [...bySlug.values()];
}

/** OFFICER or ADMIN anywhere: sees the administration link. */
export function canAdminister(viewer: Viewer | null): boolean {
  return municipalitiesWithRole(viewer, Role.OFFICER).length > 0;
}
