import { graphql } from '../../graphql/graphql';

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
