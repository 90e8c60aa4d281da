import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { kalix } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { ID, idea, IDEA_ID } from '../ideaFixtures';

afterEach(cleanup);

const IDEA_PATH = `/kalix/ideas/${IDEA_ID}`;

describe('an idea’s page', () => {
  it('shows the idea with its body as paragraphs and safe links, its målbilder and places', async () => {
    const { resolve } = accountWorld(null, { Idea: () => ({ data: { idea: idea() } }) });
    await renderApp(IDEA_PATH, { resolve });
    const heading = screen.getByRole('heading', { level: 1, name: 'Cykelväg mellan Töre och Kalix' });
    expect(heading.getAttribute('lang')).toBe('sv');
    expect(screen.getAllByText('KALIX-2026-0001').length).toBeGreaterThan(0);
    expect(screen.getByText('Johan Karlsson')).toBeTruthy();
    expect(screen.getByText('Publicerad')).toBeTruthy();
    const body = document.querySelector('.idea__body')!;
    expect(body.querySelectorAll('p')).toHaveLength(2);
    expect(body.querySelector('br')).toBeTruthy();
    const link = within(body as HTMLElement).getByRole('link', { name: 'https://www.kalix.se/cykel' });
    expect(link.getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(screen.getByRole('link', { name: '5.4.3 Gång och cykel' }).getAttribute('href')).toBe('/kalix/areas/5.4');
    expect(screen.getByRole('link', { name: 'Töre' }).getAttribute('href')).toBe(`/kalix/ideas?place=${ID.tore}`);
    // The places round 2 fills in are there, each a section with a heading.
    for (const name of ['Kommunens svar och beslut', 'Vad har hänt', 'Kommentarer (2)']) {
      expect(screen.getByRole('heading', { level: 2, name }).closest('section')).toBeTruthy();
    }
  });

  it('names a removed author as such', async () => {
    const { resolve } = accountWorld(null, {
      Idea: () => ({ data: { idea: idea({ author: { __typename: 'PublicAuthor', id: null, displayName: '', removed: true } }) } }),
    });
    await renderApp(IDEA_PATH, { resolve });
    expect(screen.getByText('borttagen användare')).toBeTruthy();
  });

  it('moves a link with another municipality in it to the idea’s own address', async () => {
    const elsewhere = { __typename: 'Municipality', id: 'm-overkalix', slug: 'overkalix' };
    const { resolve } = accountWorld(null, { Idea: () => ({ data: { idea: idea({ municipality: elsewhere }) } }) });
    await renderApp(IDEA_PATH, { resolve });
    await screen.findByRole('heading', { level: 1, name: 'Cykelväg mellan Töre och Kalix' });
    // Links built from the address now carry the idea's municipality.
    await waitFor(() => expect(screen.getByRole('link', { name: '5.4.3 Gång och cykel' }).getAttribute('href')).toBe('/overkalix/areas/5.4'));
  });

  it('gives the not-found page for an unknown or hidden idea', async () => {
    const { resolve } = accountWorld(null, { Idea: () => ({ errorCodes: ['NOT_FOUND'], data: { idea: null } }) });
    await renderApp(IDEA_PATH, { resolve, language: 'fit' });
    expect(screen.getByRole('heading', { level: 1, name: 'Ajatusta ei löytyny' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the support button', () => {
  it('offers a signed-out reader a sign-in that returns to the idea', async () => {
    const { resolve } = accountWorld(null, { Idea: () => ({ data: { idea: idea() } }) });
    await renderApp(IDEA_PATH, { resolve });
    expect(screen.getByText('3 personer stöder idén.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Logga in för att stödja idén' }).getAttribute('href')).toBe(
      `/login?returnTo=${encodeURIComponent(IDEA_PATH)}`,
    );
    expect(screen.queryByRole('button', { name: 'Stöd idén' })).toBeNull();
  });

  it('explains to the author that they cannot support their own idea', async () => {
    const { resolve } = accountWorld(viewer(), {
      Idea: () => ({ data: { idea: idea({ author: { __typename: 'PublicAuthor', id: 'u-anna', displayName: 'Anna Niemi', removed: false } }) } }),
    });
    await renderApp(IDEA_PATH, { resolve });
    expect(screen.getByText(/Det här är din egen idé, så du kan inte stödja den/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stöd idén' })).toBeNull();
  });

  it('supports and withdraws, announcing each change politely', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      Idea: () => ({ data: { idea: idea() } }),
      SupportIdea: () => ({ data: { supportIdea: { ...idea(), supportCount: 4, viewerHasSupported: true } } }),
      WithdrawSupport: () => ({ data: { withdrawSupport: { ...idea(), supportCount: 3, viewerHasSupported: false } } }),
    });
    await renderApp(IDEA_PATH, { resolve });
    fireEvent.click(screen.getByRole('button', { name: 'Stöd idén' }));
    expect(await screen.findByRole('button', { name: 'Ta tillbaka mitt stöd' })).toBeTruthy();
    expect(lastCall(world, 'SupportIdea')).toEqual({ ideaId: IDEA_ID });
    expect(screen.getByText('4 personer stöder idén.')).toBeTruthy();
    expect(screen.getByText('Du stöder den här idén.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('Du stöder nu idén Cykelväg mellan Töre och Kalix. 4 personer stöder den.'),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Ta tillbaka mitt stöd' }));
    expect(await screen.findByRole('button', { name: 'Stöd idén' })).toBeTruthy();
    expect(screen.getByText('3 personer stöder idén.')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toContain('Du har tagit tillbaka ditt stöd'));
  });

  it('explains a refusal in the reader’s language', async () => {
    const { resolve } = accountWorld(viewer(), {
      Idea: () => ({ data: { idea: idea() } }),
      SupportIdea: () => ({ errorCodes: ['FORBIDDEN'] }),
    });
    await renderApp(IDEA_PATH, { resolve, language: 'fi' });
    fireEvent.click(screen.getByRole('button', { name: 'Tue ideaa' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tämä on oma ideasi, joten et voi tukea sitä. Jaa sitä mielellään muille.');
  });
});

describe('the strategy view on the area page', () => {
  it('shows per målbild the count, the three most supported ideas and a link to all, from one request', async () => {
    const connection = (total: number, titles: string[]) => ({
      __typename: 'IdeaConnection',
      totalCount: total,
      edges: titles.map((title, i) => ({
        __typename: 'IdeaEdge',
        node: { __typename: 'Idea', id: `i-${title}`, title, reference: `KALIX-2026-000${i}`, supportCount: 5 - i },
      })),
    });
    const calls: Record<string, unknown>[] = [];
    await renderApp('/kalix/areas/5.1', {
      resolve: (operation, variables, language) => {
        if (operation !== 'AreaIdeas') return kalix(operation, variables, language);
        calls.push(variables);
        return { data: { i0: connection(4, ['Meänkielen kerho Töressä', 'Valaistu hiihtolatu', 'Konsert i Folkets hus']), i1: connection(0, []) } };
      },
    });
    await screen.findByText('4 idéer handlar om målbilden.');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ slug: 'kalix', g0: 'g-511', use0: true, g1: 'g-512', use1: true });
    expect(calls[0]).not.toHaveProperty('use2');
    const first = screen.getByRole('heading', { level: 2, name: 'Kultur, idrott och friluftsliv' }).closest('section')!;
    expect(within(within(first).getByRole('list', { name: 'Flest stöd:' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Meänkielen kerho Töressä 5 stöder',
      'Valaistu hiihtolatu 4 stöder',
      'Konsert i Folkets hus 3 stöder',
    ]);
    expect(within(first).getByRole('link', { name: 'Alla idéer om målbilden' }).getAttribute('href')).toBe('/kalix/ideas?goal=g-511');
    const second = screen.getByRole('heading', { level: 2, name: 'God bebyggd miljö och samhällsplanering' }).closest('section')!;
    expect(within(second).getByText('Ingen har lämnat en idé om målbilden ännu.')).toBeTruthy();
    expect(within(second).getByRole('link', { name: 'Lämna en idé' }).getAttribute('href')).toBe('/kalix/ideas/new');
  });
});
