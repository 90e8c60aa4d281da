import { graphql, type ResultOf } from '../../../graphql/graphql';

/** What the builder offers to choose from: the municipality's places, målbilder and dialogues. */
export const SurveyBuilderOptionsQuery = graphql(`
  query SurveyBuilderOptions($slug: String!) {
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
    }
    places(municipalitySlug: $slug) {
      id
      name
    }
    dialogues(municipalitySlug: $slug) {
      id
      title
      status
    }
  }
`);

/** A survey with every language of every text, to edit it (or to say it is frozen). */
export const SurveyForEditQuery = graphql(`
  query SurveyForEdit($id: ID!) {
    survey(id: $id) {
      id
      seriesId
      version
      status
      responseMode
      collectDemographics
      closesAt
      viewerCanManage
      title
      titleTranslations {
        locale
        text
      }
      descriptionTranslations {
        locale
        text
      }
      translationStatus {
        locale
        status
      }
      dialogue {
        id
        title
        status
      }
      versions {
        id
        version
        status
      }
      sections {
        id
        titleTranslations {
          locale
          text
        }
        descriptionTranslations {
          locale
          text
        }
        questions {
          id
          type
          required
          number
          promptTranslations {
            locale
            text
          }
          helpTranslations {
            locale
            text
          }
          options {
            id
            textTranslations {
              locale
              text
            }
          }
          allowOther
          scaleMinLabelTranslations {
            locale
            text
          }
          scaleMaxLabelTranslations {
            locale
            text
          }
          placeIds
          goalIds
          maxChoices
          condition {
            questionId
            optionIds
          }
        }
      }
    }
  }
`);

export const CreateSurveyMutation = graphql(`
  mutation CreateSurvey($municipalitySlug: String!, $input: SurveyInput!) {
    createSurvey(municipalitySlug: $municipalitySlug, input: $input) {
      id
      status
    }
  }
`);

export const UpdateSurveyMutation = graphql(`
  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {
    updateSurvey(id: $id, input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const PublishSurveyMutation = graphql(`
  mutation PublishSurvey($id: ID!) {
    publishSurvey(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const CreateSurveyVersionMutation = graphql(`
  mutation CreateSurveyVersion($id: ID!) {
    createSurveyVersion(id: $id) {
      id
      version
      status
    }
  }
`);

export const DeleteSurveyDraftMutation = graphql(`
  mutation DeleteSurveyDraft($id: ID!) {
    deleteSurveyDraft(id: $id)
  }
`);

export type BuilderOptions = ResultOf<typeof SurveyBuilderOptionsQuery>;
export type EditedSurvey = NonNullable<ResultOf<typeof SurveyForEditQuery>['survey']>;
