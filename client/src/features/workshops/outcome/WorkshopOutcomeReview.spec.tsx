import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StubResult } from '../../../test/mockClient';
import { renderOutcome } from './renderOutcome';
import { WorkshopOutcomeReview } from './WorkshopOutcomeReview';

afterEach(cleanup);

const G511 = '00000000-0000-4000-8000-000000000511';
const G512 = '00000000-0000-4000-8000-000000000512';
const TORE = '00000000-0000-4000-8000-00000000a001';
const SANGIS = '00000000-0000-4000-8000-00000000a002';

const goal = (id: string, code: string, title: string) => ({ __typename: 'Goal', id, code, title });
const place = (id: string, name: string) => ({ __typename: 'Place', id, name });

function draftInput(id: string, text: string, extra: Record<string, unknown> = {}) {
  return { __typename: 'WorkshopInput', id, text, priority: null, dotVotes: null, status: 'DRAFT', goals: [], place: null, ...extra };
}

function workshop(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Workshop',
    id: 'w-1',
    startsAt: '2026-03-10T17:00:00Z',
    cancelledAt: null,
    viewerCanManage: true,
    outcomeStatus: 'DRAFT',
    outcomePublishedAt: null,
    participantTotal: 12,
    inputs: [
      draftInput('in-1', 'Skidspår runt Töre', { priority: 2, goals: [goal(G511, '5.1.1', 'Kultur, idrott och friluftsliv')] }),
      draftInput('in-2', 'Ring 070-123 45 67 om du vill hjälpa till', { dotVotes: 3 }),
    ],
    attachments: [
      { __typename: 'WorkshopAttachment', id: 'att-1', url: '/workshops/w-1/attachments/att-1', altText: 'Blädderblock om skidspår', width: 1600, height: 1200 },
    ],
    ...overrides,
  };
}

const municipality = {
  __typename: 'Municipality',
  id: 'm-kalix',
  places: [place(TORE, 'Töre'), place(SANGIS, 'Sangis')],
  currentStrategy: {
    __typename: 'Strategy',
    id: 's-lus',
    areas: [
      {
        __typename: 'StrategicArea',
        id: 'a-51',
        code: '5.1',
        title: 'En tillvaro full av möjligheter',
        goals: [goal(G511, '5.1.1', 'Kultur, idrott och friluftsliv'), goal(G512, '5.1.2', 'God bebyggd miljö och samhällsplanering')],
      },
    ],
  },
};

function api(data: Record<string, unknown>, answers: Record<string, () => StubResult> = {}) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const resolve = (operation: string, variables: Record<string, unknown>) => {
    calls.push({ operation, variables });
    if (answers[operation]) return answers[operation]!();
    if (operation === 'WorkshopOutcomeReview') return { data: { workshop: data, municipality } };
    return undefined;
  };
  const callsOf = (operation: string) => calls.filter((c) => c.operation === operation).map((c) => c.variables);
  return { resolve, callsOf };
}

const mutationOk = (field: string, value: Record<string, unknown>) => () => ({ data: { [field]: value } });

describe('WorkshopOutcomeReview', () => {
  it('sends every field of an edited input to updateWorkshopInput and announces it', async () => {
    const { resolve, callsOf } = api(workshop(), {
      UpdateWorkshopInput: mutationOk('updateWorkshopInput', { ...draftInput('in-1', 'Skidspår runt Töre och Sangis'), dotVotes: 7 }),
    });
    await renderOutcome(<WorkshopOutcomeReview workshopId="w-1" slug="kalix" />, resolve);
    expect(screen.getByRole('heading', { level: 2, name: 'Granska och publicera' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Registrera fler inlägg' }).getAttribute('href')).toBe('/kalix/workshops/w-1/capture');
    expect(screen.getByText('Skidspår runt Töre').parentElement!.textContent).toContain('Prioritet 2');

    fireEvent.click(screen.getByRole('button', { name: 'Redigera inlägg 1' }));
    const form = screen.getByRole('group', { name: 'Redigera inlägg 1' });
    const text = within(form).getByRole('textbox', { name: 'Text' });
    expect(document.activeElement).toBe(text);
    fireEvent.change(text, { target: { value: '  Skidspår runt Töre och Sangis ' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: '5.1.2 God bebyggd miljö och samhällsplanering' }));
    fireEvent.click(within(form).getByRole('radio', { name: 'Prickar' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Antal prickar' }), { target: { value: '7' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Plats' }), { target: { value: SANGIS } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(callsOf('UpdateWorkshopInput')).toHaveLength(1));
    expect(callsOf('UpdateWorkshopInput')[0]).toEqual({
      id: 'in-1',
      input: { text: 'Skidspår runt Töre och Sangis', goalIds: [G511, G512], priority: null, dotVotes: 7, placeId: SANGIS },
    });
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Inlägg 1 är sparat.'));
    expect(screen.queryByRole('group', { name: 'Redigera inlägg 1' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Redigera inlägg 1' }));
  });

  it('does not send an input without text, and says why', async () => {
    const { resolve, callsOf } = api(workshop());
    await renderOutcome(<WorkshopOutcomeReview workshopId="w-1" slug="kalix" />, resolve);
    fireEvent.click(screen.getByRole('button', { name: 'Redigera inlägg 2' }));
    const form = screen.getByRole('group', { name: 'Redigera inlägg 2' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Text' }), { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('link', { name: 'Skriv vad inlägget säger.' })).toBeTruthy();
    expect(callsOf('UpdateWorkshopInput')).toHaveLength(0);
  });

  it('explains that a published outcome can no longer be edited', async () => {
    const { resolve } = api(workshop(), {
      UpdateWorkshopInput: () => ({ errors: [{ code: 'CONFLICT', reason: 'OUTCOME_PUBLISHED' }] }),
    });
    await renderOutcome(<WorkshopOutcomeReview workshopId="w-1" slug="kalix" />, resolve);
    fireEvent.click(screen.getByRole('button', { name: 'Redigera inlägg 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Resultatet är redan publicerat. Inläggen kan inte ändras längre.')).toBeTruthy();
  });

  it('deletes an input only after confirming in a dialog', async () => {
    const { resolve, callsOf } = api(workshop(), {
      DeleteWorkshopInput: mutationOk('deleteWorkshopInput', { __typename: 'Workshop', id: 'w-1', outcomeStatus: 'DRAFT' }),
    });
    await renderOutcome(<WorkshopOutcomeReview workshopId="w-1" slug="kalix" />, resolve);
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort inlägg 2' }));
    let dialog = screen.getByRole('dialog', { name: 'Ta bort inlägget?' });
    expect(dialog.textContent).toContain('Ring 070-123 45 67 om du vill hjälpa till');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsOf('DeleteWorkshopInput')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort inlägg 2' }));
    dialog = screen.getByRole('dialog', { name: 'Ta bort inlägget?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort inlägget' }));
    await waitFor(() => expect(callsOf('DeleteWorkshopInput')).toEqual([{ id: 'in-2' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Inlägget är borttaget.'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Inlägg' }));
  });

  it('deletes a photo only after confirming', async () => {
    const { resolve, callsOf } = api(workshop(), {
      DeleteWorkshopAttachment: mutationOk('deleteWorkshopAttachment', { __typename: 'Workshop', id: 'w-1', outcomeStatus: 'DRAFT' }),
    });
    await renderOutcome(<WorkshopOutcomeReview workshopId="w-1" slug="kalix" />, resolve);
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort fotot 1: Blädderblock om skidspår' }));
    expect(callsOf('DeleteWorkshopAttachment')).toHaveLength(0);
    const dialog = screen.getByRole('dialog', { name: 'Ta bort fotot?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort fotot' }));
    await waitFor(() => expect(callsOf('DeleteWorkshopAttachment')).toEqual([{ id: 'att-1' }]));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Fotot är borttaget.'));
  });

  it('publishes only after confirming, and explains OUTCOME_EMPTY', async () => {
    let empty = true;
    const { resolve, callsOf } = api(workshop(), {
      PublishWorkshopOutcome: () =>
        empty
          ? { errors: [{ code: 'CONFLICT', reason: 'OUTCOME_EMPTY' }] }
          : { data: { publishWorkshopOutcome: { __typename: 'Workshop', id: 'w-1', outcomeStatus: 'PUBLISHED', outcomePublishedAt: '2026-03-11T09:30:00Z' } } },
    });
    await renderOutcome(<WorkshopOutcomeReview workshopId="w-1" slug="kalix" />, resolve);
    fireEvent.click(screen.getByRole('button', { name: 'Publicera resultatet' }));
    const dialog = screen.getByRole('dialog', { name: 'Publicera resultatet?' });
    expect(dialog.textContent).toContain(
      'När resultatet är publicerat syns det för alla och räknas i strategin. Inläggen kan inte ändras efter det.',
    );
    expect(callsOf('PublishWorkshopOutcome')).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Publicera' }));
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'Det finns inget att publicera än. Registrera deltagare eller inlägg först.',
    );
    expect(callsOf('PublishWorkshopOutcome')).toEqual([{ workshopId: 'w-1' }]);

    empty = false;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publicera' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('PublishWorkshopOutcome')).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Resultatet är publicerat.'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Granska och publicera' }));
  });

  it('after publishing shows when, with no editing but photos still deletable', async () => {
    const published = workshop({
      outcomeStatus: 'PUBLISHED',
      outcomePublishedAt: '2026-03-11T09:30:00Z',
      inputs: [{ ...draftInput('in-1', 'Skidspår runt Töre'), status: 'PUBLISHED' }],
    });
    const { resolve } = api(published);
    await renderOutcome(<WorkshopOutcomeReview workshopId="w-1" slug="kalix" />, resolve);
    expect(screen.getByText(/^Publicerat 11 mars 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Redigera/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publicera resultatet' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Ta bort fotot/ })).toBeTruthy();
  });

  it('is not shown to people who cannot manage the workshop', async () => {
    const { resolve } = api(workshop({ viewerCanManage: false }));
    await renderOutcome(<WorkshopOutcomeReview workshopId="w-1" slug="kalix" />, resolve);
    expect(screen.queryByRole('heading', { name: 'Granska och publicera' })).toBeNull();
  });
});
