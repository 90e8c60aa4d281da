import 'fake-indexeddb/auto';
import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { viewer } from '../../../test/accountFixtures';
import { kalix } from '../../../test/fixtures';
import type { StubResolver, StubResult } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const GOAL = { __typename: 'Goal', id: '5b1f5a57-1a4e-4c3e-9a60-0a0b0c0d0e01', code: '5.1.1', title: 'Kultur, idrott och friluftsliv' };
const NYBORG = { __typename: 'Place', id: '5b1f5a57-1a4e-4c3e-9a60-0a0b0c0d0e02', name: 'Nyborg' };
const TORE = { __typename: 'Place', id: '5b1f5a57-1a4e-4c3e-9a60-0a0b0c0d0e03', name: 'Töre' };

function workshop(id: string, viewerCanManage = true) {
  return {
    __typename: 'Workshop',
    id,
    title: 'Framtidskväll i Töre',
    startsAt: '2026-11-22T16:00:00Z',
    endsAt: '2026-11-22T19:00:00Z',
    venue: 'Töre bygdegård',
    place: TORE,
    organization: { __typename: 'Organization', id: 'org-tore', name: 'Töre byaförening' },
    goals: [GOAL],
    viewerCanManage,
    outcomeStatus: 'NONE',
    municipality: { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix' },
  };
}

const MUNICIPALITY = {
  __typename: 'Municipality',
  id: 'm-kalix',
  currentStrategy: {
    __typename: 'Strategy',
    id: 's-1',
    areas: [{ __typename: 'StrategicArea', id: 'a-51', code: '5.1', title: 'En tillvaro full av möjligheter', goals: [GOAL] }],
  },
  places: [TORE, NYBORG],
};

function world(id: string, options: { manager?: boolean; signedIn?: boolean; record?: () => StubResult } = {}) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const resolve: StubResolver = (operation, variables, language) => {
    calls.push({ operation, variables });
    if (operation === 'Viewer') return { data: { me: options.signedIn === false ? null : viewer({ displayName: 'Lars Öhman', roles: [Role.RESIDENT] }) } };
    if (operation === 'CaptureWorkshop') return { data: { workshop: workshop(id, options.manager ?? true) } };
    if (operation === 'CaptureMunicipality') return { data: { municipality: MUNICIPALITY } };
    if (operation === 'RecordWorkshopOutcome') {
      return options.record?.() ?? { data: { recordWorkshopOutcome: { __typename: 'Workshop', id, outcomeStatus: 'DRAFT' } } };
    }
    return kalix(operation, variables, language);
  };
  const callsOf = (operation: string) => calls.filter((c) => c.operation === operation).map((c) => c.variables);
  return { resolve, callsOf };
}

async function addInput(text: string) {
  fireEvent.change(screen.getByLabelText('Vad sades?'), { target: { value: text } });
  fireEvent.click(screen.getByLabelText('5.1.1 Kultur, idrott och friluftsliv'));
  fireEvent.click(screen.getByRole('radio', { name: '1 (högst)' }));
  fireEvent.change(screen.getByLabelText('Plats inlägget handlar om (frivilligt)'), { target: { value: NYBORG.id } });
  fireEvent.click(screen.getByRole('button', { name: 'Lägg till inlägget' }));
}

describe('WorkshopCapturePage', () => {
  it('online: stores the workshop for offline use and sends a new input at once with a clientMutationId', async () => {
    const id = 'b0000000-0000-4000-8000-000000000001';
    const { resolve, callsOf } = world(id);
    await renderApp(`/kalix/workshops/${id}/capture`, { resolve });
    await screen.findByRole('heading', { level: 1, name: 'Registrera resultatet: Framtidskväll i Töre' });
    await screen.findByText('Sparad för användning utan nät');
    // Swedish time whatever the device's zone: 16:00Z–19:00Z is 17:00–20:00 in November.
    expect(document.querySelector('.capture__meta')?.textContent).toMatch(/17:00–20:00/);
    // The participant grid: one labelled number field per age group and gender.
    expect(screen.getByLabelText('16–25 år, kvinnor')).toHaveProperty('type', 'number');
    expect(screen.getByLabelText('66 år och äldre, annat eller vill inte uppge')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('16–25 år, kvinnor'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('46–65 år, män'), { target: { value: '4' } });
    expect(screen.getByTestId('participant-total').textContent).toBe('Totalt 7 deltagare');

    await addInput('Fler bänkar vid älven');
    await waitFor(() => expect(callsOf('RecordWorkshopOutcome')).toHaveLength(1));
    const sent = callsOf('RecordWorkshopOutcome')[0]! as { workshopId: string; input: { clientMutationId: string; inputs: Record<string, unknown>[] } };
    expect(sent.workshopId).toBe(id);
    expect(sent.input.clientMutationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.input.inputs).toEqual([
      { clientId: expect.stringMatching(/^[0-9a-f-]{36}$/), text: 'Fler bänkar vid älven', goalIds: [GOAL.id], priority: 1, dotVotes: null, placeId: NYBORG.id },
    ]);
    await screen.findByText('Allt är skickat');
    expect(screen.getByText('Skickat')).toBeTruthy();
    // The form is empty again, with the focus in the text field.
    expect((screen.getByLabelText('Vad sades?') as HTMLTextAreaElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('Vad sades?'));
  });

  it('offline: uses the stored copy, queues without sending, and says how many wait', async () => {
    const id = 'b0000000-0000-4000-8000-000000000002';
    // First visit online stores the workshop.
    const first = world(id);
    await renderApp(`/kalix/workshops/${id}/capture`, { resolve: first.resolve });
    await screen.findByText('Sparad för användning utan nät');
    cleanup();

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const offline = world(id);
    await renderApp(`/kalix/workshops/${id}/capture`, { resolve: offline.resolve });
    await screen.findByRole('heading', { level: 1, name: 'Registrera resultatet: Framtidskväll i Töre' });
    expect(offline.callsOf('CaptureWorkshop')).toEqual([]);
    await screen.findByText('Ingen anslutning – det du registrerar sparas på enheten');
    await addInput('Ett');
    await screen.findByText('1 inlägg väntar på att skickas');
    await addInput('Två');
    await screen.findByText('2 inlägg väntar på att skickas');
    expect(screen.getAllByText('Väntar')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Skicka nu' })).toBeNull();
    expect(offline.callsOf('RecordWorkshopOutcome')).toEqual([]);
    // An unsent input can be removed.
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort inlägget: Två' }));
    await screen.findByText('1 inlägg väntar på att skickas');
  });

  it('offline without a stored copy: says the page must be opened once online', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const id = 'b0000000-0000-4000-8000-000000000003';
    await renderApp(`/kalix/workshops/${id}/capture`, { resolve: world(id).resolve });
    await screen.findByRole('heading', { level: 1, name: 'Workshoppen är inte sparad på enheten' });
  });

  it('shows an input the API refused as needing a fix, with its message', async () => {
    const id = 'b0000000-0000-4000-8000-000000000004';
    const { resolve } = world(id, {
      record: () => ({ errors: [{ code: 'BAD_USER_INPUT', fields: [{ path: 'input.inputs.0.text', message: 'Skriv inga telefonnummer.' }] }] }),
    });
    await renderApp(`/kalix/workshops/${id}/capture`, { resolve });
    await screen.findByText('Sparad för användning utan nät');
    await addInput('Ring 070-1234567');
    await screen.findByText('Skriv inga telefonnummer.');
    expect(screen.getByText('Behöver rättas')).toBeTruthy();
    expect(screen.getByText('1 inlägg behöver rättas')).toBeTruthy();
    // "Rätta" puts the text back into the form.
    fireEvent.click(screen.getByRole('button', { name: 'Rätta inlägget: Ring 070-1234567' }));
    await waitFor(() => expect((screen.getByLabelText('Vad sades?') as HTMLTextAreaElement).value).toBe('Ring 070-1234567'));
  });

  it('not a manager: says so with a link back; signed out: asks to sign in', async () => {
    const id = 'b0000000-0000-4000-8000-000000000005';
    await renderApp(`/kalix/workshops/${id}/capture`, { resolve: world(id, { manager: false }).resolve });
    await screen.findByRole('heading', { level: 1, name: 'Du kan inte registrera resultatet' });
    expect(screen.getByRole('link', { name: 'Tillbaka till workshoppen' }).getAttribute('href')).toBe(`/kalix/workshops/${id}`);
    cleanup();
    await renderApp(`/kalix/workshops/${id}/capture`, { resolve: world(id, { manager: false, signedIn: false }).resolve });
    await screen.findByRole('heading', { level: 1, name: 'Logga in för att registrera resultatet' });
  });
});
