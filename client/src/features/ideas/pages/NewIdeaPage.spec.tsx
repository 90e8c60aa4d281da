import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';
import { SIMILAR_DEBOUNCE_MS } from '../components/SimilarIdeas';
import { ID, idea, IDEA_ID, ideaOptions } from '../ideaFixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillValidIdea() {
  fill('Rubrik', 'Saunapäivä Töressä');
  fill('Beskriv idén', 'Met tahoma yhtheisen saunapäivän Töressä joka kuukauen.');
  fireEvent.change(screen.getByLabelText('Språk du skriver på'), { target: { value: 'fit' } });
  fireEvent.click(screen.getByRole('checkbox', { name: '5.1.1 Kultur, idrott och friluftsliv' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Töre' }));
}

describe('submitting an idea', () => {
  it('asks a signed-out visitor to sign in, coming back to the form', async () => {
    await renderApp('/kalix/ideas/new', { resolve: accountWorld(null, { IdeaOptions: ideaOptions }).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Lämna en idé' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till inloggningen' }).getAttribute('href')).toBe('/login?returnTo=%2Fkalix%2Fideas%2Fnew');
    expect(screen.queryByLabelText('Rubrik')).toBeNull();
  });

  it('checks the fields with the shared schema: an error summary with links, and each error beside its field', async () => {
    const { world, resolve } = accountWorld(viewer(), { IdeaOptions: ideaOptions });
    await renderApp('/kalix/ideas/new', { resolve });
    expect(screen.getByRole('group', { name: 'Vilka målbilder i kommunens strategi handlar idén om?' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '5.4 Hållbar infrastruktur' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka in idén' }));

    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Skriv en rubrik.', '#idea-title'],
      ['Beskriv idén.', '#idea-body'],
      ['Välj minst en målbild.', '#idea-goalIds'],
    ]);
    await waitFor(() => expect(document.activeElement?.classList.contains('error-summary')).toBe(true));
    expect(document.getElementById('idea-title-error')?.textContent).toContain('Skriv en rubrik.');
    expect(screen.getByLabelText('Rubrik').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('idea-goalIds')?.getAttribute('type')).toBe('checkbox');
    fireEvent.click(links[2]!);
    expect(document.activeElement?.id).toBe('idea-goalIds');
    expect(world.calls.map((c) => c.operation)).not.toContain('SubmitIdea');

    // Too short, and an ISO code that is not one.
    fill('Rubrik', 'Bad');
    fireEvent.change(screen.getByLabelText('Språk du skriver på'), { target: { value: 'other' } });
    fill('Språkkod', 'Engelska');
    fireEvent.click(screen.getByRole('button', { name: 'Skicka in idén' }));
    await waitFor(() => expect(document.getElementById('idea-title-error')?.textContent).toContain('Rubriken behöver minst 5 tecken.'));
    expect(document.getElementById('idea-otherLocale-error')?.textContent).toContain('Skriv språkkoden med två eller tre små bokstäver');
  });

  it('shows the counters of title and body', async () => {
    await renderApp('/kalix/ideas/new', { resolve: accountWorld(viewer(), { IdeaOptions: ideaOptions }).resolve });
    fill('Rubrik', 'Saunapäivä');
    expect(screen.getByText('10 av 140 tecken')).toBeTruthy();
    expect(screen.getByLabelText('Rubrik').getAttribute('aria-describedby')).toBe('idea-title-hint');
    expect(screen.getByText('0 av 5000 tecken')).toBeTruthy();
  });

  it('submits, announces and opens the new idea', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      IdeaOptions: ideaOptions,
      SimilarIdeas: () => ({ data: { similarIdeas: [] } }),
      SubmitIdea: () => ({ data: { submitIdea: { __typename: 'Idea', id: IDEA_ID, title: 'Saunapäivä Töressä', reference: 'KALIX-2026-0008' } } }),
      Idea: () => ({ data: { idea: idea({ title: 'Saunapäivä Töressä', reference: 'KALIX-2026-0008', originalLocale: 'fit', author: { __typename: 'PublicAuthor', id: 'u-anna', displayName: 'Anna Niemi', removed: false } }) } }),
    });
    await renderApp('/kalix/ideas/new', { resolve });
    fillValidIdea();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka in idén' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Saunapäivä Töressä' })).toBeTruthy();
    expect(lastCall(world, 'SubmitIdea')).toEqual({
      input: {
        municipalitySlug: 'kalix',
        title: 'Saunapäivä Töressä',
        body: 'Met tahoma yhtheisen saunapäivän Töressä joka kuukauen.',
        locale: 'fit',
        goalIds: [ID.goal511],
        placeIds: [ID.tore],
      },
    });
    expect(screen.getByText(/Tack! Din idé är publicerad med referensnumret KALIX-2026-0008/)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Din idé är publicerad med referensnumret KALIX-2026-0008.'));
  });

  it('explains the API’s personal-data refusal by field and kind, without echoing it, in the reader’s language', async () => {
    const { resolve } = accountWorld(viewer(), {
      IdeaOptions: ideaOptions,
      SimilarIdeas: () => ({ data: { similarIdeas: [] } }),
      SubmitIdea: () => ({
        errors: [
          {
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'input.body', message: 'Contains a phone number and an e-mail address. Remove it: ideas are public.' }],
            personalData: [{ path: 'input.body', kinds: ['PHONE_NUMBER', 'EMAIL_ADDRESS'] }],
          },
        ],
      }),
    });
    await renderApp('/kalix/ideas/new', { resolve, language: 'fi' });
    fill('Otsikko', 'Saunapäivä Töressä');
    fill('Kuvaile ideaa', 'Soita 070-123 45 67 tai kirjoita anna@example.se, niin sovitaan.');
    fireEvent.click(screen.getByRole('checkbox', { name: '5.1.1 Kultur, idrott och friluftsliv' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä idea' }));
    const expected = 'Kuvaus sisältää: puhelinnumero ja sähköpostiosoite. Poista se, koska ideat ovat julkisia.';
    await waitFor(() => expect(document.getElementById('idea-body-error')?.textContent).toContain(expected));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: expected }).getAttribute('href')).toBe('#idea-body');
    expect(summary.textContent).not.toContain('070');
    expect(summary.textContent).not.toContain('Contains');
  });

  it('explains a duplicate at the top', async () => {
    const { resolve } = accountWorld(viewer(), {
      IdeaOptions: ideaOptions,
      SimilarIdeas: () => ({ data: { similarIdeas: [] } }),
      SubmitIdea: () => ({ errorCodes: ['CONFLICT'] }),
    });
    await renderApp('/kalix/ideas/new', { resolve });
    fillValidIdea();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka in idén' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Du har redan skickat in en idé med samma text.');
  });

  it('offers near-identical ideas to support instead, after typing pauses', async () => {
    const similar = idea({ title: 'Kyläkauppa ja palvelupiste Töreen', status: 'UNDER_REVIEW', supportCount: 2 });
    const { world, resolve } = accountWorld(viewer(), {
      IdeaOptions: ideaOptions,
      SimilarIdeas: (variables) => ({
        data: { similarIdeas: String(variables.title).includes('Kyläkauppa') ? [{ __typename: 'SimilarIdea', similarity: 0.8, idea: similar }] : [] },
      }),
      SupportIdea: () => ({ data: { supportIdea: { ...similar, supportCount: 3, viewerHasSupported: true } } }),
    });
    await renderApp('/kalix/ideas/new', { resolve });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fill('Rubrik', 'Kyl');
    fill('Rubrik', 'Kyläkauppa Töreen');
    expect(world.calls.filter((c) => c.operation === 'SimilarIdeas')).toHaveLength(0);
    vi.advanceTimersByTime(SIMILAR_DEBOUNCE_MS + 10);
    vi.useRealTimers();

    const panel = (await screen.findByRole('heading', { level: 2, name: 'Finns idén redan?' })).closest('section')!;
    // Only the settled text was sent, once.
    expect(world.calls.filter((c) => c.operation === 'SimilarIdeas').map((c) => c.variables)).toEqual([
      { municipalitySlug: 'kalix', title: 'Kyläkauppa Töreen', body: null },
    ]);
    expect(within(panel).getByRole('link', { name: 'Kyläkauppa ja palvelupiste Töreen' }).getAttribute('href')).toBe(`/kalix/ideas/${IDEA_ID}`);
    await waitFor(() => expect(screen.getByText('En liknande idé finns redan, se under brödtexten.')).toBeTruthy());
    fireEvent.click(within(panel).getByRole('button', { name: 'Stöd idén Kyläkauppa ja palvelupiste Töreen' }));
    expect(await within(panel).findByRole('button', { name: 'Ta tillbaka mitt stöd Kyläkauppa ja palvelupiste Töreen' })).toBeTruthy();
    expect(within(panel).getByText('3 personer stöder idén.')).toBeTruthy();
    // The draft is still there.
    expect((screen.getByLabelText('Rubrik') as HTMLInputElement).value).toBe('Kyläkauppa Töreen');
  });
});
