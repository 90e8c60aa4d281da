import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' };
const ORG_ID = '00000000-0000-4000-8000-0000000b0001';

function association(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Organization',
    id: ORG_ID,
    name: 'Töre byaförening',
    kind: 'VILLAGE_ASSOCIATION',
    status: 'APPROVED',
    description: null,
    contactEmail: null,
    reviewReason: null,
    createdAt: '2026-01-10T10:00:00Z',
    memberCount: 1,
    homePlace: null,
    municipality: KALIX,
    viewerMembership: { __typename: 'Membership', id: 'ms-lars', role: 'LEADER' },
    members: [{ __typename: 'Membership', id: 'ms-lars', role: 'LEADER', createdAt: '2026-01-10T10:00:00Z', user: { __typename: 'User', id: 'u-anna', displayName: 'Anna Niemi' } }],
    ...overrides,
  };
}

const workshops = {
  data: {
    workshops: {
      __typename: 'WorkshopConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: [
        {
          __typename: 'WorkshopEdge',
          cursor: 'c1',
          node: {
            __typename: 'Workshop',
            id: 'w-1',
            title: 'Framtidskväll i Töre',
            startsAt: '2026-03-10T17:00:00Z',
            endsAt: '2026-03-10T19:00:00Z',
            cancelledAt: null,
            outcomeStatus: 'DRAFT',
            venue: 'Töre bygdegård',
            organization: { __typename: 'Organization', id: ORG_ID, name: 'Töre byaförening' },
            place: { __typename: 'Place', id: 'p2', name: 'Töre' },
          },
        },
      ],
    },
  },
};

describe('an organization’s workshops on its page', () => {
  it('lists its workshops and offers its leader "Planera en workshop" for this organization', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      Organization: () => ({ data: { organization: association() } }),
      OrganizationInvitations: () => ({ data: { organizationInvitations: [] } }),
      WorkshopShortList: () => workshops,
    });
    await renderApp(`/organizations/${ORG_ID}`, { resolve });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Workshoppar' })).closest('section')!;
    expect(lastCall(world, 'WorkshopShortList')).toMatchObject({ municipalitySlug: 'kalix', organizationId: ORG_ID, placeId: null });
    expect(within(section).getByRole('link', { name: 'Framtidskväll i Töre' }).getAttribute('href')).toBe('/kalix/workshops/w-1');
    expect(section.textContent).toContain('Töre');
    expect(section.textContent).toContain('Resultatet granskas');
    expect(within(section).getByRole('link', { name: 'Planera en workshop' }).getAttribute('href')).toBe(`/kalix/workshops/new?organization=${ORG_ID}`);
  });

  it('shows the section to everyone (any kind of organization), without "Planera en workshop" for members', async () => {
    const member = accountWorld(viewer(), {
      Organization: () => ({
        data: { organization: association({ kind: 'SCHOOL_COUNCIL', viewerMembership: { __typename: 'Membership', id: 'ms-x', role: 'MEMBER' } }) },
      }),
      WorkshopShortList: () => ({ data: { workshops: { ...workshops.data.workshops, totalCount: 0, edges: [] } } }),
    });
    await renderApp(`/organizations/${ORG_ID}`, { resolve: member.resolve });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Workshoppar' })).closest('section')!;
    expect(section.textContent).toContain('Inga workshoppar än.');
    expect(screen.queryByRole('link', { name: 'Planera en workshop' })).toBeNull();
  });
});
