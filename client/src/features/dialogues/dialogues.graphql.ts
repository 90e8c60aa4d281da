import { graphql } from '../../graphql/graphql';

/** A municipality's dialogues (optionally of one status), for the list and the start page. */
export const DialoguesListQuery = graphql(`
  query DialoguesList($municipalitySlug: String!, $status: DialogueStatus) {
    dialogues(municipalitySlug: $municipalitySlug, status: $status) {
      id
      title
      purpose
      status
      contributionCount
      currentPhase {
        id
        kind
        startsOn
        endsOn
      }
    }
  }
`);

/** Everything the public dialogue page and its managers' panel show. */
export const DialoguePageQuery = graphql(`
  query DialoguePage($id: ID!) {
    dialogue(id: $id) {
      id
      title
      purpose
      promise
      decisionMaker
      decisionExpectedOn
      targetGroups
      status
      openedAt
      closedAt
      feedbackPublishedAt
      municipality {
        id
        slug
        name
      }
      translationStatus {
        locale
        status
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
      phases {
        id
        kind
        startsOn
        endsOn
        description
        isCurrent
      }
      currentPhase {
        id
        kind
      }
      whatWeHeard
      whatHappensNow
      whatWeHeardTranslations {
        locale
        text
        status
      }
      whatHappensNowTranslations {
        locale
        text
        status
      }
      decisions {
        id
        body
        meetingDate
        paragraph
        diaryNumber
        url
        summary
      }
      followerCount
      viewerFollows
      viewerCanManage
      ideaCount
      contributionCount
      workshops {
        id
        title
        startsAt
        cancelledAt
      }
      polls {
        id
        question
        status
        closesAt
      }
      surveys {
        id
        title
        status
        version
        isOpen
        closesAt
        responseCount
      }
    }
  }
`);

/** The latest ideas given in a dialogue. */
export const DialogueIdeasQuery = graphql(`
  query DialogueIdeas($municipalitySlug: String!, $dialogueId: ID!) {
    ideas(filter: { municipalitySlug: $municipalitySlug, dialogueId: $dialogueId }, first: 5) {
      totalCount
      edges {
        node {
          id
          title
          originalLocale
        }
      }
    }
  }
`);

/** A dialogue's title, for the idea form that gives an idea in it. */
export const DialogueTitleQuery = graphql(`
  query DialogueTitle($id: ID!) {
    dialogue(id: $id) {
      id
      title
      status
    }
  }
`);

/** The municipality, its målbilder and places, for the dialogue form. */
export const DialogueFormOptionsQuery = graphql(`
  query DialogueFormOptions($slug: String!) {
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
  }
`);

/** A dialogue with every language of its texts, to edit it. */
export const DialogueForEditQuery = graphql(`
  query DialogueForEdit($id: ID!) {
    dialogue(id: $id) {
      id
      status
      viewerCanManage
      titleTranslations {
        locale
        text
        status
      }
      purposeTranslations {
        locale
        text
        status
      }
      promiseTranslations {
        locale
        text
        status
      }
      decisionMaker
      decisionExpectedOn
      targetGroups
      goals {
        id
      }
      places {
        id
      }
      phases {
        id
        kind
        startsOn
        endsOn
        descriptionTranslations {
          locale
          text
          status
        }
      }
    }
  }
`);

export const CreateDialogueMutation = graphql(`
  mutation CreateDialogue($municipalitySlug: String!, $input: DialogueInput!) {
    createDialogue(municipalitySlug: $municipalitySlug, input: $input) {
      id
      status
    }
  }
`);

export const UpdateDialogueMutation = graphql(`
  mutation UpdateDialogue($id: ID!, $input: DialogueInput!) {
    updateDialogue(id: $id, input: $input) {
      id
      status
      title
    }
  }
`);

export const PublishDialogueMutation = graphql(`
  mutation PublishDialogue($id: ID!) {
    publishDialogue(id: $id) {
      id
      status
      openedAt
    }
  }
`);

export const CloseDialogueMutation = graphql(`
  mutation CloseDialogue($id: ID!) {
    closeDialogue(id: $id) {
      id
      status
      closedAt
    }
  }
`);

export const SaveDialogueFeedbackMutation = graphql(`
  mutation SaveDialogueFeedback($id: ID!, $input: DialogueFeedbackInput!) {
    saveDialogueFeedback(id: $id, input: $input) {
      id
      whatWeHeard
      whatHappensNow
    }
  }
`);

export const PublishDialogueFeedbackMutation = graphql(`
  mutation PublishDialogueFeedback($id: ID!) {
    publishDialogueFeedback(id: $id) {
      id
      status
      feedbackPublishedAt
    }
  }
`);

export const AddDialogueDecisionMutation = graphql(`
  mutation AddDialogueDecision($dialogueId: ID!, $input: DialogueDecisionInput!) {
    addDialogueDecision(dialogueId: $dialogueId, input: $input) {
      id
      decisions {
        id
        body
        meetingDate
        paragraph
        diaryNumber
        url
        summary
      }
    }
  }
`);

export const RemoveDialogueDecisionMutation = graphql(`
  mutation RemoveDialogueDecision($id: ID!) {
    removeDialogueDecision(id: $id) {
      id
      decisions {
        id
      }
    }
  }
`);

export const FollowDialogueMutation = graphql(`
  mutation FollowDialogue($id: ID!) {
    followDialogue(id: $id) {
      id
      viewerFollows
      followerCount
    }
  }
`);

export const UnfollowDialogueMutation = graphql(`
  mutation UnfollowDialogue($id: ID!) {
    unfollowDialogue(id: $id) {
      id
      viewerFollows
      followerCount
    }
  }
`);
