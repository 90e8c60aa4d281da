import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const SCHOOL_COUNCIL = '00000000-0000-4000-8000-0000000c0001';
const YOUTH_COUNCIL = '00000000-0000-4000-8000-0000000c0002';
const GOAL_511 = '00000000-0000-4000-8000-000000000511';
const GOAL_542 = '00000000-0000-4000-8000-000000000542';
const POLL_ID = '00000000-0000-4000-8000-0000000d0001';

function formOptions() {
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
            { __typename: 'StrategicArea', id: 'a-51', code: '5.1', title: 'En tillvaro full av möjligheter', goals: [goal(GOAL_511, '5.1.1', 'Kultur, idrott och friluftsliv')] },
            { __typename: 'StrategicArea', id: 'a-54', code: '5.4', title: 'Hållbar infrastruktur', goals: [goal(GOAL_542, '5.4.2', 'Hållbara resor')] },
          ],
        },
      },
      schoolCouncils: [{ __typename: 'Organization', id: SCHOOL_COUNCIL, name: 'Elevrådet Furuhedsskolan', kind: 'SCHOOL_COUNCIL' }],
      youthCouncils: [{ __typename: 'Organization', id: YOUTH_COUNCIL, name: 'Kalix ungdomsråd', kind: 'YOUTH_COUNCIL' }],
    },
  };
}

const translations = (sv: string, fi: string, fit: string) =>
  (['sv', 'fi', 'fit'] as const).map((locale, i) => ({ __typename: 'Translation', locale, status: 'REVIEWED', text: [sv, fi, fit][i] }));

function editedPoll(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Poll',
    id: POLL_ID,
    status: 'SCHEDULED',
    viewerCanManage: true,
    questionTranslations: translations('Vilken dag ska vi ha friluftsdag?', 'Minä päivänä pidetään ulkoilupäivä?', 'Minkä päivän pietähään ulkoilupäivä?'),
    descriptionTranslations: [],
    options: [
      // Out of order on purpose: the form sorts by position.
      { __typename: 'PollOption', id: 'o-2', position: 1, textTranslations: translations('Fredag', 'Perjantai', 'Perjantai') },
      { __typename: 'PollOption', id: 'o-1', position: 0, textTranslations: translations('Torsdag', 'Torstai', 'Tuorestai') },
    ],
    goals: [{ __typename: 'Goal', id: GOAL_511 }],
    opensAt: new Date('2030-03-02T08:00').toISOString(),
    closesAt: new Date('2030-03-09T16:00').toISOString(),
    audience: 'Åk 7–9',
    liveResults: true,
    organization: { __typename: 'Organization', id: SCHOOL_COUNCIL, name: 'Elevrådet Furuhedsskolan' },
    ...overrides,
  };
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillQuestionAndTwoOptions() {
  fill('Fråga på svenska', 'Vad ska vi göra på friluftsdagen?');
  fill('Fråga på finska', 'Mitä teemme ulkoilupäivänä?');
  fill('Fråga på meänkieli', 'Mitä met tehhään ulkoilupäivänä?');
  fill('Alternativ 1 på svenska', 'Skidor');
  fill('Alternativ 1 på finska', 'Hiihto');
  fill('Alternativ 1 på meänkieli', 'Hiihtäminen');
  fill('Alternativ 2 på svenska', 'Skridskor');
  fill('Alternativ 2 på finska', 'Luistelu');
  fill('Alternativ 2 på meänkieli', 'Luistelemiinen');
}

const officer = () => viewer({ roles: [Role.OFFICER] });

describe('the poll builder', () => {
  it('asks a signed-out visitor to sign in, coming back to the builder', async () => {
    await renderApp(`/kalix/polls/new?organization=${SCHOOL_COUNCIL}`, { resolve: accountWorld(null, { PollFormOptions: formOptions }).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Ny omröstning' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till inloggningen' }).getAttribute('href')).toBe(
      `/login?returnTo=${encodeURIComponent(`/kalix/polls/new?organization=${SCHOOL_COUNCIL}`)}`,
    );
    expect(screen.queryByLabelText('Fråga på svenska')).toBeNull();
  });

  it('tells a resident who leads no council that they cannot create polls', async () => {
    await renderApp('/kalix/polls/new', { resolve: accountWorld(viewer(), { PollFormOptions: formOptions }).resolve });
    expect(await screen.findByText(/Du kan inte skapa omröstningar här/)).toBeTruthy();
    expect(screen.queryByLabelText('Fråga på svenska')).toBeNull();
  });

  it('sends the exact createPoll input: three languages, options in their new order, ISO times, goals', async () => {
    const { world, resolve } = accountWorld(officer(), {
      PollFormOptions: formOptions,
      CreatePoll: () => ({ data: { createPoll: { __typename: 'Poll', id: POLL_ID, status: 'SCHEDULED' } } }),
    });
    await renderApp(`/kalix/polls/new?organization=${YOUTH_COUNCIL}`, { resolve });
    const council = screen.getByLabelText('Råd som ordnar omröstningen') as HTMLSelectElement;
    expect(council.value).toBe(YOUTH_COUNCIL);
    expect([...council.options].map((o) => o.text)).toEqual(['Välj ett råd', 'Elevrådet Furuhedsskolan', 'Kalix ungdomsråd']);
    expect(screen.getByLabelText('Fråga på meänkieli').getAttribute('lang')).toBe('fit');
    expect(screen.getByLabelText('Alternativ 2 på finska').getAttribute('lang')).toBe('fi');
    // Defaults: opens now, closes in 7 days at 16:00.
    expect((screen.getByLabelText('Stänger') as HTMLInputElement).value).toMatch(/T16:00$/);
    expect((screen.getByLabelText('Öppnar') as HTMLInputElement).getAttribute('type')).toBe('datetime-local');

    fillQuestionAndTwoOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till alternativ' }));
    // Focus goes to the new option's first field, and the change is announced.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Alternativ 3 på svenska')));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Alternativ 3 har lagts till.'));
    fill('Alternativ 3 på svenska', 'Fotboll');
    fill('Alternativ 3 på finska', 'Jalkapallo');
    fill('Alternativ 3 på meänkieli', 'Jalkapallo pelaaminen');
    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp alternativ 3' }));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Alternativ 3 är nu alternativ 2.'));
    expect((screen.getByLabelText('Alternativ 2 på svenska') as HTMLInputElement).value).toBe('Fotboll');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta upp alternativ 2' }));

    fill('Öppnar', '2030-03-02T08:00');
    fill('Stänger', '2030-03-09T16:00');
    fill('Vem är omröstningen för? (frivilligt)', 'Åk 7–9');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Visa resultat medan omröstningen pågår' }));
    expect(screen.getByRole('group', { name: '5.4 Hållbar infrastruktur' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: '5.4.2 Hållbara resor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa omröstningen' }));

    await waitFor(() => expect(lastCall(world, 'CreatePoll')).toBeDefined());
    expect(lastCall(world, 'CreatePoll')).toEqual({
      input: {
        organizationId: YOUTH_COUNCIL,
        question: { sv: 'Vad ska vi göra på friluftsdagen?', fi: 'Mitä teemme ulkoilupäivänä?', fit: 'Mitä met tehhään ulkoilupäivänä?' },
        description: null,
        options: [
          { text: { sv: 'Skidor', fi: 'Hiihto', fit: 'Hiihtäminen' } },
          { text: { sv: 'Fotboll', fi: 'Jalkapallo', fit: 'Jalkapallo pelaaminen' } },
          { text: { sv: 'Skridskor', fi: 'Luistelu', fit: 'Luistelemiinen' } },
        ],
        opensAt: new Date('2030-03-02T08:00').toISOString(),
        closesAt: new Date('2030-03-09T16:00').toISOString(),
        liveResults: true,
        audience: 'Åk 7–9',
        goalIds: [GOAL_542],
      },
    });
    // On to the poll: the builder is gone.
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Ny omröstning' })).toBeNull());
  }, 20_000);

  it('removes an option (never below two) and moves focus to the one that took its place', async () => {
    await renderApp(`/kalix/polls/new?organization=${YOUTH_COUNCIL}`, { resolve: accountWorld(officer(), { PollFormOptions: formOptions }).resolve });
    expect(screen.queryByRole('button', { name: 'Ta bort alternativ 1' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till alternativ' }));
    fill('Alternativ 3 på svenska', 'Tredje');
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort alternativ 2' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Alternativ 2 på svenska')));
    expect((screen.getByLabelText('Alternativ 2 på svenska') as HTMLInputElement).value).toBe('Tredje');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Alternativ 2 har tagits bort. Nu finns 2 alternativ.'));
    expect(screen.queryByRole('button', { name: 'Ta bort alternativ 1' })).toBeNull();
  });

  it('blocks sending when a language is missing: a summary with links, each error beside its field', async () => {
    const { world, resolve } = accountWorld(officer(), { PollFormOptions: formOptions });
    await renderApp(`/kalix/polls/new?organization=${YOUTH_COUNCIL}`, { resolve });
    fillQuestionAndTwoOptions();
    fill('Fråga på meänkieli', '  ');
    fill('Alternativ 2 på finska', '');
    fill('Beskrivning på svenska', 'Röstningen gäller alla klasser.');
    fireEvent.click(screen.getByRole('button', { name: 'Skapa omröstningen' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Skriv frågan på meänkieli.', '#poll-question-fit'],
      ['Skriv beskrivningen på finska också, eller ta bort beskrivningen på alla språk.', '#poll-description-fi'],
      ['Skriv beskrivningen på meänkieli också, eller ta bort beskrivningen på alla språk.', '#poll-description-fit'],
      ['Skriv alternativ 2 på finska.', '#poll-options-1-text-fi'],
    ]);
    await waitFor(() => expect(document.activeElement?.classList.contains('error-summary')).toBe(true));
    expect(document.getElementById('poll-question-fit-error')?.textContent).toContain('Skriv frågan på meänkieli.');
    expect(screen.getByLabelText('Fråga på meänkieli').getAttribute('aria-invalid')).toBe('true');
    expect(world.calls.map((c) => c.operation)).not.toContain('CreatePoll');

    // The order of the times is checked too.
    fill('Fråga på meänkieli', 'Mitä met tehhään?');
    fill('Alternativ 2 på finska', 'Luistelu');
    fill('Beskrivning på svenska', '');
    fill('Öppnar', '2030-03-09T16:00');
    fill('Stänger', '2030-03-02T08:00');
    fireEvent.click(screen.getByRole('button', { name: 'Skapa omröstningen' }));
    await waitFor(() => expect(document.getElementById('poll-closesAt-error')?.textContent).toContain('Omröstningen måste stänga efter att den öppnar.'));
    expect(world.calls.map((c) => c.operation)).not.toContain('CreatePoll');
  }, 15_000);

  it('puts the API’s field errors beside the fields they name, in the reader’s language', async () => {
    const { resolve } = accountWorld(officer(), {
      PollFormOptions: formOptions,
      CreatePoll: () => ({
        errors: [
          {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'input.options.1.text.sv', message: 'Too long.' },
              { path: 'input.closesAt', message: 'Closing must be in the future.' },
            ],
          },
        ],
      }),
    });
    await renderApp(`/kalix/polls/new?organization=${YOUTH_COUNCIL}`, { resolve });
    fillQuestionAndTwoOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Skapa omröstningen' }));
    await waitFor(() => expect(document.getElementById('poll-options-1-text-sv-error')?.textContent).toContain('Kontrollera alternativ 2 på svenska.'));
    expect(screen.getByLabelText('Alternativ 2 på svenska').getAttribute('aria-invalid')).toBe('true');
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['#poll-options-1-text-sv', '#poll-closesAt']);
    expect(summary.textContent).toContain('Omröstningen måste stänga senare än nu.');
    expect(summary.textContent).not.toContain('Too long');
  });

  it('edits a scheduled poll: prefilled in all languages, saved with updatePoll', async () => {
    const { world, resolve } = accountWorld(officer(), {
      PollFormOptions: formOptions,
      PollForEdit: () => ({ data: { poll: editedPoll() } }),
      UpdatePoll: () => ({ data: { updatePoll: { ...editedPoll(), question: 'Vilken dag?' } } }),
    });
    await renderApp(`/kalix/polls/${POLL_ID}/edit`, { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ändra omröstningen' })).toBeTruthy();
    expect(screen.getByText('Ordnas av Elevrådet Furuhedsskolan')).toBeTruthy();
    expect(screen.queryByLabelText('Råd som ordnar omröstningen')).toBeNull();
    expect((screen.getByLabelText('Fråga på meänkieli') as HTMLInputElement).value).toBe('Minkä päivän pietähään ulkoilupäivä?');
    expect((screen.getByLabelText('Alternativ 1 på meänkieli') as HTMLInputElement).value).toBe('Tuorestai');
    expect((screen.getByLabelText('Alternativ 2 på svenska') as HTMLInputElement).value).toBe('Fredag');
    expect((screen.getByLabelText('Öppnar') as HTMLInputElement).value).toBe('2030-03-02T08:00');
    expect((screen.getByLabelText('Vem är omröstningen för? (frivilligt)') as HTMLInputElement).value).toBe('Åk 7–9');
    expect((screen.getByRole('checkbox', { name: 'Visa resultat medan omröstningen pågår' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: '5.1.1 Kultur, idrott och friluftsliv' }) as HTMLInputElement).checked).toBe(true);

    fill('Fråga på svenska', 'Vilken dag?');
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    await waitFor(() => expect(lastCall(world, 'UpdatePoll')).toBeDefined());
    expect(lastCall(world, 'UpdatePoll')).toEqual({
      id: POLL_ID,
      input: {
        question: { sv: 'Vilken dag?', fi: 'Minä päivänä pidetään ulkoilupäivä?', fit: 'Minkä päivän pietähään ulkoilupäivä?' },
        description: null,
        options: [
          { text: { sv: 'Torsdag', fi: 'Torstai', fit: 'Tuorestai' } },
          { text: { sv: 'Fredag', fi: 'Perjantai', fit: 'Perjantai' } },
        ],
        opensAt: new Date('2030-03-02T08:00').toISOString(),
        closesAt: new Date('2030-03-09T16:00').toISOString(),
        liveResults: true,
        audience: 'Åk 7–9',
        goalIds: [GOAL_511],
      },
    });
  });

  it('explains instead of showing the form when the poll has opened, or the viewer cannot manage it', async () => {
    const opened = accountWorld(officer(), { PollFormOptions: formOptions, PollForEdit: () => ({ data: { poll: editedPoll({ status: 'OPEN' }) } }) });
    await renderApp(`/kalix/polls/${POLL_ID}/edit`, { resolve: opened.resolve });
    expect(await screen.findByText(/Omröstningen har redan öppnat och kan inte längre ändras/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tillbaka till omröstningen' }).getAttribute('href')).toBe(`/kalix/polls/${POLL_ID}`);
    expect(screen.queryByLabelText('Fråga på svenska')).toBeNull();
    cleanup();

    const outsider = accountWorld(viewer(), { PollFormOptions: formOptions, PollForEdit: () => ({ data: { poll: editedPoll({ viewerCanManage: false }) } }) });
    await renderApp(`/kalix/polls/${POLL_ID}/edit`, { resolve: outsider.resolve });
    expect(await screen.findByText(/Du kan inte ändra den här omröstningen/)).toBeTruthy();
    expect(screen.queryByLabelText('Fråga på svenska')).toBeNull();
  });

  it('explains when the API says the poll opened while it was being edited', async () => {
    const { resolve } = accountWorld(officer(), {
      PollFormOptions: formOptions,
      PollForEdit: () => ({ data: { poll: editedPoll() } }),
      UpdatePoll: () => ({ errors: [{ code: 'CONFLICT', reason: 'POLL_ALREADY_OPEN' }] }),
    });
    await renderApp(`/kalix/polls/${POLL_ID}/edit`, { resolve });
    fireEvent.click(await screen.findByRole('button', { name: 'Spara ändringarna' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Omröstningen har redan öppnat och kan inte längre ändras');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.queryByLabelText('Fråga på svenska')).toBeNull();
  });
});
