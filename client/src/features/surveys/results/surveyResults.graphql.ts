import { graphql } from '../../../graphql/graphql';

/** The survey around its results: title, who may manage it, and the places for the filter. */
export const SurveyResultsSurveyQuery = graphql(`
  query SurveyResultsSurvey($id: ID!) {
    survey(id: $id) {
      id
      title
      status
      viewerCanManage
      municipality {
        id
        slug
        name
        places {
          id
          name
        }
      }
      dialogue {
        id
        title
      }
    }
  }
`);

/** Counts per question (filtered for managers); the first free-text answers of each question. */
export const SurveyResultsQuery = graphql(`
    query SurveyResults($surveyId: ID!, $filter: SurveyResultsFilter, $freeTextFirst: Int) {
      surveyResults(surveyId: $surveyId, filter: $filter) {
        responseCount
        totalResponseCount
        languages {
          locale
          count
        }
        demographics {
          ageGroups {
            ageGroup
            count
          }
          genders {
            gender
            count
          }
          homePlaces {
            place {
              id
              name
            }
            count
          }
          skippedCount
        }
        questions {
          question {
            id
            number
            type
            prompt
            allowOther
            scaleMinLabel
            scaleMaxLabel
          }
          answeredCount
          shownCount
          otherCount
          average
          options {
            option {
              id
              text
            }
            count
            share
          }
          scale {
            value
            count
            share
          }
          ranking {
            option {
              id
              text
            }
            averageRank
            firstPlaceCount
          }
          places {
            place {
              id
              name
            }
            count
            share
          }
          goals {
            goal {
              id
              code
              title
            }
            count
            share
          }
          freeTexts(first: $freeTextFirst) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
                responseId
                questionId
                text
                isOther
                hidden
                hiddenReason
                mayContainPersonalData
                locale
                submittedAt
              }
            }
          }
        }
      }
    }
`);

export const HideSurveyAnswerMutation = graphql(`
    mutation HideSurveyAnswer($responseId: ID!, $questionId: ID!, $reason: String!) {
      hideSurveyAnswer(responseId: $responseId, questionId: $questionId, reason: $reason) {
        id
        responseId
        questionId
        text
        isOther
        hidden
        hiddenReason
        mayContainPersonalData
        locale
        submittedAt
      }
    }
`);

export const RestoreSurveyAnswerMutation = graphql(`
    mutation RestoreSurveyAnswer($responseId: ID!, $questionId: ID!) {
      restoreSurveyAnswer(responseId: $responseId, questionId: $questionId) {
        id
        responseId
        questionId
        text
        isOther
        hidden
        hiddenReason
        mayContainPersonalData
        locale
        submittedAt
      }
    }
`);
