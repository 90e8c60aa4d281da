import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const TORE = '00000000-0000-4000-8000-00000000a001';
const SANGIS = '00000000-0000-4000-8000-00000000a002';
const BYAFORENING = '00000000-0000-4000-8000-00000000b001';
const FOLKETS_HUS = '00000000-0000-4000-8000-00000000b002';

function filters() {
  return {
    data: {
      municipality: {
        __typename: 'Municipality',
        id: 'm-kalix',
        slug: 'kalix',
        name: 'Kalix',
        places: [
          { __typename: 'Place', id: TORE, name: 'Töre', kind: 'VILLAGE' },
          { __typename: 'Place', id: SANGIS, name: 'Sangis', kind: 'VILLAGE' },
        ],
      },
      organizations: [
        { __typename: 'Organization', id: FOLKETS_HUS, name: 'Folkets Hus Kalix' },
        { __typename: 'Organization', id: BYAFORENING, name: 'Töre byaförening' },
      ],
    },
  };
}

const tr = (locale: string, status: string) => ({ __typename: 'Translation', locale, status });

function node(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Workshop',
    id,
    title: 'Hur vill vi ha det i Töre 2030?',
    titleTranslations: [tr('sv', 'REVIEWED'), tr('fi', 'MISSING'), tr('fit', 'MISSING')],
    originalLocale: 'sv',
    startsAt: '2030-06-10T16:00:00.000Z',
    endsAt: '2030-06-10T18:00:00.000Z',
    venue: 'Töre bygdegård',
    cancelledAt: null,
    signupEnabled: true,
    signupCount: 3,
    signupLimit: 20,
    outcomeStatus: 'NONE',
    place: { __typename: 'Place', id: TORE, name: 'Töre' },
    organization: { __typename: 'Organization', id: BYAFORENING, name: 'Töre byaförening' },
    ...overrides,
  };
}

function list(nodes: ReturnType<typeof node>[], hasNextPage = false) {
  return {
    data: {
      workshops: {
        __typename: 'WorkshopConnection',
        totalCount: nodes.length + (hasNextPage ? 1 : 0),
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
        edges: nodes.map((n) => ({ __typename: 'WorkshopEdge', cursor: n.id, node: n })),
      },
    },
  };
}

describe('the workshop list', () => {
  it('reads its tab, place and organization from the address and keeps them when filtering', async () => {
    const { world, resolve } = accountWorld(null, {
      WorkshopFilters: filters,
      WorkshopsList: () => list([node('w1')]),
    });
    await renderApp(`/kalix/workshops?when=PAST&place=${TORE}`, { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Workshoppar' })).toBeTruthy();
    await waitFor(() => expect(lastCall(world, 'WorkshopsList')).toMatchObject({ municipalitySlug: 'kalix', when: 'PAST', placeId: TORE, organizationId: null }));
    const tabs = screen.getByRole('navigation', { name: 'Visa workshoppar' });
    expect(within(tabs).getByRole('link', { name: 'Tidigare' }).getAttribute('aria-current')).toBe('page');
    expect(within(tabs).getByRole('link', { name: 'Kommande' }).getAttribute('href')).toBe(`/kalix/workshops?place=${TORE}`);
    expect((screen.getByLabelText('Plats (by)') as HTMLSelectElement).value).toBe(TORE);

    fireEvent.change(screen.getByLabelText('Arrangör'), { target: { value: BYAFORENING } });
    fireEvent.click(screen.getByRole('button', { name: 'Visa' }));
    await waitFor(() =>
      expect(lastCall(world, 'WorkshopsList')).toMatchObject({ when: 'PAST', placeId: TORE, organizationId: BYAFORENING }),
    );
    // The tabs now carry both filters: reload and back keep them.
    expect(within(tabs).getByRole('link', { name: 'Alla' }).getAttribute('href')).toBe(
      `/kalix/workshops?when=ALL&place=${TORE}&organization=${BYAFORENING}`,
    );
  });

  it('defaults to upcoming workshops and shows cards with date, venue, village, sign-ups and status', async () => {
    const { world, resolve } = accountWorld(null, {
      WorkshopFilters: filters,
      WorkshopsList: () =>
        list([
          node('w1'),
          node('w2', {
            title: 'Byaträff i Sangis',
            titleTranslations: [tr('sv', 'MISSING'), tr('fi', 'REVIEWED'), tr('fit', 'MISSING')],
            originalLocale: 'fi',
            cancelledAt: '2030-06-01T10:00:00.000Z',
          }),
          node('w3', { title: 'Sommarmöte', outcomeStatus: 'PUBLISHED', signupEnabled: false }),
        ]),
    });
    await renderApp('/kalix/workshops', { resolve });
    await waitFor(() => expect(lastCall(world, 'WorkshopsList')).toMatchObject({ when: 'UPCOMING' }));
    const first = (await screen.findByRole('link', { name: 'Hur vill vi ha det i Töre 2030?' })).closest('article')!;
    expect(first.getAttribute('lang')).toBeNull();
    expect(within(first).getByText('3 anmälda av max 20')).toBeTruthy();
    expect(within(first).getByText('Var: Töre bygdegård')).toBeTruthy();
    expect(within(first).getByText('By: Töre')).toBeTruthy();
    expect(within(first).getByText(/10 juni 2030/)).toBeTruthy();
    // A title shown in another language than the page's is marked up with its language.
    expect(screen.getByRole('link', { name: 'Byaträff i Sangis' }).getAttribute('lang')).toBe('fi');
    expect(within(screen.getByRole('link', { name: 'Byaträff i Sangis' }).closest('article')!).getByText('Inställd')).toBeTruthy();
    const third = screen.getByRole('link', { name: 'Sommarmöte' }).closest('article')!;
    expect(within(third).getByText('Resultat publicerat')).toBeTruthy();
    expect(within(third).queryByText(/anmälda/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Planera en workshop' })).toBeNull();
  });

  it('offers "Planera en workshop" to the leader of an approved organization of the municipality', async () => {
    const me = viewer();
    const { resolve } = accountWorld(me, {
      WorkshopFilters: filters,
      WorkshopsList: () => list([]),
      MyWorkshopOrganizations: () => ({
        data: {
          me: {
            __typename: 'User',
            id: me.id,
            organizations: [
              {
                __typename: 'Membership',
                id: 'ms1',
                role: 'LEADER',
                organization: {
                  __typename: 'Organization',
                  id: BYAFORENING,
                  name: 'Töre byaförening',
                  kind: 'VILLAGE_ASSOCIATION',
                  status: 'APPROVED',
                  municipality: { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix' },
                },
              },
            ],
          },
        },
      }),
    });
    await renderApp('/kalix/workshops', { resolve });
    expect((await screen.findByRole('link', { name: 'Planera en workshop' })).getAttribute('href')).toBe('/kalix/workshops/new');
    expect(await screen.findByText('Inga workshoppar är planerade just nu.')).toBeTruthy();
  });

  it('offers it to officers too, and not to a member who leads nothing', async () => {
    const officer = accountWorld(viewer({ roles: [Role.OFFICER] }), { WorkshopFilters: filters, WorkshopsList: () => list([]) });
    await renderApp('/kalix/workshops', { resolve: officer.resolve });
    expect(await screen.findByRole('link', { name: 'Planera en workshop' })).toBeTruthy();
    cleanup();
    const resident = accountWorld(viewer(), { WorkshopFilters: filters, WorkshopsList: () => list([]) });
    await renderApp('/kalix/workshops', { resolve: resident.resolve });
    await screen.findByText('Inga workshoppar är planerade just nu.');
    expect(screen.queryByRole('link', { name: 'Planera en workshop' })).toBeNull();
  });
});
