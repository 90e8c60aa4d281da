import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kalix } from '../../../test/fixtures';
import type { StubResolver } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const goalPolls = (id: string, polls: { id: string; question: string; status: string }[]) => ({
  __typename: 'Goal',
  id,
  polls: polls.map((poll) => ({ __typename: 'Poll', ...poll })),
});

const resolve: StubResolver = (operation, variables, language) => {
  if (operation === 'AreaGoalPolls' && variables.slug === 'kalix') {
    return {
      data: {
        municipality: {
          __typename: 'Municipality',
          id: 'm-kalix',
          currentStrategy: {
            __typename: 'Strategy',
            id: 's-lus',
            area: {
              __typename: 'StrategicArea',
              id: 'a-51',
              goals: [
                goalPolls('g-511', [
                  { id: 'poll-1', question: 'Vad ska byggas vid Furuhedsskolan?', status: 'OPEN' },
                  { id: 'poll-2', question: 'Vilken film ska vi visa?', status: 'CLOSED' },
                ]),
                goalPolls('g-512', []),
              ],
            },
          },
        },
      },
    };
  }
  return kalix(operation, variables, language);
};

describe('the polls of each målbild on the area page', () => {
  it('lists a målbild’s polls with their status and a link, and nothing under målbilder without polls', async () => {
    await renderApp('/kalix/areas/5.1', { resolve });

    const goals = screen.getAllByRole('region').filter((region) => region.classList.contains('goal'));
    expect(goals).toHaveLength(2);
    const polls = within(goals[0]!).getByRole('region', { name: 'Omröstningar för unga' });
    const items = within(polls).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Vad ska byggas vid Furuhedsskolan? Status: Öppen',
      'Vilken film ska vi visa? Status: Avslutad',
    ]);
    expect(within(polls).getByRole('link', { name: 'Vad ska byggas vid Furuhedsskolan?' }).getAttribute('href')).toBe('/kalix/polls/poll-1');
    expect(within(goals[1]!).queryByRole('region', { name: 'Omröstningar för unga' })).toBeNull();
  });
});
