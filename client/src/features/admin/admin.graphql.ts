import { graphql } from '../../graphql/graphql';

/** People of a municipality with their roles there, for granting and revoking. */
export const AdminUsersQuery = graphql(`
  query AdminUsers($municipalitySlug: String!, $search: String, $first: Int, $after: String) {
    users(municipalitySlug: $municipalitySlug, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
          email
          roleAssignments {
            role
            municipality {
              id
              slug
            }
          }
        }
      }
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($userId: ID!, $municipalitySlug: String!, $role: Role!) {
    grantRole(userId: $userId, municipalitySlug: $municipalitySlug, role: $role) {
      id
      roleAssignments {
        role
        municipality {
          id
          slug
        }
      }
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($userId: ID!, $municipalitySlug: String!, $role: Role!) {
    revokeRole(userId: $userId, municipalitySlug: $municipalitySlug, role: $role) {
      id
      roleAssignments {
        role
        municipality {
          id
          slug
        }
      }
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($municipalitySlug: String!, $first: Int, $after: String) {
    auditLog(municipalitySlug: $municipalitySlug, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          actorName
          actorRoles
          action
          targetType
          targetId
          details
        }
      }
    }
  }
`);

export const OutboxQuery = graphql(`
  query Outbox($toAddress: String, $first: Int, $after: String) {
    outbox(toAddress: $toAddress, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          createdAt
          sentAt
          toAddress
          subject
          kind
          locale
          bodyText
        }
      }
    }
  }
`);
