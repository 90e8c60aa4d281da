import { graphql } from '../../graphql/graphql';

export const ReportFragment = graphql(`
  fragment ModerationReport on Report {
    id
    targetType
    targetId
    reason
    note
    status
    createdAt
    resolvedAt
    resolutionReason
    resolvedBy {
      id
      displayName
      removed
    }
    openReportCount
    targetAuthorUpheldCount
    targetAuthor {
      id
      displayName
      removed
    }
    targetIdea {
      id
      title
      reference
      originalLocale
    }
    targetExcerpt
  }
`);

export const ModerationQueueQuery = graphql(
  `
    query ModerationQueue($municipalitySlug: String!, $status: ReportStatus, $first: Int, $after: String) {
      moderationQueue(municipalitySlug: $municipalitySlug, status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...ModerationReport
          }
        }
      }
    }
  `,
  [ReportFragment],
);

export const ModerateMutation = graphql(
  `
    mutation Moderate($reportId: ID!, $action: ModerationAction!, $reason: String!) {
      moderate(reportId: $reportId, action: $action, reason: $reason) {
        id
        ...ModerationReport
      }
    }
  `,
  [ReportFragment],
);

export const UserBlockFragment = graphql(`
  fragment UserBlockFields on UserBlock {
    id
    active
    createdAt
    until
    reason
    liftedAt
    liftReason
    user {
      id
      displayName
      removed
    }
    blockedBy {
      id
      displayName
      removed
    }
  }
`);

export const UserBlocksQuery = graphql(
  `
    query UserBlocks($municipalitySlug: String!) {
      userBlocks(municipalitySlug: $municipalitySlug, activeOnly: true) {
        id
        ...UserBlockFields
      }
    }
  `,
  [UserBlockFragment],
);

export const BlockUserMutation = graphql(
  `
    mutation BlockUser($input: BlockUserInput!) {
      blockUser(input: $input) {
        id
        ...UserBlockFields
      }
    }
  `,
  [UserBlockFragment],
);

export const LiftUserBlockMutation = graphql(
  `
    mutation LiftUserBlock($blockId: ID!, $reason: String!) {
      liftUserBlock(blockId: $blockId, reason: $reason) {
        id
        ...UserBlockFields
      }
    }
  `,
  [UserBlockFragment],
);

export const IdeaSettingsQuery = graphql(`
  query IdeaSettings($slug: String!) {
    municipality(slug: $slug) {
      id
      slug
      name
      ideaSettings {
        supportThreshold
        supportThresholdPerMille
        population
        minorityLanguageExempt
      }
    }
  }
`);

export const UpdateIdeaSettingsMutation = graphql(`
  mutation UpdateIdeaSettings($municipalitySlug: String!, $input: IdeaSettingsInput!) {
    updateIdeaSettings(municipalitySlug: $municipalitySlug, input: $input) {
      supportThreshold
      supportThresholdPerMille
      population
      minorityLanguageExempt
    }
  }
`);
