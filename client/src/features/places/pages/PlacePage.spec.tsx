import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kalix, placesPage } from '../../../test/fixtures';
import type { StubResolver } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const NBSP = '\u00a0';
const ORG = { __typename: 'Organization', id: 'org-tore', name: 'Töre byaförening' };
const TORE = { __typename: 'Place', id: 'p2', name: 'Töre' };

const workshopNode = (id: string, title: string, startsAt: string, outcomeStatus: string, cancelledAt: string | null = null) => ({
  __typename: 'Workshop',
  id,
  title,
  startsAt,
  endsAt: startsAt,
  cancelledAt,
  outcomeStatus,
  venue: 'Töre bygdegård',
  organization: ORG,
  place: TORE,
});

const idea = (id: string, title: string) => ({
  __typename: 'Idea',
  id,
  title,
  reference: 'KX-2026-0001',
  status: 'PUBLISHED',
  body: 'Ett förslag om byn.',
  originalLocale: 'sv',
  supportCount: 3,
  commentCount: 1,
  createdAt: '2026-02-01T10:00:00Z',
  places: [TORE],
  goals: [],
});

function world() {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const resolve: StubResolver = (operation, variables, language) => {
    calls.push({ operation, variables });
    if (operation === 'PlacePage' && variables.slug === 'kalix') {
      const data = placesPage(language);
      const places = data.municipality.places.map((place) => ({ ...place, workshopInputCount: place.id === 'p2' ? 27 : 0 }));
      return { data: { municipality: { ...data.municipality, places } } };
    }
    if (operation === 'PlaceIdeas') {
      return {
        data: {
          ideas: {
            __typename: 'IdeaConnection',
            totalCount: 12,
            edges: [
              { __typename: 'IdeaEdge', cursor: 'c1', node: idea('idea-1', 'Belysning vid skolan') },
              { __typename: 'IdeaEdge', cursor: 'c2', node: idea('idea-2', 'Bastu vid badplatsen') },
            ],
          },
        },
      };
    }
    if (operation === 'WorkshopShortList') {
      return {
        data: {
          workshops: {
            __typename: 'WorkshopConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [
              { __typename: 'WorkshopEdge', cursor: 'w2', node: workshopNode('w-2', 'Framtidskväll i Töre', '2026-03-10T17:00:00Z', 'PUBLISHED') },
              { __typename: 'WorkshopEdge', cursor: 'w1', node: workshopNode('w-1', 'Byavandring', '2025-09-05T15:00:00Z', 'NONE', '2025-09-01T10:00:00Z') },
            ],
          },
        },
      };
    }
    return kalix(operation, variables, language);
  };
  return { calls, resolve };
}

describe('PlacePage', () => {
  it('shows the place with its kind and population, breadcrumbs, and what its residents contributed', async () => {
    const { calls, resolve } = world();
    await renderApp('/kalix/places/p2', { resolve });

    expect(screen.getByRole('heading', { level: 1, name: 'Töre' })).toBeTruthy();
    expect(screen.getByText('By')).toBeTruthy();
    expect(document.querySelector('.lead')?.textContent).toBe(`Invånare (år): 1${NBSP}051 (2015)`);
    const crumbs = screen.getByRole('navigation', { name: 'Du är här' });
    expect(within(crumbs).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Kalix', 'Orter och byar', 'Töre']);
    expect(within(crumbs).getByRole('link', { name: 'Orter och byar' }).getAttribute('href')).toBe('/kalix/places');

    const contributions = screen.getByRole('region', { name: 'Det här har invånarna i Töre bidragit med' });
    expect(within(contributions).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['12 idéer', '27 inlägg från workshoppar']);
    expect(calls.find((c) => c.operation === 'PlaceIdeas')?.variables).toEqual({ slug: 'kalix', placeId: 'p2' });
  });

  it('lists the workshops held there, newest first, with date, organizer and outcome, and the latest ideas', async () => {
    const { calls, resolve } = world();
    await renderApp('/kalix/places/p2', { resolve });

    expect(calls.find((c) => c.operation === 'WorkshopShortList')?.variables).toMatchObject({ municipalitySlug: 'kalix', placeId: 'p2' });
    const workshops = screen.getByRole('region', { name: 'Workshoppar i Töre' });
    const articles = within(workshops).getAllByRole('article');
    expect(articles.map((a) => within(a).getByRole('heading', { level: 3 }).textContent)).toEqual(['Framtidskväll i Töre', 'Byavandring']);
    expect(within(articles[0]!).getByRole('link', { name: 'Framtidskväll i Töre' }).getAttribute('href')).toBe('/kalix/workshops/w-2');
    expect(articles[0]!.textContent).toContain('10 mars 2026');
    expect(articles[0]!.textContent).toContain('Ordnas av Töre byaförening');
    expect(articles[0]!.textContent).toContain('Resultat publicerat');
    expect(articles[1]!.textContent).toContain('Inställd');

    const ideas = screen.getByRole('region', { name: 'Senaste idéerna' });
    expect(within(ideas).getByRole('link', { name: 'Belysning vid skolan' }).getAttribute('href')).toBe('/kalix/ideas/idea-1');
    expect(within(ideas).getByRole('link', { name: 'Alla idéer från Töre' }).getAttribute('href')).toBe('/kalix/ideas?place=p2');
  });

  it('gives a not-found page for a place the municipality does not have', async () => {
    await renderApp('/kalix/places/nowhere', { resolve: world().resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Orten finns inte' })).toBeTruthy();
  });

  it('links every name in the places list to the place page', async () => {
    await renderApp('/kalix/places', { resolve: kalix });
    const table = screen.getByRole('table', { name: 'Orter och byar i Kalix med antal invånare' });
    expect(within(table).getByRole('link', { name: 'Töre' }).getAttribute('href')).toBe('/kalix/places/p2');
    expect(within(table).getByRole('link', { name: 'Övrebygden' }).getAttribute('href')).toBe('/kalix/places/p3');
  });
});
