import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { AppProviders } from '../../../app/providers';
import { createI18n } from '../../../i18n/i18n';
import { Role } from '@medskapa/shared';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { createStubClient, type StubResolver } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';
import { ID, ideaOptions, ideasPage } from '../ideaFixtures';

afterEach(cleanup);

/** The app at `path`, with the router's current address readable from the test. */
async function renderWithLocation(path: string, resolve: StubResolver) {
  const i18n = await createI18n('sv');
  const location = { current: '' };
  function Spy() {
    const current = useLocation();
    location.current = current.pathname + current.search;
    return null;
  }
  render(
    <AppProviders i18n={i18n} createClient={(language) => createStubClient(language, resolve)}>
      <MemoryRouter initialEntries={[path]}>
        <App />
        <Spy />
      </MemoryRouter>
    </AppProviders>,
  );
  return location;
}

describe('the ideas list', () => {
  it('reads its filters from the address and sends them to the API', async () => {
    const { world, resolve } = accountWorld(null, {
      IdeaOptions: ideaOptions,
      Ideas: () => ideasPage(2, 2),
    });
    await renderApp(`/kalix/ideas?area=a-54&place=${ID.tore}&order=MOST_SUPPORTED`, { resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Idéer' })).toBeTruthy();
    expect(lastCall(world, 'Ideas')).toMatchObject({
      filter: { municipalitySlug: 'kalix', areaId: 'a-54', placeId: `${ID.tore}`, goalId: null, search: null },
      orderBy: 'MOST_SUPPORTED',
    });
    expect((screen.getByLabelText('Strategiskt område') as HTMLSelectElement).value).toBe('a-54');
    expect((screen.getByLabelText('Ort eller by') as HTMLSelectElement).value).toBe(`${ID.tore}`);
    // Only the målbilder of the chosen area are offered.
    const goals = within(screen.getByLabelText('Målbild')).getAllByRole('option').map((o) => o.textContent);
    expect(goals).toEqual(['Alla målbilder', '5.4.2 Hållbara resor', '5.4.3 Gång och cykel']);
    expect(screen.getByText('2 idéer')).toBeTruthy();
    const card = screen.getByRole('link', { name: 'Idé nummer 1' });
    expect(card.getAttribute('href')).toBe('/kalix/ideas/idea-1');
    const article = card.closest('article')!;
    expect(within(article).getByText('KALIX-2026-0001')).toBeTruthy();
    expect(within(article).getByText('1 stöder')).toBeTruthy();
    expect(within(article).getByText('0 kommentarer')).toBeTruthy();
    expect(within(article).getByText(/Töre/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lämna en idé' }).getAttribute('href')).toBe('/kalix/ideas/new');
  });

  it('puts the chosen filters in the address when applied, and clears a målbild of another area', async () => {
    const { world, resolve } = accountWorld(null, { IdeaOptions: ideaOptions, Ideas: () => ideasPage(1, 1) });
    const location = await renderWithLocation(`/kalix/ideas?goal=${ID.goal511}`, resolve);
    expect((screen.getByLabelText('Målbild') as HTMLSelectElement).value).toBe(`${ID.goal511}`);
    fireEvent.change(screen.getByLabelText('Strategiskt område'), { target: { value: 'a-54' } });
    expect((screen.getByLabelText('Målbild') as HTMLSelectElement).value).toBe('');
    fireEvent.change(screen.getByLabelText('Ort eller by'), { target: { value: `${ID.tore}` } });
    fireEvent.change(screen.getByLabelText('Sök bland idéerna'), { target: { value: 'cykel' } });
    // Nothing happens before the reader applies.
    expect(location.current).toBe(`/kalix/ideas?goal=${ID.goal511}`);
    fireEvent.click(screen.getByRole('button', { name: 'Visa idéer' }));
    await waitFor(() => expect(location.current).toBe(`/kalix/ideas?area=a-54&place=${ID.tore}&q=cykel`));
    expect(lastCall(world, 'Ideas')).toMatchObject({ filter: { areaId: 'a-54', placeId: `${ID.tore}`, search: 'cykel', goalId: null }, orderBy: null });
    // With a search, "best match" is the default order.
    expect((screen.getByLabelText('Sortering') as HTMLSelectElement).value).toBe('RELEVANCE');
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    await waitFor(() => expect(location.current).toBe('/kalix/ideas'));
  });

  it('offers the municipality\'s dialogues as a filter and sends the chosen one', async () => {
    const withDialogues = () => {
      const options = ideaOptions() as { data: Record<string, unknown> };
      return { data: { ...options.data, dialogues: [{ __typename: 'Dialogue', id: 'd-1', title: 'Bra plats att växa upp på', status: 'OPEN' }] } };
    };
    const { world, resolve } = accountWorld(null, { IdeaOptions: withDialogues, Ideas: () => ideasPage(1, 1) });
    const location = await renderWithLocation('/kalix/ideas?dialogue=d-1', resolve);
    expect((screen.getByLabelText('Dialog') as HTMLSelectElement).value).toBe('d-1');
    expect(lastCall(world, 'Ideas')).toMatchObject({ filter: { dialogueId: 'd-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    await waitFor(() => expect(location.current).toBe('/kalix/ideas'));
  });

  it('shows an empty state, and the count of a longer list with "load more"', async () => {
    let total = 0;
    const { resolve } = accountWorld(null, {
      IdeaOptions: ideaOptions,
      Ideas: (variables) => (total === 0 ? ideasPage(0, 0) : variables.after ? ideasPage(2, 4, 2) : ideasPage(2, 4, 0, true)),
    });
    await renderApp(`/kalix/ideas?place=${ID.tore}`, { resolve });
    expect(screen.getByText('Inga idéer matchar det du valt. Pröva att ta bort något filter eller söka på andra ord.')).toBeTruthy();
    cleanup();

    total = 4;
    await renderApp('/kalix/ideas', { resolve });
    expect(screen.getByText('Visar 2 av 4 idéer')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler idéer' }));
    await waitFor(() => expect(screen.getByText('4 idéer')).toBeTruthy());
    expect(screen.getAllByRole('article')).toHaveLength(4);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Idé nummer 3'));
    expect(screen.queryByRole('button', { name: 'Visa fler idéer' })).toBeNull();
  });

  it('is linked from the main navigation of the municipality', async () => {
    const { resolve } = accountWorld(null, { IdeaOptions: ideaOptions, Ideas: () => ideasPage(0, 0) });
    await renderApp('/kalix/ideas', { resolve });
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Idéer' }).getAttribute('aria-current')).toBe('page'));
  });

  it('is offered on the municipality start page', async () => {
    const { resolve } = accountWorld(null);
    await renderApp('/kalix', { resolve });
    const section = screen.getByRole('heading', { level: 2, name: 'Invånarnas idéer' }).closest('section')!;
    expect(within(section).getByRole('link', { name: 'Lämna en idé' }).getAttribute('href')).toBe('/kalix/ideas/new');
    expect(within(section).getByRole('link', { name: 'Se alla idéer' }).getAttribute('href')).toBe('/kalix/ideas');
  });
});

describe('answering several ideas at once', { timeout: 15_000 }, () => {
  const answered = (ids: string[]) => ({
    data: { respondToIdeas: ids.map((id) => ({ __typename: 'Idea', id, status: 'NOT_PLANNED', response: null })) },
  });

  it('is offered to officers only', async () => {
    const { resolve } = accountWorld(viewer(), { IdeaOptions: ideaOptions, Ideas: () => ideasPage(2, 2) });
    await renderApp('/kalix/ideas', { resolve });
    await screen.findByRole('link', { name: 'Idé nummer 1' });
    expect(screen.queryByRole('button', { name: 'Välj idéer att besvara' })).toBeNull();
  });

  it('adds a labelled checkbox per idea and a bar that answers the chosen ones in a dialog', async () => {
    const { world, resolve } = accountWorld(viewer({ roles: [Role.OFFICER] }), {
      IdeaOptions: ideaOptions,
      Ideas: () => ideasPage(3, 3),
      AnswerTemplates: () => ({ data: { answerTemplates: [] } }),
      RespondToIdeas: (variables) => answered(variables.ideaIds as string[]),
    });
    await renderApp('/kalix/ideas', { resolve });
    const toggle = await screen.findByRole('button', { name: 'Välj idéer att besvara' });
    expect(screen.queryByRole('checkbox', { name: 'Välj Idé nummer 1' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const bar = screen.getByRole('region', { name: 'Valda idéer' });
    expect(within(bar).getByText('0 idéer valda')).toBeTruthy();
    expect((within(bar).getByRole('button', { name: 'Besvara 0 valda' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Välj Idé nummer 1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Välj Idé nummer 3' }));
    expect(within(bar).getByText('2 idéer valda')).toBeTruthy();
    fireEvent.click(within(bar).getByRole('button', { name: 'Besvara 2 valda' }));

    const dialog = await screen.findByRole('dialog', { name: 'Besvara 2 idéer' });
    expect(within(dialog).getByText('Idé nummer 3')).toBeTruthy();
    // The same form as on an idea's page, checked the same way.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publicera svaret på 2 idéer' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('Välj idéns nya status.'));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Genomförs inte' }));
    fireEvent.change(within(dialog).getByLabelText('Svar'), { target: { value: 'Kommunen har inte budget för detta i år.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publicera svaret på 2 idéer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(lastCall(world, 'RespondToIdeas')).toMatchObject({
      ideaIds: ['idea-1', 'idea-3'],
      input: { status: 'NOT_PLANNED', body: 'Kommunen har inte budget för detta i år.', bodyLocale: 'sv', translations: [], decision: null },
    });
    const done = '2 idéer besvarades och har nu status ”Genomförs inte”.';
    expect(within(bar).getByText(done)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe(done));
    expect(within(bar).getByText('0 idéer valda')).toBeTruthy();
  });

  it('shows an all-or-nothing refusal in the dialog', async () => {
    const { resolve } = accountWorld(viewer({ roles: [Role.OFFICER] }), {
      IdeaOptions: ideaOptions,
      Ideas: () => ideasPage(2, 2),
      AnswerTemplates: () => ({ data: { answerTemplates: [] } }),
      RespondToIdeas: () => ({ errors: [{ code: 'NOT_FOUND' }] }),
    });
    await renderApp('/kalix/ideas', { resolve });
    fireEvent.click(await screen.findByRole('button', { name: 'Välj idéer att besvara' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Välj Idé nummer 1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Välj Idé nummer 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Besvara 2 valda' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Besvarad' }));
    fireEvent.change(within(dialog).getByLabelText('Svar'), { target: { value: 'Tack för idéerna, vi har läst dem.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publicera svaret på 2 idéer' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('Inga idéer besvarades.'));
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
