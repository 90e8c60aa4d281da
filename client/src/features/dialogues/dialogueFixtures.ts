import type { StubResult } from '../../test/mockClient';

export const DIALOGUE_ID = '6c1f7a52-3d4b-4e8a-9f21-5b7c0d9e1a11';
export const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' };

const tr = (sv: string, fi = '', fit = '', status = 'REVIEWED') => [
  { __typename: 'Translation', locale: 'sv', text: sv, status: 'REVIEWED' },
  { __typename: 'Translation', locale: 'fi', text: fi, status: fi ? status : 'MISSING' },
  { __typename: 'Translation', locale: 'fit', text: fit, status: fit ? status : 'MISSING' },
];

export const phase = (id: string, kind: string, startsOn: string, endsOn: string, isCurrent = false, description: string | null = null) => ({
  __typename: 'DialoguePhase',
  id,
  kind,
  startsOn,
  endsOn,
  description,
  isCurrent,
});

export const decision = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'DialogueDecision',
  id,
  body: 'Kommunstyrelsen',
  meetingDate: '2027-03-15',
  paragraph: '§ 45',
  diaryNumber: '2026-00123',
  url: 'https://www.kalix.se/protokoll/ks-2027-03-15.pdf',
  summary: 'Torget byggs om under 2028.',
  ...overrides,
});

export const survey = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Survey',
  id,
  title: 'Enkät om torget',
  status: 'PUBLISHED',
  version: 1,
  isOpen: true,
  closesAt: '2026-12-20T22:59:00.000Z',
  responseCount: 12,
  ...overrides,
});

/** A dialogue as DialoguePage asks for it; OPEN in its COLLECT phase, seen by a resident. */
export function dialogue(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Dialogue',
    id: DIALOGUE_ID,
    title: 'Hur ska torget i Kalix bli?',
    purpose: 'Kommunen vill veta hur du vill använda torget.',
    promise: 'Kommunstyrelsen tar del av allt som kommit in i mars 2027.',
    decisionMaker: 'Kommunstyrelsen',
    decisionExpectedOn: '2027-03-15',
    targetGroups: ['RESIDENTS', 'YOUNG_PEOPLE'],
    status: 'OPEN',
    openedAt: '2026-11-01T08:00:00.000Z',
    closedAt: null,
    feedbackPublishedAt: null,
    municipality: KALIX,
    translationStatus: [
      { __typename: 'LanguageStatus', locale: 'sv', status: 'REVIEWED' },
      { __typename: 'LanguageStatus', locale: 'fi', status: 'REVIEWED' },
      { __typename: 'LanguageStatus', locale: 'fit', status: 'MACHINE_ASSISTED' },
    ],
    goals: [
      {
        __typename: 'Goal',
        id: 'g-511',
        code: '5.1.1',
        title: 'Kultur, idrott och friluftsliv',
        area: { __typename: 'StrategicArea', id: 'a-51', code: '5.1', title: 'En tillvaro full av möjligheter' },
      },
    ],
    places: [{ __typename: 'Place', id: 'p-kalix', name: 'Kalix' }],
    phases: [
      phase('ph1', 'INFORM', '2026-11-01', '2026-11-14'),
      phase('ph2', 'COLLECT', '2026-11-15', '2026-12-20', true, 'Lämna idéer och svara på enkäten.'),
      phase('ph3', 'ANALYSE', '2027-01-01', '2027-02-28'),
      phase('ph4', 'FEEDBACK', '2027-03-01', '2027-03-31'),
    ],
    currentPhase: { __typename: 'DialoguePhase', id: 'ph2', kind: 'COLLECT' },
    whatWeHeard: null,
    whatHappensNow: null,
    whatWeHeardTranslations: [],
    whatHappensNowTranslations: [],
    decisions: [],
    followerCount: 3,
    viewerFollows: false,
    viewerCanManage: false,
    ideaCount: 4,
    contributionCount: 57,
    workshops: [
      { __typename: 'Workshop', id: 'w-1', title: 'Torgkväll i Folkets hus', startsAt: '2099-12-01T17:00:00.000Z', cancelledAt: null },
    ],
    polls: [{ __typename: 'Poll', id: 'poll-1', question: 'Skatepark på torget?', status: 'OPEN', closesAt: '2026-12-01T15:00:00.000Z' }],
    surveys: [survey('s-1')],
    ...overrides,
  };
}

/** The feedback texts as the manager's editor reads them. */
export const feedbackTranslations = (sv: string, fi: string, fit: string, status = 'REVIEWED') => tr(sv, fi, fit, status);

export function dialogueIdeas(): StubResult {
  return {
    data: {
      ideas: {
        __typename: 'IdeaConnection',
        totalCount: 1,
        edges: [{ __typename: 'IdeaEdge', node: { __typename: 'Idea', id: 'i-1', title: 'Fler bänkar på torget', originalLocale: 'sv' } }],
      },
    },
  };
}
