import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const TORE = '00000000-0000-4000-8000-00000000a001';
const SANGIS = '00000000-0000-4000-8000-00000000a002';
const BYAFORENING = '00000000-0000-4000-8000-00000000b001';
const GOAL_511 = '00000000-0000-4000-8000-000000000511';
const GOAL_542 = '00000000-0000-4000-8000-000000000542';
const WORKSHOP_ID = '00000000-0000-4000-8000-0000000e0001';

function formOptions() {
  const goal = (id: string, code: string, title: string) => ({ __typename: 'Goal', id, code, title });
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
        currentStrategy: {
          __typename: 'Strategy',
          id: 's-lus',
          areas: [
            { __typename: 'StrategicArea', id: 'a-51', code: '5.1', title: 'En tillvaro full av möjligheter', goals: [goal(GOAL_511, '5.1.1', 'Kultur, idrott och friluftsliv')] },
            { __typename: 'StrategicArea', id: 'a-54', code: '5.4', title: 'Hållbar infrastruktur', goals: [goal(GOAL_542, '5.4.2', 'Hållbara resor')] },
          ],
        },
      },
      organizations: [{ __typename: 'Organization', id: BYAFORENING, name: 'Töre byaförening' }],
    },
  };
}

function leaderOf(me: { id: string }) {
  return () => ({
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
  });
}

function leaderWorld(answers: Record<string, (variables: Record<string, unknown>) => { data?: unknown; errors?: unknown[] }> = {}) {
  const me = viewer({ displayName: 'Lars Öhman' });
  return accountWorld(me, { WorkshopFormOptions: formOptions, MyWorkshopOrganizations: leaderOf(me), ...answers } as never);
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('planning a workshop', () => {
  it('asks a signed-out visitor to sign in, coming back to the form', async () => {
    await renderApp('/kalix/workshops/new', { resolve: accountWorld(null, { WorkshopFormOptions: formOptions }).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Planera en workshop' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till inloggningen' }).getAttribute('href')).toBe(
      `/login?returnTo=${encodeURIComponent('/kalix/workshops/new')}`,
    );
  });

  it('tells a resident who leads no organization that they cannot plan workshops', async () => {
    await renderApp('/kalix/workshops/new', { resolve: accountWorld(viewer(), { WorkshopFormOptions: formOptions }).resolve });
    expect(await screen.findByText(/Du kan inte planera en workshop här/)).toBeTruthy();
    expect(screen.queryByLabelText('Rubrik')).toBeNull();
  });

  it('sends the exact createWorkshop input: Swedish times, a translation, village, målbild and sign-up limit', async () => {
    const { world, resolve } = leaderWorld({
      CreateWorkshop: () => ({ data: { createWorkshop: { __typename: 'Workshop', id: WORKSHOP_ID } } }),
    });
    await renderApp('/kalix/workshops/new', { resolve });
    // The only organization the leader leads is chosen; the writing language is the UI's.
    expect(((await screen.findByLabelText('Arrangör')) as HTMLSelectElement).value).toBe(BYAFORENING);
    expect((screen.getByLabelText('Språk du skriver på') as HTMLSelectElement).value).toBe('sv');
    fill('Rubrik', 'Hur vill vi ha det i Töre 2030?');
    fill('Beskrivning (frivillig)', 'Kaffe och bullar. Alla är välkomna.');
    // Translations into the two other languages, folded away.
    expect(screen.getByText('Översättning på finska (frivillig)', { selector: 'summary' })).toBeTruthy();
    expect(screen.getByText('Översättning på meänkieli (frivillig)', { selector: 'summary' })).toBeTruthy();
    expect(screen.getByLabelText('Rubrik på finska').getAttribute('lang')).toBe('fi');
    fill('Rubrik på finska', 'Millainen Töre on vuonna 2030?');
    fill('Datum', '2030-06-10');
    fill('Börjar', '18:00');
    fill('Slutar', '20:30');
    fill('Lokal', 'Töre bygdegård');
    fill('By', TORE);
    fireEvent.click(screen.getByRole('checkbox', { name: '5.4.2 Hållbara resor' }));
    expect(screen.queryByLabelText('Högst antal anmälda (frivilligt)')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Invånare kan anmäla sig' }));
    fill('Högst antal anmälda (frivilligt)', '20');
    fireEvent.click(screen.getByRole('button', { name: 'Planera workshoppen' }));

    await waitFor(() => expect(lastCall(world, 'CreateWorkshop')).toBeDefined());
    expect(lastCall(world, 'CreateWorkshop')).toEqual({
      input: {
        organizationId: BYAFORENING,
        originalLocale: 'sv',
        title: 'Hur vill vi ha det i Töre 2030?',
        description: 'Kaffe och bullar. Alla är välkomna.',
        translations: [{ locale: 'fi', title: 'Millainen Töre on vuonna 2030?', description: null }],
        // 18:00 and 20:30 Swedish summer time (UTC+2).
        startsAt: '2030-06-10T16:00:00.000Z',
        endsAt: '2030-06-10T18:30:00.000Z',
        venue: 'Töre bygdegård',
        placeId: TORE,
        goalIds: [GOAL_542],
        signupEnabled: true,
        signupLimit: 20,
      },
    });
    // On success: the workshop's page.
    await waitFor(() => expect(lastCall(world, 'WorkshopPage')).toEqual({ id: WORKSHOP_ID }));
  });

  it('shows the problems in a focused summary, and puts the API\'s field paths beside their fields', async () => {
    const { world, resolve } = leaderWorld({
      CreateWorkshop: () => ({
        errors: [
          {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'input.translations.0.title', message: 'Too short.' },
              { path: 'input.venue', message: 'Contains an e-mail address.' },
            ],
          },
        ],
      }),
    } as never);
    await renderApp('/kalix/workshops/new', { resolve });
    await screen.findByLabelText('Rubrik');
    fill('Slutar', '17:00');
    fireEvent.click(screen.getByRole('button', { name: 'Planera workshoppen' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
    const items = within(summary).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Skriv en rubrik.', 'Välj datum.', 'Skriv var workshoppen hålls.']);
    expect(lastCall(world, 'CreateWorkshop')).toBeUndefined();

    fill('Rubrik', 'Byaträff');
    fill('Datum', '2030-06-10');
    fireEvent.click(screen.getByRole('button', { name: 'Planera workshoppen' }));
    // The end before the start is caught by the shared schema.
    await waitFor(() => expect(screen.getByText('Sluttiden ska vara efter starttiden.', { selector: 'a' })).toBeTruthy());

    fill('Slutar', '20:00');
    fill('Lokal', 'Töre bygdegård');
    fill('Rubrik på meänkieli', 'Kyläkokkous');
    fireEvent.click(screen.getByRole('button', { name: 'Planera workshoppen' }));
    await waitFor(() => expect(lastCall(world, 'CreateWorkshop')).toBeDefined());
    // translations.0 is the meänkieli one (the only translation sent): its error sits beside that field.
    const fitTitle = screen.getByLabelText('Rubrik på meänkieli');
    await waitFor(() => expect(fitTitle.getAttribute('aria-invalid')).toBe('true'));
    expect(fitTitle.closest('details')!.open).toBe(true);
    expect(document.getElementById(fitTitle.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toMatch(
      /Skriv en rubrik på meänkieli/,
    );
    expect(screen.getByLabelText('Lokal').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Rubrik på finska').getAttribute('aria-invalid')).toBeNull();
  });

  it('prefills the edit form from the saved workshop and sends updateWorkshop', async () => {
    const text = (locale: string, status: string, value: string) => ({ __typename: 'Translation', locale, status, text: value });
    const { world, resolve } = leaderWorld({
      WorkshopForEdit: () => ({
        data: {
          workshop: {
            __typename: 'Workshop',
            id: WORKSHOP_ID,
            viewerCanManage: true,
            cancelledAt: null,
            originalLocale: 'fit',
            titleTranslations: [text('sv', 'REVIEWED', 'Byaträff i Sangis'), text('fi', 'MISSING', ''), text('fit', 'REVIEWED', 'Kyläkokkous Sangissa')],
            descriptionTranslations: [text('sv', 'MISSING', ''), text('fi', 'MISSING', ''), text('fit', 'REVIEWED', 'Tervetuloa kaikki!')],
            startsAt: '2030-01-15T17:00:00.000Z',
            endsAt: '2030-01-15T19:00:00.000Z',
            venue: 'Sangis bygdegård',
            place: { __typename: 'Place', id: SANGIS },
            goals: [{ __typename: 'Goal', id: GOAL_511 }],
            signupEnabled: true,
            signupLimit: 30,
            organization: { __typename: 'Organization', id: BYAFORENING, name: 'Töre byaförening' },
          },
        },
      }),
      UpdateWorkshop: () => ({
        data: { updateWorkshop: { __typename: 'Workshop', id: WORKSHOP_ID, title: 'x', startsAt: '2030-01-15T17:00:00.000Z', endsAt: '2030-01-15T19:00:00.000Z' } },
      }),
    });
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}/edit`, { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ändra workshoppen' })).toBeTruthy();
    expect(screen.getByText('Arrangör: Töre byaförening')).toBeTruthy();
    expect((screen.getByLabelText('Språk du skriver på') as HTMLSelectElement).value).toBe('fit');
    expect((screen.getByLabelText('Rubrik') as HTMLInputElement).value).toBe('Kyläkokkous Sangissa');
    expect(screen.getByLabelText('Rubrik').getAttribute('lang')).toBe('fit');
    expect((screen.getByLabelText('Rubrik på svenska') as HTMLInputElement).value).toBe('Byaträff i Sangis');
    expect(screen.getByLabelText('Rubrik på svenska').closest('details')!.open).toBe(true);
    expect(screen.getByLabelText('Rubrik på finska').closest('details')!.open).toBe(false);
    // 17:00Z in January is 18:00 in Sweden.
    expect((screen.getByLabelText('Datum') as HTMLInputElement).value).toBe('2030-01-15');
    expect((screen.getByLabelText('Börjar') as HTMLInputElement).value).toBe('18:00');
    expect((screen.getByLabelText('Slutar') as HTMLInputElement).value).toBe('20:00');
    expect((screen.getByLabelText('By') as HTMLSelectElement).value).toBe(SANGIS);
    expect((screen.getByRole('checkbox', { name: '5.1.1 Kultur, idrott och friluftsliv' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Högst antal anmälda (frivilligt)') as HTMLInputElement).value).toBe('30');

    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() => expect(lastCall(world, 'UpdateWorkshop')).toBeDefined());
    expect(lastCall(world, 'UpdateWorkshop')).toEqual({
      id: WORKSHOP_ID,
      input: {
        originalLocale: 'fit',
        title: 'Kyläkokkous Sangissa',
        description: 'Tervetuloa kaikki!',
        translations: [{ locale: 'sv', title: 'Byaträff i Sangis', description: null }],
        startsAt: '2030-01-15T17:00:00.000Z',
        endsAt: '2030-01-15T19:00:00.000Z',
        venue: 'Sangis bygdegård',
        placeId: SANGIS,
        goalIds: [GOAL_511],
        signupEnabled: true,
        signupLimit: 30,
      },
    });
  });

  it('explains that a cancelled workshop cannot be changed', async () => {
    const { resolve } = leaderWorld({
      WorkshopForEdit: () => ({
        data: {
          workshop: {
            __typename: 'Workshop',
            id: WORKSHOP_ID,
            viewerCanManage: true,
            cancelledAt: '2030-01-01T10:00:00.000Z',
            originalLocale: 'sv',
            titleTranslations: [],
            descriptionTranslations: [],
            startsAt: '2030-01-15T17:00:00.000Z',
            endsAt: '2030-01-15T19:00:00.000Z',
            venue: 'Sangis bygdegård',
            place: null,
            goals: [],
            signupEnabled: false,
            signupLimit: null,
            organization: { __typename: 'Organization', id: BYAFORENING, name: 'Töre byaförening' },
          },
        },
      }),
    });
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}/edit`, { resolve });
    expect(await screen.findByText('Workshoppen är inställd och kan inte ändras.')).toBeTruthy();
    expect(screen.queryByLabelText('Rubrik')).toBeNull();
  });
});
