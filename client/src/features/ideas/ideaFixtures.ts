import type { StubResult } from '../../test/mockClient';

/** Ids as the API gives them (UUIDs: the shared schema checks them). */
export const ID = {
  goal511: '00000000-0000-4000-8000-000000000511',
  goal513: '00000000-0000-4000-8000-000000000513',
  goal542: '00000000-0000-4000-8000-000000000542',
  goal543: '00000000-0000-4000-8000-000000000543',
  kalix: '00000000-0000-4000-8000-00000000a001',
  tore: '00000000-0000-4000-8000-00000000a002',
};

/** Kalix's areas, målbilder and places as IdeaOptions answers them (abridged). */
export function ideaOptions(): StubResult {
  const goal = (id: string, code: string, title: string) => ({ __typename: 'Goal', id, code, title });
  return {
    data: {
      municipality: {
        __typename: 'Municipality',
        id: 'm-kalix',
        slug: 'kalix',
        name: 'Kalix',
        currentStrategy: {
          __typename: 'Strategy',
          id: 's-lus',
          areas: [
            {
              __typename: 'StrategicArea',
              id: 'a-51',
              code: '5.1',
              title: 'En tillvaro full av möjligheter',
              goals: [goal(ID.goal511, '5.1.1', 'Kultur, idrott och friluftsliv'), goal(ID.goal513, '5.1.3', 'Service i hela kommunen')],
            },
            {
              __typename: 'StrategicArea',
              id: 'a-54',
              code: '5.4',
              title: 'Hållbar infrastruktur',
              goals: [goal(ID.goal542, '5.4.2', 'Hållbara resor'), goal(ID.goal543, '5.4.3', 'Gång och cykel')],
            },
          ],
        },
        places: [
          { __typename: 'Place', id: ID.kalix, name: 'Kalix', kind: 'CENTRAL_TOWN' },
          { __typename: 'Place', id: ID.tore, name: 'Töre', kind: 'VILLAGE' },
        ],
      },
    },
  };
}

export const IDEA_ID = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

/** An idea as the Idea query answers it. */
export function idea(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Idea',
    id: IDEA_ID,
    municipality: { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix' },
    title: 'Cykelväg mellan Töre och Kalix',
    reference: 'KALIX-2026-0001',
    status: 'PUBLISHED',
    body: 'I dag cyklar vi längs E4.\nDet är farligt.\n\nSe https://www.kalix.se/cykel.',
    originalLocale: 'sv',
    createdAt: '2026-05-01T10:00:00Z',
    commentCount: 2,
    supportCount: 3,
    viewerHasSupported: false,
    author: { __typename: 'PublicAuthor', id: 'u-johan', displayName: 'Johan Karlsson', removed: false },
    goals: [
      {
        __typename: 'Goal',
        id: ID.goal543,
        code: '5.4.3',
        title: 'Gång och cykel',
        area: { __typename: 'StrategicArea', id: 'a-54', code: '5.4', title: 'Hållbar infrastruktur' },
      },
    ],
    places: [
      { __typename: 'Place', id: ID.tore, name: 'Töre' },
      { __typename: 'Place', id: ID.kalix, name: 'Kalix' },
    ],
    ...overrides,
  };
}

/** One page of ideas; `count` cards numbered from `from`. */
export function ideasPage(count: number, total: number, from = 0, hasNextPage = false) {
  const edges = Array.from({ length: count }, (_, i) => {
    const n = from + i + 1;
    return {
      __typename: 'IdeaEdge',
      cursor: `c${n}`,
      node: {
        __typename: 'Idea',
        id: `idea-${n}`,
        title: `Idé nummer ${n}`,
        reference: `KALIX-2026-${String(n).padStart(4, '0')}`,
        status: 'PUBLISHED',
        body: `Beskrivning av idé ${n}, som är tillräckligt lång.`,
        originalLocale: n % 2 ? 'sv' : 'fit',
        supportCount: n,
        commentCount: 0,
        createdAt: '2026-05-01T10:00:00Z',
        places: [{ __typename: 'Place', id: ID.tore, name: 'Töre' }],
        goals: [{ __typename: 'Goal', id: ID.goal543, code: '5.4.3', title: 'Gång och cykel' }],
      },
    };
  });
  return {
    data: {
      ideas: {
        __typename: 'IdeaConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
}
