import { graphql } from '../../../graphql/graphql';

/** The municipality's answer as an officer re-answering it needs it: every language and the decision. */
export const IdeaResponseFragment = graphql(`
  fragment OfficerIdeaResponse on Idea {
    id
    status
    response {
      body
      bodyLocale
      originalLocale
      respondedAt
      translations {
        locale
        body
      }
      decision {
        body
        meetingDate
        paragraph
        diaryNumber
        url
      }
    }
  }
`);

export const OfficerIdeaQuery = graphql(
  `
    query OfficerIdea($id: ID!) {
      idea(id: $id) {
        id
        ...OfficerIdeaResponse
      }
    }
  `,
  [IdeaResponseFragment],
);

export const RespondToIdeaMutation = graphql(
  `
    mutation RespondToIdea($ideaId: ID!, $input: IdeaResponseInput!) {
      respondToIdea(ideaId: $ideaId, input: $input) {
        id
        ...OfficerIdeaResponse
      }
    }
  `,
  [IdeaResponseFragment],
);

export const RespondToIdeasMutation = graphql(
  `
    mutation RespondToIdeas($ideaIds: [ID!]!, $input: IdeaResponseInput!) {
      respondToIdeas(ideaIds: $ideaIds, input: $input) {
        id
        ...OfficerIdeaResponse
      }
    }
  `,
  [IdeaResponseFragment],
);

export const AnswerTemplateFragment = graphql(`
  fragment AnswerTemplateFields on AnswerTemplate {
    id
    name
    status
    body
    bodyLocale
    bodyTranslations {
      locale
      body
    }
    updatedAt
  }
`);

export const AnswerTemplatesQuery = graphql(
  `
    query AnswerTemplates($municipalitySlug: String!) {
      answerTemplates(municipalitySlug: $municipalitySlug) {
        id
        ...AnswerTemplateFields
      }
    }
  `,
  [AnswerTemplateFragment],
);

export const CreateAnswerTemplateMutation = graphql(
  `
    mutation CreateAnswerTemplate($municipalitySlug: String!, $input: AnswerTemplateInput!) {
      createAnswerTemplate(municipalitySlug: $municipalitySlug, input: $input) {
        id
        ...AnswerTemplateFields
      }
    }
  `,
  [AnswerTemplateFragment],
);

export const UpdateAnswerTemplateMutation = graphql(
  `
    mutation UpdateAnswerTemplate($id: ID!, $input: AnswerTemplateInput!) {
      updateAnswerTemplate(id: $id, input: $input) {
        id
        ...AnswerTemplateFields
      }
    }
  `,
  [AnswerTemplateFragment],
);

export const DeleteAnswerTemplateMutation = graphql(`
  mutation DeleteAnswerTemplate($id: ID!) {
    deleteAnswerTemplate(id: $id)
  }
`);
