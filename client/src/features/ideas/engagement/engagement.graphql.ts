import { graphql } from '../../../graphql/graphql';

export const DecisionFragment = graphql(`
  fragment Decision on DecisionReference {
    body
    meetingDate
    paragraph
    diaryNumber
    url
  }
`);

/** One comment (or reply) as the list shows it. */
export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    body
    createdAt
    editedAt
    editableUntil
    deleted
    hidden
    isIdeaAuthor
    isOfficer
    parentId
    replyCount
    viewerCanEdit
    viewerCanDelete
    author {
      id
      displayName
      removed
    }
  }
`);

/** The answer, the timeline and whether the reader follows the idea. */
export const IdeaEngagementQuery = graphql(
  `
    query IdeaEngagement($id: ID!) {
      idea(id: $id) {
        id
        status
        commentCount
        viewerIsFollowing
        response {
          body
          bodyLocale
          originalLocale
          respondedAt
          respondent {
            id
            displayName
            removed
          }
          translations {
            body
            locale
          }
          decision {
            ...Decision
          }
        }
        timeline {
          id
          kind
          occurredAt
          fromStatus
          toStatus
          supportCount
          threshold
          exempt
          actor {
            id
            displayName
            removed
          }
          decision {
            ...Decision
          }
        }
      }
    }
  `,
  [DecisionFragment],
);

/** One page of top-level comments with their replies. */
export const IdeaCommentsQuery = graphql(
  `
    query IdeaComments($id: ID!, $first: Int, $after: String) {
      idea(id: $id) {
        id
        commentCount
        comments(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              ...CommentFields
              replies {
                ...CommentFields
              }
            }
          }
        }
      }
    }
  `,
  [CommentFieldsFragment],
);

export const CommentOnIdeaMutation = graphql(
  `
    mutation CommentOnIdea($ideaId: ID!, $body: String!, $parentId: ID) {
      commentOnIdea(ideaId: $ideaId, body: $body, parentId: $parentId) {
        ...CommentFields
      }
    }
  `,
  [CommentFieldsFragment],
);

export const EditCommentMutation = graphql(
  `
    mutation EditComment($commentId: ID!, $body: String!) {
      editComment(commentId: $commentId, body: $body) {
        ...CommentFields
      }
    }
  `,
  [CommentFieldsFragment],
);

export const DeleteCommentMutation = graphql(
  `
    mutation DeleteComment($commentId: ID!) {
      deleteComment(commentId: $commentId) {
        ...CommentFields
      }
    }
  `,
  [CommentFieldsFragment],
);

export const FollowIdeaMutation = graphql(`
  mutation FollowIdea($ideaId: ID!) {
    followIdea(ideaId: $ideaId) {
      id
      viewerIsFollowing
    }
  }
`);

export const UnfollowIdeaMutation = graphql(`
  mutation UnfollowIdea($ideaId: ID!) {
    unfollowIdea(ideaId: $ideaId) {
      id
      viewerIsFollowing
    }
  }
`);

export const ReportContentMutation = graphql(`
  mutation ReportContent($input: ReportInput!) {
    reportContent(input: $input) {
      id
    }
  }
`);
