import { graphql } from '../../graphql/graphql';

/** The single poll page: the poll in the reader's language, its council and its målbilder. */
export const PollPageQuery = graphql(`
  query PollPage($id: ID!) {
    poll(id: $id) {
      id
      question
      description
      audience
      status
      opensAt
      closesAt
      liveResults
      shortCode
      viewerCanManage
      options {
        id
        position
        text
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
      organization {
        id
        name
        kind
        municipality {
          id
          slug
          name
        }
      }
    }
  }
`);

/** The counts of a poll; `visible` false (and no counts) until it closes, unless live or a manager asks. */
export const PollPageResultsQuery = graphql(`
  query PollPageResults($pollId: ID!) {
    pollResults(pollId: $pollId) {
      pollId
      visible
      totalVotes
      codesIssued
      turnout
      options {
        count
        share
        option {
          id
          position
          text
        }
      }
      byBatch {
        codesIssued
        votes
        batch {
          id
          label
          revokedAt
        }
      }
    }
  }
`);

/** The voter-code batches (classes) of a poll; managers only. */
export const PollVoterCodeBatchesQuery = graphql(`
  query PollVoterCodeBatches($pollId: ID!) {
    voterCodeBatches(pollId: $pollId) {
      id
      label
      issuedCount
      createdAt
      revokedAt
    }
  }
`);

export const ClosePollNowMutation = graphql(`
  mutation ClosePollNow($id: ID!) {
    closePoll(id: $id) {
      id
      status
      closesAt
    }
  }
`);

/** The codes come back in plain text this once; the API keeps only their hashes. */
export const IssueVoterCodesMutation = graphql(`
  mutation IssueVoterCodes($pollId: ID!, $count: Int!, $batchLabel: String) {
    issueVoterCodes(pollId: $pollId, count: $count, batchLabel: $batchLabel)
  }
`);

export const RevokeVoterCodesMutation = graphql(`
  mutation RevokeVoterCodes($batchId: ID!) {
    revokeVoterCodes(batchId: $batchId) {
      id
      label
      issuedCount
      createdAt
      revokedAt
    }
  }
`);

/** The polls tagged to each målbild of an area, for the area page (one request for all målbilder). */
export const AreaGoalPollsQuery = graphql(`
  query AreaGoalPolls($slug: String!, $code: String!) {
    municipality(slug: $slug) {
      id
      currentStrategy {
        id
        area(code: $code) {
          id
          goals {
            id
            polls {
              id
              question
              status
            }
          }
        }
      }
    }
  }
`);
