import { graphql } from '../../../graphql/graphql';

/** The survey to answer, in the reader's language: its sections and questions with what they offer. */
export const SurveyPageQuery = graphql(`
  query SurveyPage($id: ID!) {
    survey(id: $id) {
      id
      seriesId
      version
      status
      responseMode
      collectDemographics
      closesAt
      closedAt
      isOpen
      viewerCanManage
      title
      description
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
      sections {
        id
        title
        description
        questions {
          id
          type
          required
          number
          prompt
          help
          allowOther
          scaleMinLabel
          scaleMaxLabel
          maxChoices
          options {
            id
            text
          }
          places {
            id
            name
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
          condition {
            questionId
            optionIds
          }
        }
      }
    }
  }
`);

/** The respondent's saved (or submitted) answers: by account when signed in, else by this browser's token. */
export const MySurveyResponseQuery = graphql(`
  query MySurveyResponse($surveyId: ID!, $respondentToken: String) {
    mySurveyResponse(surveyId: $surveyId, respondentToken: $respondentToken) {
      surveyId
      status
      locale
      updatedAt
      submittedAt
      answers {
        questionId
        optionIds
        otherText
        value
        text
        placeId
        goalIds
      }
      demographics {
        ageGroup
        gender
        homePlace {
          id
        }
      }
    }
  }
`);

export const SaveSurveyProgressMutation = graphql(`
  mutation SaveSurveyProgress(
    $surveyId: ID!
    $answers: [SurveyAnswerInput!]!
    $demographics: SurveyDemographicsInput
    $respondentToken: String
    $locale: Locale
  ) {
    saveSurveyProgress(
      surveyId: $surveyId
      answers: $answers
      demographics: $demographics
      respondentToken: $respondentToken
      locale: $locale
    ) {
      surveyId
      status
      updatedAt
    }
  }
`);

export const SubmitSurveyResponseMutation = graphql(`
  mutation SubmitSurveyResponse(
    $surveyId: ID!
    $answers: [SurveyAnswerInput!]!
    $demographics: SurveyDemographicsInput
    $respondentToken: String
    $locale: Locale
  ) {
    submitSurveyResponse(
      surveyId: $surveyId
      answers: $answers
      demographics: $demographics
      respondentToken: $respondentToken
      locale: $locale
    ) {
      surveyId
      submittedAt
    }
  }
`);
