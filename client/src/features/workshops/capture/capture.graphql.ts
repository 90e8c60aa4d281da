import { graphql } from '../../../graphql/graphql';

/** The workshop whose outcome is captured; stored on the device for offline use. */
export const CaptureWorkshopQuery = graphql(`
  query CaptureWorkshop($id: ID!) {
    workshop(id: $id) {
      id
      title
      startsAt
      endsAt
      venue
      place {
        id
        name
      }
      organization {
        id
        name
      }
      goals {
        id
        code
        title
      }
      viewerCanManage
      outcomeStatus
      municipality {
        id
        slug
      }
    }
  }
`);

/** Every målbild of the municipality's current strategy and its places, to tag inputs offline. */
export const CaptureMunicipalityQuery = graphql(`
  query CaptureMunicipality($slug: String!) {
    municipality(slug: $slug) {
      id
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
      places {
        id
        name
      }
    }
  }
`);

export const RecordWorkshopOutcomeMutation = graphql(`
  mutation RecordWorkshopOutcome($workshopId: ID!, $input: WorkshopOutcomeInput!) {
    recordWorkshopOutcome(workshopId: $workshopId, input: $input) {
      id
      outcomeStatus
    }
  }
`);
