import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kalix } from '../../../test/fixtures';
import type { StubResolver } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const resolve: StubResolver = (operation, variables, language) => {
  if (operation === 'AreaGoalWorkshopInputs' && variables.slug === 'kalix' && variables.code === '5.1') {
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
                { __typename: 'Goal', id: 'g-511', workshopInputCount: 12 },
                { __typename: 'Goal', id: 'g-512', workshopInputCount: 0 },
              ],
            },
          },
        },
      },
    };
  }
  return kalix(operation, variables, language);
};

describe('workshop inputs of each målbild on the area page', () => {
  it('shows the published input count under a målbild that has some, and nothing under one without', async () => {
    await renderApp('/kalix/areas/5.1', { resolve });
    const goals = screen.getAllByRole('region').filter((region) => region.classList.contains('goal'));
    expect(goals).toHaveLength(2);
    expect(within(goals[0]!).getByText('12 inlägg från workshoppar')).toBeTruthy();
    expect(goals[1]!.textContent).not.toContain('inlägg från workshoppar');
  });

  it('speaks Finnish', async () => {
    await renderApp('/kalix/areas/5.1', { resolve, language: 'fi' });
    expect(screen.getByText('12 ehdotusta työpajoista')).toBeTruthy();
  });
});
