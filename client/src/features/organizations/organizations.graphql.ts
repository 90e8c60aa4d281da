import { graphql } from '../../graphql/graphql';

/** One organization in a list. */
export const OrganizationSummaryFragment = graphql(`
  fragment OrganizationSummary on Organization {
    id
    name
    kind
    status
    memberCount
    homePlace {
      id
      name
    }
    municipality {
      id
      slug
      name
    }
  }
`);

/** The organizations the signed-in person belongs to. */
export const MyOrganizationsQuery = graphql(
  `
    query MyOrganizations {
      me {
        id
        organizations {
          id
          role
          organization {
            ...OrganizationSummary
          }
        }
      }
    }
  `,
  [OrganizationSummaryFragment],
);

/** A municipality's organizations: the approved ones, or (officers) those with a status. */
export const OrganizationsQuery = graphql(
  `
    query Organizations($municipalitySlug: String!, $status: OrganizationStatus, $kind: OrganizationKind) {
      organizations(municipalitySlug: $municipalitySlug, status: $status, kind: $kind) {
        ...OrganizationSummary
      }
    }
  `,
  [OrganizationSummaryFragment],
);

/** Pending organizations with what an officer needs to decide. */
export const PendingOrganizationsQuery = graphql(`
  query PendingOrganizations($municipalitySlug: String!) {
    organizations(municipalitySlug: $municipalitySlug, status: PENDING) {
      id
      name
      kind
      status
      description
      contactEmail
      createdAt
      homePlace {
        id
        name
      }
      members {
        id
        role
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const OrganizationQuery = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      status
      description
      contactEmail
      reviewReason
      createdAt
      memberCount
      homePlace {
        id
        name
      }
      municipality {
        id
        slug
        name
      }
      viewerMembership {
        id
        role
      }
      members {
        id
        role
        createdAt
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const OrganizationInvitationsQuery = graphql(`
  query OrganizationInvitations($organizationId: ID!) {
    organizationInvitations(organizationId: $organizationId) {
      id
      email
      role
      createdAt
      expiresAt
      acceptedAt
      revokedAt
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      status
    }
  }
`);

export const ReviewOrganizationMutation = graphql(`
  mutation ReviewOrganization($id: ID!, $decision: OrganizationReviewDecision!, $reason: String) {
    reviewOrganization(id: $id, decision: $decision, reason: $reason) {
      id
      name
      status
      reviewReason
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {
    inviteMember(organizationId: $organizationId, email: $email, role: $role) {
      id
      email
      role
      createdAt
      expiresAt
      acceptedAt
      revokedAt
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      role
      organization {
        id
        name
      }
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($organizationId: ID!, $userId: ID!) {
    removeMember(organizationId: $organizationId, userId: $userId)
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($organizationId: ID!, $userId: ID!, $role: MembershipRole!) {
    setMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {
      id
      role
    }
  }
`);
