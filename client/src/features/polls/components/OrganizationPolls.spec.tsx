import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' };
const COUNCIL_ID = '00000000-0000-4000-8000-0000000c0001';

function council(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Organization',
    id: COUNCIL_ID,
    name: 'Elevrådet Furuhedsskolan',
    kind: 'SCHOOL_COUNCIL',
    status: 'APPROVED',
    description: null,
    contactEmail: null,
    reviewReason: null,
    createdAt: '2026-04-01T10:00:00Z',
    memberCount: 1,
    homePlace: null,
    municipality: KALIX,
    viewerMembership: { __typename: 'Membership', id: 'ms-elsa', role: 'LEADER' },
    members: [{ __typename: 'Membership', id: 'ms-elsa', role: 'LEADER', createdAt: '2026-04-01T10:00:00Z', user: { __typename: 'User', id: 'u-anna', displayName: 'Anna Niemi' } }],
    ...overrides,
  };
}

const polls = {
  data: {
    polls: {
      __typename: 'PollConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: [
        {
          __typename: 'PollEdge',
          cursor: 'c1',
          node: {
            __typename: 'Poll',
            id: 'p-1',
            question: 'Vad ska vi göra på friluftsdagen?',
            audience: null,
            status: 'SCHEDULED',
            opensAt: '2030-03-02T07:00:00.000Z',
            closesAt: '2030-03-09T15:00:00.000Z',
            organization: { __typename: 'Organization', id: COUNCIL_ID, name: 'Elevrådet Furuhedsskolan' },
          },
        },
      ],
    },
  },
};

describe('a council’s polls on its organization page', () => {
  it('lists the council’s polls and offers its leader "Ny omröstning" for this council', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      Organization: () => ({ data: { organization: council() } }),
      OrganizationInvitations: () => ({ data: { organizationInvitations: [] } }),
      PollsList: () => polls,
    });
    await renderApp(`/organizations/${COUNCIL_ID}`, { resolve });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Omröstningar' })).closest('section')!;
    expect(lastCall(world, 'PollsList')).toMatchObject({ municipalitySlug: 'kalix', organizationId: COUNCIL_ID });
    expect(within(section).getByRole('link', { name: 'Vad ska vi göra på friluftsdagen?' }).getAttribute('href')).toBe('/kalix/polls/p-1');
    expect(section.textContent).toContain('Status: Kommer snart');
    expect(within(section).getByRole('link', { name: 'Ny omröstning' }).getAttribute('href')).toBe(`/kalix/polls/new?organization=${COUNCIL_ID}`);
  });

  it('shows no poll section for other kinds of organizations, and no "Ny omröstning" to members', async () => {
    const village = accountWorld(viewer(), { Organization: () => ({ data: { organization: council({ kind: 'VILLAGE_ASSOCIATION' }) } }), PollsList: () => polls });
    await renderApp(`/organizations/${COUNCIL_ID}`, { resolve: village.resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Elevrådet Furuhedsskolan' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Omröstningar' })).toBeNull();
    cleanup();

    const member = accountWorld(viewer(), {
      Organization: () => ({ data: { organization: council({ viewerMembership: { __typename: 'Membership', id: 'ms-x', role: 'MEMBER' } }) } }),
      PollsList: () => polls,
    });
    await renderApp(`/organizations/${COUNCIL_ID}`, { resolve: member.resolve });
    expect(await screen.findByRole('heading', { level: 2, name: 'Omröstningar' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ny omröstning' })).toBeNull();
  });
});
