import { graphql } from '../../graphql/graphql';

/** What an area card on the municipality start page shows. */
export const AreaCardFragment = graphql(`
  fragment AreaCard on StrategicArea {
    code
    title
    description
    sdgs
    translationStatus
    goals {
      id
    }
  }
`);

/** A målbild with its steps ("resan dit") and its regional counterpart. */
export const GoalSectionFragment = graphql(`
  fragment GoalSection on Goal {
    id
    code
    title
    steps
    translationStatus
    regionalGoal {
      id
      title
    }
  }
`);

/** The strategic area page: one area of the municipality's current strategy, by its code. */
export const AreaPageQuery = graphql(
  `
    query AreaPage($slug: String!, $code: String!) {
      municipality(slug: $slug) {
        id
        slug
        name
        region {
          id
          name
        }
        currentStrategy {
          id
          area(code: $code) {
            id
            code
            title
            description
            sdgs
            translationStatus
            regionalArea {
              id
              code
              title
            }
            goals {
              id
              ...GoalSection
            }
          }
        }
      }
    }
  `,
  [GoalSectionFragment],
);
