import { graphql } from '../../graphql/graphql';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          createdAt
          readAt
          status
          excerpt
          reason
          until
          commentId
          idea {
            id
            title
            reference
            originalLocale
            municipality {
              id
              slug
            }
          }
          dialogue {
            id
            title
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

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      dailyDigest
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($dailyDigest: Boolean!) {
    updateNotificationPreferences(dailyDigest: $dailyDigest) {
      dailyDigest
    }
  }
`);
