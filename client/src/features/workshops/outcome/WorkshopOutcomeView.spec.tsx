import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StubResolver } from '../../../test/mockClient';
import { renderOutcome } from './renderOutcome';
import { WorkshopOutcomeView } from './WorkshopOutcomeView';

afterEach(cleanup);

const goal = (id: string, code: string, title: string, areaCode: string) => ({
  __typename: 'Goal',
  id,
  code,
  title,
  area: { __typename: 'StrategicArea', id: `a-${areaCode}`, code: areaCode },
});
const input = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'WorkshopInput',
  id,
  text,
  priority: null,
  dotVotes: null,
  place: null,
  ...extra,
});
const cell = (ageGroup: string, gender: string, count: number) => ({ __typename: 'WorkshopParticipantCount', ageGroup, gender, count });

function workshop(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Workshop',
    id: 'w-1',
    startsAt: '2026-03-10T17:00:00Z',
    endsAt: '2026-03-10T19:00:00Z',
    cancelledAt: null,
    viewerCanManage: false,
    outcomeStatus: 'PUBLISHED',
    participantTotal: 16,
    participants: [
      cell('AGE_16_25', 'WOMAN', 3),
      cell('AGE_16_25', 'MAN', 2),
      cell('AGE_66_PLUS', 'WOMAN', 10),
      cell('AGE_66_PLUS', 'OTHER_OR_UNSTATED', 1),
    ],
    // The group without målbild first here: the page still shows it last.
    inputsByGoal: [
      { __typename: 'WorkshopGoalInputs', goal: null, inputs: [input('i-3', 'Fler bänkar vid älven')] },
      {
        __typename: 'WorkshopGoalInputs',
        goal: goal('g-511', '5.1.1', 'Kultur, idrott och friluftsliv', '5.1'),
        inputs: [
          input('i-1', 'Skidspår runt Töre', { priority: 1 }),
          input('i-2', 'Bygdegården öppen på vardagar', { dotVotes: 12, place: { __typename: 'Place', id: 'p-sangis', name: 'Sangis' } }),
        ],
      },
      { __typename: 'WorkshopGoalInputs', goal: goal('g-521', '5.2.1', 'Livslångt lärande', '5.2'), inputs: [input('i-4', 'Kvällskurser i byn', { dotVotes: 1 })] },
    ],
    attachments: [
      { __typename: 'WorkshopAttachment', id: 'att-1', url: '/workshops/w-1/attachments/att-1', altText: 'Blädderblock med tankar om skidspår', width: 1600, height: 1200 },
      { __typename: 'WorkshopAttachment', id: 'att-2', url: '/workshops/w-1/attachments/att-2', altText: null, width: 800, height: 1000 },
    ],
    ...overrides,
  };
}

const resolveWith =
  (data: Record<string, unknown>): StubResolver =>
  (operation) =>
    operation === 'WorkshopOutcome' ? { data: { workshop: data } } : undefined;

describe('WorkshopOutcomeView', () => {
  it('shows the participants in a table by age group and gender, with row, column and grand totals', async () => {
    await renderOutcome(<WorkshopOutcomeView workshopId="w-1" slug="kalix" />, resolveWith(workshop()));
    expect(screen.getByRole('heading', { level: 2, name: 'Det här kom fram' })).toBeTruthy();
    expect(screen.getByText('16 deltog')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Deltagare' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Ålder', 'Kvinnor', 'Män', 'Annat eller vill inte uppge', 'Totalt'],
      ['0–15 år', '0', '0', '0', '0'],
      ['16–25 år', '3', '2', '0', '5'],
      ['26–45 år', '0', '0', '0', '0'],
      ['46–65 år', '0', '0', '0', '0'],
      ['66 år och äldre', '10', '0', '1', '11'],
      ['Totalt', '13', '2', '1', '16'],
    ]);
    expect(within(table).getByRole('rowheader', { name: '16–25 år' })).toBeTruthy();
  });

  it('groups the inputs by målbild with links to the areas, weights and places, and "Utan målbild" last', async () => {
    await renderOutcome(<WorkshopOutcomeView workshopId="w-1" slug="kalix" />, resolveWith(workshop()));
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['5.1.1 Kultur, idrott och friluftsliv', '5.2.1 Livslångt lärande', 'Utan målbild', 'Foton från workshoppen']);
    expect(screen.getByRole('link', { name: '5.1.1 Kultur, idrott och friluftsliv' }).getAttribute('href')).toBe('/kalix/areas/5.1');
    expect(screen.getByRole('link', { name: '5.2.1 Livslångt lärande' }).getAttribute('href')).toBe('/kalix/areas/5.2');

    const culture = screen.getByRole('heading', { level: 3, name: '5.1.1 Kultur, idrott och friluftsliv' }).parentElement!;
    const items = within(culture).getAllByRole('listitem').filter((li) => li.classList.contains('workshop-outcome__input'));
    expect(items.map((li) => li.textContent)).toEqual([
      'Skidspår runt TörePrioritet 1',
      'Bygdegården öppen på vardagar12 prickarGäller Sangis',
    ]);
    const learning = screen.getByRole('heading', { level: 3, name: '5.2.1 Livslångt lärande' }).parentElement!;
    expect(learning.textContent).toContain('1 prick');
    const none = screen.getByRole('heading', { level: 3, name: 'Utan målbild' }).parentElement!;
    expect(none.textContent).toContain('Fler bänkar vid älven');
  });

  it('shows photos lazily with alt text and size, linking to the full image, and the CSV download', async () => {
    await renderOutcome(<WorkshopOutcomeView workshopId="w-1" slug="kalix" />, resolveWith(workshop()));
    const named = screen.getByRole('img', { name: 'Blädderblock med tankar om skidspår' });
    expect(named.getAttribute('width')).toBe('1600');
    expect(named.getAttribute('height')).toBe('1200');
    expect(named.getAttribute('loading')).toBe('lazy');
    expect(named.closest('a')?.getAttribute('href')).toBe('/workshops/w-1/attachments/att-1');
    expect(screen.getByRole('img', { name: 'Foto av blädderblock från workshoppen' }).getAttribute('src')).toBe('/workshops/w-1/attachments/att-2');

    const csv = screen.getByRole('link', { name: 'Ladda ner inläggen (CSV)' });
    expect(csv.getAttribute('href')).toBe('/workshops/w-1/inputs.csv');
    expect(csv.hasAttribute('download')).toBe(true);
  });

  it('shows a draft to the managers, marked as visible only to them', async () => {
    await renderOutcome(
      <WorkshopOutcomeView workshopId="w-1" slug="kalix" />,
      resolveWith(workshop({ outcomeStatus: 'DRAFT', viewerCanManage: true })),
    );
    expect(screen.getByText(/^Utkast – syns bara för er/)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Deltagare' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Utan målbild' })).toBeTruthy();
  });

  it('tells others that the result comes after the workshop while it is a draft, and shows nothing of it', async () => {
    const draft = workshop({ outcomeStatus: 'DRAFT', participantTotal: 0, participants: [], inputsByGoal: [], attachments: [] });
    await renderOutcome(<WorkshopOutcomeView workshopId="w-1" slug="kalix" />, resolveWith(draft));
    expect(screen.getByRole('heading', { level: 2, name: 'Det här kom fram' })).toBeTruthy();
    expect(screen.getByText('Resultatet publiceras efter workshoppen.')).toBeTruthy();
    expect(screen.queryByText(/Utkast/)).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    cleanup();

    // Even if the API sent a draft's inputs, a non-manager is not shown them.
    await renderOutcome(<WorkshopOutcomeView workshopId="w-1" slug="kalix" />, resolveWith(workshop({ outcomeStatus: 'DRAFT' })));
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    expect(screen.getByText('Resultatet publiceras efter workshoppen.')).toBeTruthy();
  });

  it('says nothing about the outcome of a workshop that has not started', async () => {
    const upcoming = workshop({ outcomeStatus: 'NONE', startsAt: '2099-06-01T17:00:00Z', endsAt: '2099-06-01T19:00:00Z' });
    await renderOutcome(<WorkshopOutcomeView workshopId="w-1" slug="kalix" />, resolveWith(upcoming));
    expect(screen.queryByRole('heading', { name: 'Det här kom fram' })).toBeNull();
    expect(screen.queryByText('Resultatet publiceras efter workshoppen.')).toBeNull();
  });
});
