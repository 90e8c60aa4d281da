import { IDEA_ID } from '../ideaFixtures';

export const C = {
  first: '00000000-0000-4000-8000-0000000c0001',
  reply: '00000000-0000-4000-8000-0000000c0002',
  deleted: '00000000-0000-4000-8000-0000000c0003',
  hidden: '00000000-0000-4000-8000-0000000c0004',
  mine: '00000000-0000-4000-8000-0000000c0005',
};

const author = (id: string | null, displayName: string) => ({ __typename: 'PublicAuthor', id, displayName, removed: false });

/** A comment as the API answers it (the viewer in the tests is Anna Niemi, u-anna). */
export function comment(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Comment',
    id: C.first,
    body: 'Bra idé, jag cyklar där varje dag.',
    createdAt: '2026-05-02T08:00:00Z',
    editedAt: null,
    editableUntil: '2026-05-02T08:15:00Z',
    deleted: false,
    hidden: false,
    isIdeaAuthor: false,
    isOfficer: false,
    parentId: null,
    replyCount: 0,
    viewerCanEdit: false,
    viewerCanDelete: false,
    author: author('u-pekka', 'Pekka Lampinen'),
    replies: [],
    ...overrides,
  };
}

export function officerReply(overrides: Record<string, unknown> = {}) {
  return comment({
    id: C.reply,
    parentId: C.first,
    body: 'Tack! Vi utreder sträckan i höst.',
    isOfficer: true,
    author: author('u-officer', 'Maria Kommunsson'),
    createdAt: '2026-05-03T09:00:00Z',
    editedAt: '2026-05-03T09:05:00Z',
    ...overrides,
  });
}

/** A comment Anna wrote a moment ago: she may still edit and delete it. */
export function myComment(overrides: Record<string, unknown> = {}) {
  return comment({
    id: C.mine,
    body: 'Jag håller med.',
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    editableUntil: new Date(Date.now() + 14 * 60_000).toISOString(),
    viewerCanEdit: true,
    viewerCanDelete: true,
    author: author('u-anna', 'Anna Niemi'),
    ...overrides,
  });
}

export function commentsPage(nodes: unknown[], options: { total?: number; hasNextPage?: boolean; commentCount?: number } = {}) {
  const total = options.total ?? nodes.length;
  const hasNextPage = options.hasNextPage ?? false;
  const commentCount = options.commentCount ?? total;
  return {
    data: {
      idea: {
        __typename: 'Idea',
        id: IDEA_ID,
        commentCount,
        comments: {
          __typename: 'CommentConnection',
          totalCount: total,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
          edges: nodes.map((node, i) => ({ __typename: 'CommentEdge', cursor: `c${i}`, node })),
        },
      },
    },
  };
}

export const DECISION = {
  __typename: 'DecisionReference',
  body: 'Kommunstyrelsen',
  meetingDate: '2026-11-09',
  paragraph: '§ 187',
  diaryNumber: '2026-00412',
  url: 'https://www.kalix.se/protokoll/ks-2026-11-09.pdf',
};

export function response(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'IdeaResponse',
    body: 'Kommunen bygger cykelvägen under 2027.',
    bodyLocale: 'sv',
    originalLocale: 'sv',
    respondedAt: '2026-11-10T09:00:00Z',
    respondent: author('u-officer', 'Maria Kommunsson'),
    translations: [{ __typename: 'BodyTranslation', locale: 'sv', body: 'Kommunen bygger cykelvägen under 2027.' }],
    decision: DECISION,
    ...overrides,
  };
}

const entry = (id: string, kind: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'IdeaTimelineEntry',
  id,
  kind,
  occurredAt,
  fromStatus: null,
  toStatus: null,
  supportCount: null,
  threshold: null,
  exempt: null,
  actor: null,
  decision: null,
  ...extra,
});

export function timeline() {
  return [
    entry('t1', 'SUBMITTED', '2026-05-01T10:00:00Z'),
    entry('t2', 'THRESHOLD_REACHED', '2026-06-01T10:00:00Z', { supportCount: 50, threshold: 50, exempt: false }),
    entry('t3', 'STATUS_CHANGED', '2026-06-02T10:00:00Z', { fromStatus: 'PUBLISHED', toStatus: 'UNDER_REVIEW' }),
    entry('t4', 'ANSWERED', '2026-11-10T09:00:00Z'),
    entry('t5', 'DECIDED', '2026-11-10T09:00:00Z', { decision: DECISION }),
  ];
}

export function engagement(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      idea: {
        __typename: 'Idea',
        id: IDEA_ID,
        status: 'ANSWERED',
        commentCount: 2,
        viewerIsFollowing: false,
        response: response(),
        timeline: timeline(),
        ...overrides,
      },
    },
  };
}
