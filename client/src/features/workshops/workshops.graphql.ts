import { MembershipRole, OrganizationStatus, Role } from '@medskapa/shared';
import { graphql } from '../../graphql/graphql';
import { hasRoleIn, type Viewer } from '../accounts/useViewer';

/** The signed-in person's memberships, for who may plan workshops for which organization. */
export const MyWorkshopOrganizationsQuery = graphql(`
  query MyWorkshopOrganizations {
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

/** The list's filters: the municipality's places and approved organizations. */
export const WorkshopFiltersQuery = graphql(`
  query WorkshopFilters($slug: String!) {
    municipality(slug: $slug) {
      id
      slug
      name
      places {
        id
        name
        kind
      }
    }
    organizations(municipalitySlug: $slug, status: APPROVED) {
      id
      name
    }
  }
`);

/** One page of a municipality's workshops. */
export const WorkshopsListQuery = graphql(`
  query WorkshopsList(
    $municipalitySlug: String!
    $placeId: ID
    $organizationId: ID
    $goalId: ID
    $when: WorkshopWhen
    $first: Int
    $after: String
  ) {
    workshops(
      filter: { municipalitySlug: $municipalitySlug, placeId: $placeId, organizationId: $organizationId, goalId: $goalId, when: $when }
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          titleTranslations {
            locale
            status
          }
          originalLocale
          startsAt
          endsAt
          venue
          cancelledAt
          signupEnabled
          signupCount
          signupLimit
          outcomeStatus
          place {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** The form's choices: places, the strategy's målbilder, approved organizations (for officers). */
export const WorkshopFormOptionsQuery = graphql(`
  query WorkshopFormOptions($slug: String!) {
    municipality(slug: $slug) {
      id
      slug
      name
      places {
        id
        name
        kind
      }
      currentStrategy {
        id
        areas {
          id
          code
          title
          goals {
            id
            code
            title
          }
        }
      }
    }
    organizations(municipalitySlug: $slug, status: APPROVED) {
      id
      name
    }
  }
`);

/** A workshop with every language of its texts, to edit it. */
export const WorkshopForEditQuery = graphql(`
  query WorkshopForEdit($id: ID!) {
    workshop(id: $id) {
      id
      viewerCanManage
      cancelledAt
      originalLocale
      titleTranslations {
        locale
        status
        text
      }
      descriptionTranslations {
        locale
        status
        text
      }
      startsAt
      endsAt
      venue
      place {
        id
      }
      goals {
        id
      }
      signupEnabled
      signupLimit
      organization {
        id
        name
      }
    }
  }
`);

export const CreateWorkshopMutation = graphql(`
  mutation CreateWorkshop($input: CreateWorkshopInput!) {
    createWorkshop(input: $input) {
      id
    }
  }
`);

export const UpdateWorkshopMutation = graphql(`
  mutation UpdateWorkshop($id: ID!, $input: UpdateWorkshopInput!) {
    updateWorkshop(id: $id, input: $input) {
      id
      title
      startsAt
      endsAt
    }
  }
`);

/** Everything the workshop page shows (the outcome sections query their own fields). */
export const WorkshopPageQuery = graphql(`
  query WorkshopPage($id: ID!) {
    workshop(id: $id) {
      id
      title
      titleTranslations {
        locale
        status
      }
      description
      descriptionTranslations {
        locale
        status
      }
      originalLocale
      startsAt
      endsAt
      venue
      cancelledAt
      icsUrl
      signupEnabled
      signupLimit
      signupCount
      viewerSignedUp
      viewerCanManage
      outcomeStatus
      place {
        id
        name
      }
      organization {
        id
        name
      }
      municipality {
        id
        slug
        name
      }
      goals {
        id
        code
        title
        area {
          id
          code
          title
        }
      }
    }
  }
`);

export const WorkshopSignupsQuery = graphql(`
  query WorkshopSignups($workshopId: ID!) {
    workshopSignups(workshopId: $workshopId) {
      id
      name
      email
      hasAccount
      locale
      signedUpAt
      personalDataErasedAt
    }
  }
`);

export const SignUpForWorkshopMutation = graphql(`
  mutation SignUpForWorkshop($workshopId: ID!, $input: WorkshopSignupInput) {
    signUpForWorkshop(workshopId: $workshopId, input: $input) {
      id
      signupCount
      viewerSignedUp
    }
  }
`);

export const CancelWorkshopSignupMutation = graphql(`
  mutation CancelWorkshopSignup($workshopId: ID!) {
    cancelWorkshopSignup(workshopId: $workshopId) {
      id
      signupCount
      viewerSignedUp
    }
  }
`);

export const CancelWorkshopSignupByTokenMutation = graphql(`
  mutation CancelWorkshopSignupByToken($token: String!) {
    cancelWorkshopSignupByToken(token: $token) {
      id
      title
      startsAt
      municipality {
        id
        slug
      }
    }
  }
`);

export const MessageWorkshopSignupsMutation = graphql(`
  mutation MessageWorkshopSignups($workshopId: ID!, $subject: String!, $body: String!) {
    messageWorkshopSignups(workshopId: $workshopId, subject: $subject, body: $body)
  }
`);

export const CancelWorkshopMutation = graphql(`
  mutation CancelWorkshop($id: ID!, $reason: String!) {
    cancelWorkshop(id: $id, reason: $reason) {
      id
      cancelledAt
    }
  }
`);

/** A membership as MyWorkshopOrganizations returns it (only the fields the checks need). */
export interface WorkshopMembership {
  role: string;
  organization: { id: string; name: string; status: string; municipality: { slug: string } };
}

/** The APPROVED organizations of municipality `slug` the person leads (any kind may hold workshops). */
export function ledWorkshopOrganizations(memberships: readonly WorkshopMembership[], slug: string) {
  return memberships
    .filter((m) => m.role === MembershipRole.LEADER && m.organization.status === OrganizationStatus.APPROVED && m.organization.municipality.slug === slug)
    .map((m) => m.organization);
}

/** Whether the person may plan workshops in `slug`: an officer (or admin) there, or a leader of an approved organization. */
export function canPlanWorkshops(viewer: Viewer | null, memberships: readonly WorkshopMembership[], slug: string): boolean {
  if (!viewer) return false;
  return hasRoleIn(viewer, slug, Role.OFFICER) || ledWorkshopOrganizations(memberships, slug).length > 0;
}
