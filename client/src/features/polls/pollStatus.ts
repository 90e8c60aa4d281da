import { MembershipRole, OrganizationKind, OrganizationStatus, PollStatus, Role } from '@medskapa/shared';
import { graphql } from '../../graphql/graphql';
import { hasRoleIn, type Viewer } from '../accounts/useViewer';

/** The signed-in person's memberships, for who may create polls for which council. */
export const MyPollOrganizationsQuery = graphql(`
  query MyPollOrganizations {
    me {
      id
      organizations {
        id
        role
        organization {
          id
          name
          kind
          status
          municipality {
            id
            slug
          }
        }
      }
    }
  }
`);

/** The list's status filter, in the order of its links ("all" is the empty value). */
export const POLL_STATUS_FILTERS = [PollStatus.OPEN, PollStatus.SCHEDULED, PollStatus.CLOSED] as const;

/** The status the address's `?status=` names, or undefined for "all" (or a value we do not know). */
export function readPollStatusFilter(params: URLSearchParams): PollStatus | undefined {
  const value = params.get('status');
  return (POLL_STATUS_FILTERS as readonly string[]).includes(value ?? '') ? (value as PollStatus) : undefined;
}

/** The organization kinds that run youth polls. */
export const POLL_ORGANIZATION_KINDS: readonly string[] = [OrganizationKind.SCHOOL_COUNCIL, OrganizationKind.YOUTH_COUNCIL];

export function isPollOrganizationKind(kind: string): boolean {
  return POLL_ORGANIZATION_KINDS.includes(kind);
}

/** A membership as MyOrganizations returns it (only the fields the checks need). */
export interface PollMembership {
  role: string;
  organization: { id: string; name: string; kind: string; status: string; municipality: { slug: string } };
}

/**
 * The councils of municipality `slug` the person leads: the API lets leaders of APPROVED
 * school and youth councils create polls for them.
 */
export function ledPollOrganizations(memberships: readonly PollMembership[], slug: string) {
  return memberships
    .filter(
      (m) =>
        m.role === MembershipRole.LEADER &&
        m.organization.status === OrganizationStatus.APPROVED &&
        m.organization.municipality.slug === slug &&
        isPollOrganizationKind(m.organization.kind),
    )
    .map((m) => m.organization);
}

/** Whether the person may create polls in municipality `slug`: an officer there, or a council leader. */
export function canCreatePolls(viewer: Viewer | null, memberships: readonly PollMembership[], slug: string): boolean {
  if (!viewer) return false;
  return hasRoleIn(viewer, slug, Role.OFFICER) || ledPollOrganizations(memberships, slug).length > 0;
}
