import { graphql } from '../../../graphql/graphql';

/** What a workshop came to: participants, inputs by målbild and photos (public once published). */
export const WorkshopOutcomeQuery = graphql(`
  query WorkshopOutcome($id: ID!) {
    workshop(id: $id) {
      id
      startsAt
      endsAt
      cancelledAt
      viewerCanManage
      outcomeStatus
      participantTotal
      participants {
        ageGroup
        gender
        count
      }
      inputsByGoal {
        goal {
          id
          code
          title
          area {
            id
            code
          }
        }
        inputs {
          id
          text
          priority
          dotVotes
          place {
            id
            name
          }
        }
      }
      attachments {
        id
        url
        altText
        width
        height
      }
    }
  }
`);

/** The outcome as its managers review it, with the målbilder and places to choose from. */
export const WorkshopOutcomeReviewQuery = graphql(`
  query WorkshopOutcomeReview($id: ID!, $slug: String!) {
    workshop(id: $id) {
      id
      startsAt
      cancelledAt
      viewerCanManage
      outcomeStatus
      outcomePublishedAt
      participantTotal
      inputs {
        id
        text
        priority
        dotVotes
        status
        goals {
          id
          code
          title
        }
        place {
          id
          name
        }
      }
      attachments {
        id
        url
        altText
        width
        height
      }
    }
    municipality(slug: $slug) {
      id
      places {
        id
        name
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
  }
`);

export const UpdateWorkshopInputMutation = graphql(`
  mutation UpdateWorkshopInput($id: ID!, $input: UpdateWorkshopInputInput!) {
    updateWorkshopInput(id: $id, input: $input) {
      id
      text
      priority
      dotVotes
      status
      goals {
        id
        code
        title
      }
      place {
        id
        name
      }
    }
  }
`);

export const DeleteWorkshopInputMutation = graphql(`
  mutation DeleteWorkshopInput($id: ID!) {
    deleteWorkshopInput(id: $id) {
      id
      outcomeStatus
    }
  }
`);

export const DeleteWorkshopAttachmentMutation = graphql(`
  mutation DeleteWorkshopAttachment($id: ID!) {
    deleteWorkshopAttachment(id: $id) {
      id
      outcomeStatus
    }
  }
`);

export const PublishWorkshopOutcomeMutation = graphql(`
  mutation PublishWorkshopOutcome($workshopId: ID!) {
    publishWorkshopOutcome(workshopId: $workshopId) {
      id
      outcomeStatus
      outcomePublishedAt
    }
  }
`);

/** The published workshop inputs of every målbild of an area, in one request. */
export const AreaGoalWorkshopInputsQuery = graphql(`
  query AreaGoalWorkshopInputs($slug: String!, $code: String!) {
    municipality(slug: $slug) {
      id
      currentStrategy {
        id
        area(code: $code) {
          id
          goals {
            id
            workshopInputCount
          }
        }
      }
    }
  }
`);

/** A short list of workshops (of a place or an organization), latest start first. */
export const WorkshopShortListQuery = graphql(`
  query WorkshopShortList($municipalitySlug: String!, $placeId: ID, $organizationId: ID, $first: Int, $after: String) {
    workshops(filter: { municipalitySlug: $municipalitySlug, placeId: $placeId, organizationId: $organizationId, when: ALL }, first: $first, after: $after) {
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
          startsAt
          endsAt
          cancelledAt
          outcomeStatus
          venue
          organization {
            id
            name
          }
          place {
            id
            name
          }
        }
      }
    }
  }
`);
