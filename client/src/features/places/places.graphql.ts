import { graphql } from '../../graphql/graphql';
import { IdeaCardFragment } from '../ideas/ideas.graphql';

/** A municipality's places: the central town first, then by population. */
export const PlacesPageQuery = graphql(`
  query PlacesPage($slug: String!) {
    municipality(slug: $slug) {
      id
      slug
      name
      places {
        id
        name
        kind
        population
        populationYear
      }
    }
  }
`);

/** A village's (or the central town's) page: the place among the municipality's places. */
export const PlacePageQuery = graphql(`
  query PlacePage($slug: String!) {
    municipality(slug: $slug) {
      id
      slug
      name
      places {
        id
        name
        kind
        population
        populationYear
        workshopInputCount
      }
    }
  }
`);

/** The newest ideas tagged to a place, and how many there are. */
export const PlaceIdeasQuery = graphql(
  `
    query PlaceIdeas($slug: String!, $placeId: ID!) {
      ideas(filter: { municipalitySlug: $slug, placeId: $placeId }, orderBy: NEWEST, first: 5) {
        totalCount
        edges {
          cursor
          node {
            id
            ...IdeaCard
          }
        }
      }
    }
  `,
  [IdeaCardFragment],
);
