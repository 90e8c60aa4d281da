import { graphql } from '../../graphql/graphql';
import { AreaCardFragment } from '../strategies/strategies.graphql';

/** The start page of the platform: every municipality. */
export const MunicipalitiesQuery = graphql(`
  query Municipalities {
    municipalities {
      id
      slug
      name
    }
  }
`);

/** The municipality's name for the site header, in the reader's language. */
export const MunicipalityHeaderQuery = graphql(`
  query MunicipalityHeader($slug: String!) {
    municipality(slug: $slug) {
      id
      slug
      name
    }
  }
`);

/** A municipality's start page: its current strategy and the strategic areas as cards. */
export const MunicipalityStartQuery = graphql(
  `
    query MunicipalityStart($slug: String!) {
      municipality(slug: $slug) {
        id
        slug
        name
        currentStrategy {
          id
          title
          description
          periodStart
          periodEnd
          status
          translationStatus
          areas {
            id
            ...AreaCard
          }
        }
      }
    }
  `,
  [AreaCardFragment],
);
