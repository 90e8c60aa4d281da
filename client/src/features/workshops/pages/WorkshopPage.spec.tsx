import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import type { StubResult } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const WORKSHOP_ID = '00000000-0000-4000-8000-0000000e0001';
const TORE = '00000000-0000-4000-8000-00000000a001';
const BYAFORENING = '00000000-0000-4000-8000-00000000b001';
const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' };
const tr = (locale: string, status: string) => ({ __typename: 'Translation', locale, status });

function workshop(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Workshop',
    id: WORKSHOP_ID,
    title: 'Hur vill vi ha det i Töre 2030?',
    titleTranslations: [tr('sv', 'REVIEWED'), tr('fi', 'MISSING'), tr('fit', 'MISSING')],
    description: 'Kaffe och bullar.',
    descriptionTranslations: [tr('sv', 'REVIEWED'), tr('fi', 'MISSING'), tr('fit', 'MISSING')],
    originalLocale: 'sv',
    startsAt: '2099-06-10T16:00:00.000Z',
    endsAt: '2099-06-10T18:00:00.000Z',
    venue: 'Töre bygdegård',
    cancelledAt: null,
    icsUrl: `/workshops/${WORKSHOP_ID}.ics`,
    signupEnabled: true,
    signupLimit: 20,
    signupCount: 3,
    viewerSignedUp: false,
    viewerCanManage: false,
    outcomeStatus: 'NONE',
    place: { __typename: 'Place', id: TORE, name: 'Töre' },
    organization: { __typename: 'Organization', id: BYAFORENING, name: 'Töre byaförening' },
    municipality: KALIX,
    goals: [
      {
        __typename: 'Goal',
        id: 'g-542',
        code: '5.4.2',
        title: 'Hållbara resor',
        area: { __typename: 'StrategicArea', id: 'a-54', code: '5.4', title: 'Hållbar infrastruktur' },
      },
    ],
    ...overrides,
  };
}

type Answers = Record<string, (variables: Record<string, unknown>) => StubResult>;

function world(me: ReturnType<typeof viewer> | null, data: Record<string, unknown> = {}, answers: Answers = {}) {
  return accountWorld(me, {
    WorkshopPage: () => ({ data: { workshop: workshop(data) } }),
    WorkshopOutcome: () => ({ data: { workshop: null } }),
    WorkshopOutcomeReview: () => ({ data: { workshop: null } }),
    ...answers,
  });
}

const signups = () => ({
  data: {
    workshopSignups: [
      { __typename: 'WorkshopSignupView', id: 's1', name: 'Maja Lind', email: 'maja@example.se', hasAccount: false, locale: 'sv', signedUpAt: '2099-06-01T10:00:00.000Z', personalDataErasedAt: null },
      { __typename: 'WorkshopSignupView', id: 's2', name: 'Anna Niemi', email: null, hasAccount: true, locale: 'fi', signedUpAt: '2099-06-02T10:00:00.000Z', personalDataErasedAt: null },
      { __typename: 'WorkshopSignupView', id: 's3', name: null, email: null, hasAccount: false, locale: 'sv', signedUpAt: '2099-06-03T10:00:00.000Z', personalDataErasedAt: '2099-06-11T01:00:00.000Z' },
    ],
  },
});

describe('the workshop page', () => {
  it('shows the details, the calendar link and the målbilder', async () => {
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}`, { resolve: world(null).resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hur vill vi ha det i Töre 2030?' })).toBeTruthy();
    expect(screen.getByText('Kommande')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Töre' }).getAttribute('href')).toBe(`/kalix/places/${TORE}`);
    expect(screen.getByRole('link', { name: 'Töre byaförening' }).getAttribute('href')).toBe(`/organizations/${BYAFORENING}`);
    expect(screen.getByRole('link', { name: '5.4.2 Hållbara resor' }).getAttribute('href')).toBe('/kalix/areas/5.4');
    const ics = screen.getByRole('link', { name: 'Lägg till i kalendern (.ics)' });
    expect(ics.getAttribute('href')).toBe(`/workshops/${WORKSHOP_ID}.ics`);
    expect(ics.hasAttribute('download')).toBe(true);
    expect(screen.getByText('3 anmälda av max 20')).toBeTruthy();
  });

  it('signs up a signed-out visitor with name, e-mail and the UI language', async () => {
    const { world: w, resolve } = world(null, {}, {
      SignUpForWorkshop: () => ({ data: { signUpForWorkshop: { __typename: 'Workshop', id: WORKSHOP_ID, signupCount: 4, viewerSignedUp: false } } }),
    });
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}`, { resolve, language: 'fit' });
    await screen.findByRole('heading', { level: 1 });
    // The privacy promise is next to the form.
    expect(screen.getByText('Nimi ja e-posti otethaan pois päivää jälkhiin ko paja oli.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Nimi (sinun)'), { target: { value: 'Maja Lind' } });
    fireEvent.change(screen.getByLabelText('E-posti'), { target: { value: 'maja@example.se' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ilmottaudu' }));
    await waitFor(() => expect(lastCall(w, 'SignUpForWorkshop')).toBeDefined());
    expect(lastCall(w, 'SignUpForWorkshop')).toEqual({ workshopId: WORKSHOP_ID, input: { name: 'Maja Lind', email: 'maja@example.se', locale: 'fit' } });
    expect(await screen.findByText('Kiitos! Sie olet ilmottautunu. Vahvistus on lähetetty osotheesseen maja@example.se.')).toBeTruthy();
  });

  it('checks the fields first and says so plainly when the workshop is full', async () => {
    const { world: w, resolve } = world(null, {}, {
      SignUpForWorkshop: () => ({ errors: [{ code: 'CONFLICT', reason: 'WORKSHOP_FULL' }] }),
    });
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}`, { resolve });
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(screen.getByLabelText('E-post'), { target: { value: 'inte en adress' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl mig' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Skriv ditt namn (2–100 tecken).',
      'Skriv en e-postadress, till exempel namn@exempel.se.',
    ]);
    expect(lastCall(w, 'SignUpForWorkshop')).toBeUndefined();
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Maja Lind' } });
    fireEvent.change(screen.getByLabelText('E-post'), { target: { value: 'maja@example.se' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anmäl mig' }));
    expect(await screen.findByText('Workshoppen är tyvärr fullbokad. Du kan inte anmäla dig.')).toBeTruthy();
  });

  it('lets a signed-in resident sign up and cancel with one button', async () => {
    const { world: w, resolve } = world(viewer(), { viewerSignedUp: true }, {
      CancelWorkshopSignup: () => ({ data: { cancelWorkshopSignup: { __typename: 'Workshop', id: WORKSHOP_ID, signupCount: 2, viewerSignedUp: false } } }),
    });
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}`, { resolve });
    expect(await screen.findByText('Du är anmäld.')).toBeTruthy();
    expect(screen.queryByLabelText('E-post')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Avanmäl mig' }));
    await waitFor(() => expect(lastCall(w, 'CancelWorkshopSignup')).toEqual({ workshopId: WORKSHOP_ID }));
  });

  it('shows the organizer panel only to managers', async () => {
    const { world: w, resolve } = world(viewer(), {}, { WorkshopSignups: signups });
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}`, { resolve });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: 'För arrangören' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Registrera resultatet' })).toBeNull();
    expect(w.calls.some((c) => c.operation === 'WorkshopSignups')).toBe(false);
  });

  it('gives managers the sign-up list, links to edit and capture, and a message to everyone signed up', async () => {
    const { world: w, resolve } = world(viewer(), { viewerCanManage: true }, {
      WorkshopSignups: signups,
      MessageWorkshopSignups: () => ({ data: { messageWorkshopSignups: 3 } }),
    });
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}`, { resolve });
    expect(await screen.findByRole('heading', { name: 'För arrangören' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ändra' }).getAttribute('href')).toBe(`/kalix/workshops/${WORKSHOP_ID}/edit`);
    expect(screen.getByRole('link', { name: 'Registrera resultatet' }).getAttribute('href')).toBe(`/kalix/workshops/${WORKSHOP_ID}/capture`);
    const table = await screen.findByRole('table', { name: 'Anmälda' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(0, 2).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Maja Lind', 'maja@example.se'],
      ['Anna Niemi', 'Har konto'],
      ['Uppgifter raderade', '–'],
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByText('Skriv ett ämne på en rad (2–150 tecken).', { selector: 'a' })).toBeTruthy();
    expect(lastCall(w, 'MessageWorkshopSignups')).toBeUndefined();
    fireEvent.change(screen.getByLabelText('Ämne'), { target: { value: 'Ta med kaffekopp' } });
    fireEvent.change(screen.getByLabelText('Meddelande'), { target: { value: 'Vi bjuder på bullar.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    await waitFor(() =>
      expect(lastCall(w, 'MessageWorkshopSignups')).toEqual({ workshopId: WORKSHOP_ID, subject: 'Ta med kaffekopp', body: 'Vi bjuder på bullar.' }),
    );
    expect(await screen.findByText('Skickat till 3 personer.')).toBeTruthy();
  });

  it('cancels the workshop only with a reason', async () => {
    const { world: w, resolve } = world(viewer(), { viewerCanManage: true }, {
      WorkshopSignups: signups,
      CancelWorkshop: () => ({ data: { cancelWorkshop: { __typename: 'Workshop', id: WORKSHOP_ID, cancelledAt: '2099-06-05T10:00:00.000Z' } } }),
    });
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}`, { resolve });
    fireEvent.click(await screen.findByRole('button', { name: 'Ställ in workshoppen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ställa in workshoppen?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ställ in' }));
    expect(await within(dialog).findByText('Skriv ett skäl (2–1 000 tecken).')).toBeTruthy();
    expect(lastCall(w, 'CancelWorkshop')).toBeUndefined();
    fireEvent.change(within(dialog).getByLabelText('Skäl'), { target: { value: 'För få anmälda.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ställ in' }));
    await waitFor(() => expect(lastCall(w, 'CancelWorkshop')).toEqual({ id: WORKSHOP_ID, reason: 'För få anmälda.' }));
  });

  it('tells a cancelled workshop and closes its sign-up', async () => {
    await renderApp(`/kalix/workshops/${WORKSHOP_ID}`, { resolve: world(null, { cancelledAt: '2099-06-05T10:00:00.000Z' }).resolve });
    expect(await screen.findByText('Workshoppen är inställd.')).toBeTruthy();
    expect(screen.getByText('Anmälan är stängd.')).toBeTruthy();
    expect(screen.queryByLabelText('E-post')).toBeNull();
  });
});

describe('the cancel-sign-up page', () => {
  const TOKEN = 'a'.repeat(43);
  it('cancels by the e-mailed token and names the workshop', async () => {
    const { world: w, resolve } = accountWorld(null, {
      CancelWorkshopSignupByToken: () => ({
        data: {
          cancelWorkshopSignupByToken: { __typename: 'Workshop', id: WORKSHOP_ID, title: 'Byaträff i Töre', startsAt: '2099-06-10T16:00:00.000Z', municipality: { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix' } },
        },
      }),
    });
    await renderApp(`/workshops/cancel-signup?token=${TOKEN}`, { resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Avanmälan' })).toBeTruthy();
    // Nothing happens by opening the link.
    expect(lastCall(w, 'CancelWorkshopSignupByToken')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Avanmäl mig' }));
    expect(await screen.findByText('Du är avanmäld från Byaträff i Töre.')).toBeTruthy();
    expect(lastCall(w, 'CancelWorkshopSignupByToken')).toEqual({ token: TOKEN });
  });

  it('says the link no longer works on NOT_FOUND', async () => {
    const { resolve } = accountWorld(null, { CancelWorkshopSignupByToken: () => ({ errors: [{ code: 'NOT_FOUND' }] }) });
    await renderApp(`/workshops/cancel-signup?token=${TOKEN}`, { resolve });
    fireEvent.click(screen.getByRole('button', { name: 'Avanmäl mig' }));
    expect(await screen.findByText(/Länken fungerar inte längre/)).toBeTruthy();
  });
});
