import { ErrorCode, type Locale, Role, ROLE_RANK } from '@medskapa/shared';
import { DomainError } from './domain-error';

/** The signed-in person making a request, as resolved from their session. */
export interface Viewer {
  userId: string;
  sessionId: string;
  displayName: string;
  locale: Locale;
  /** The person's own municipality, if any. */
  municipalityId: string | null;
  /** Granted roles per municipality id (RESIDENT is implicit and not listed). */
  roles: ReadonlyMap<string, readonly Role[]>;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'You need to sign in to do this.');
  return viewer;
}

/** The highest role the viewer holds in a municipality (RESIDENT when signed in with none granted). */
export function highestRole(viewer: Viewer, municipalityId: string): Role {
  const roles = viewer.roles.get(municipalityId) ?? [];
  return roles.reduce<Role>((best, role) => (ROLE_RANK[role] > ROLE_RANK[best] ? role : best), Role.RESIDENT);
}

/** Roles are ordered: ADMIN includes OFFICER, which includes MODERATOR. */
export function hasRole(viewer: Viewer | null, municipalityId: string, role: Role): boolean {
  return !!viewer && ROLE_RANK[highestRole(viewer, municipalityId)] >= ROLE_RANK[role];
}

/** UNAUTHENTICATED when signed out, FORBIDDEN when signed in without the role in that municipality. */
export function requireRole(viewer: Viewer | null, municipalityId: string, role: Role): Viewer {
  const signedIn = requireViewer(viewer);
  if (!hasRole(signedIn, municipalityId, role)) {
    throw new DomainError(ErrorCode.FORBIDDEN, `This needs the ${role} role in this municipality.`, { requiredRole: role });
  }
  return signedIn;
}

/** Roles held anywhere, for audit records and permission checks that are not tied to one municipality. */
export function hasRoleAnywhere(viewer: Viewer | null, role: Role): boolean {
  if (!viewer) return false;
  return [...viewer.roles.keys()].some((municipalityId) => hasRole(viewer, municipalityId, role));
}
