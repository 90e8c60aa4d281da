import { graphql } from '../../graphql/graphql';

/** What an idea card in a list shows. */
export const IdeaCardFragment = graphql(`
  fragment IdeaCard on Idea {
    id
    title
    reference
    status
    body
    originalLocale
    supportCount
    commentCount
    createdAt
    places {
      id
      name
    }
    goals {
      id
      code
      title
    }
  }
`);

/** What the support button needs to know about an idea. */
export const IdeaSupportFragment = graphql(`
  fragment IdeaSupport on Idea {
    id
    title
    supportCount
    viewerHasSupported
    author {
      id
    }
  }
`);

/** The choices of the filters and of the submit form: areas with their målbilder, and places. */
export const IdeaOptionsQuery = graphql(`
  query IdeaOptions($slug: String!) {
    municipality(slug: $slug) {
      id
      slug
      name
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
        kind
      }
    }
    dialogues(municipalitySlug: $slug) {
      id
      title
      status
    }
  }
`);

/** One page of a municipality's ideas. */
export const IdeasQuery = graphql(
  `
    query Ideas($filter: IdeaFilter!, $orderBy: IdeaOrder, $first: Int, $after: String) {
      ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
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

/** The idea page. */
export const IdeaQuery = graphql(
  `
    query Idea($id: ID!) {
      idea(id: $id) {
        id
        municipality {
          id
          slug
        }
        title
        reference
        status
        body
        originalLocale
        createdAt
        commentCount
        author {
          id
          displayName
          removed
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
        places {
          id
          name
        }
        ...IdeaSupport
      }
    }
  `,
  [IdeaSupportFragment],
);

/** Published ideas near-identical to a draft ("support this instead?"). */
export const SimilarIdeasQuery = graphql(
  `
    query SimilarIdeas($municipalitySlug: String!, $title: String!, $body: String) {
      similarIdeas(municipalitySlug: $municipalitySlug, title: $title, body: $body, first: 5) {
        similarity
        idea {
          id
          title
          reference
          status
          ...IdeaSupport
        }
      }
    }
  `,
  [IdeaSupportFragment],
);

export const SubmitIdeaMutation = graphql(`
  mutation SubmitIdea($input: SubmitIdeaInput!) {
    submitIdea(input: $input) {
      id
      title
      reference
    }
  }
`);

export const SupportIdeaMutation = graphql(
  `
    mutation SupportIdea($ideaId: ID!) {
      supportIdea(ideaId: $ideaId) {
        id
        ...IdeaSupport
      }
    }
  `,
  [IdeaSupportFragment],
);

export const WithdrawSupportMutation = graphql(
  `
    mutation WithdrawSupport($ideaId: ID!) {
      withdrawSupport(ideaId: $ideaId) {
        id
        ...IdeaSupport
      }
    }
  `,
  [IdeaSupportFragment],
);

/** The count and the three most supported ideas of one målbild (see AREA_GOAL_SLOTS). */
export const GoalIdeasFragment = graphql(`
  fragment GoalIdeas on IdeaConnection {
    totalCount
    edges {
      node {
        id
        title
        reference
        supportCount
      }
    }
  }
`);

/**
 * How many målbilder of an area one AreaIdeas query covers: one alias each, under the API's
 * alias limit (15). Kalix's areas have 4 målbilder, the largest seeded area 9.
 */
export const AREA_GOAL_SLOTS = 12;

/**
 * The ideas of every målbild of an area in one request: slot n is filled when `$use<n>` is true.
 * gql.tada needs a static document, hence the fixed slots instead of a generated query.
 */
export const AreaIdeasQuery = graphql(
  `
    query AreaIdeas(
      $slug: String!
      $g0: ID, $use0: Boolean! = false
      $g1: ID, $use1: Boolean! = false
      $g2: ID, $use2: Boolean! = false
      $g3: ID, $use3: Boolean! = false
      $g4: ID, $use4: Boolean! = false
      $g5: ID, $use5: Boolean! = false
      $g6: ID, $use6: Boolean! = false
      $g7: ID, $use7: Boolean! = false
      $g8: ID, $use8: Boolean! = false
      $g9: ID, $use9: Boolean! = false
      $g10: ID, $use10: Boolean! = false
      $g11: ID, $use11: Boolean! = false
    ) {
      i0: ideas(filter: { municipalitySlug: $slug, goalId: $g0 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use0) { ...GoalIdeas }
      i1: ideas(filter: { municipalitySlug: $slug, goalId: $g1 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use1) { ...GoalIdeas }
      i2: ideas(filter: { municipalitySlug: $slug, goalId: $g2 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use2) { ...GoalIdeas }
      i3: ideas(filter: { municipalitySlug: $slug, goalId: $g3 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use3) { ...GoalIdeas }
      i4: ideas(filter: { municipalitySlug: $slug, goalId: $g4 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use4) { ...GoalIdeas }
      i5: ideas(filter: { municipalitySlug: $slug, goalId: $g5 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use5) { ...GoalIdeas }
      i6: ideas(filter: { municipalitySlug: $slug, goalId: $g6 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use6) { ...GoalIdeas }
      i7: ideas(filter: { municipalitySlug: $slug, goalId: $g7 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use7) { ...GoalIdeas }
      i8: ideas(filter: { municipalitySlug: $slug, goalId: $g8 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use8) { ...GoalIdeas }
      i9: ideas(filter: { municipalitySlug: $slug, goalId: $g9 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use9) { ...GoalIdeas }
      i10: ideas(filter: { municipalitySlug: $slug, goalId: $g10 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use10) { ...GoalIdeas }
      i11: ideas(filter: { municipalitySlug: $slug, goalId: $g11 }, orderBy: MOST_SUPPORTED, first: 3) @include(if: $use11) { ...GoalIdeas }
    }
  `,
  [GoalIdeasFragment],
);
