import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

function settings(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      municipality: {
        __typename: 'Municipality',
        id: 'm-kalix',
        slug: 'kalix',
        name: 'Kalix',
        ideaSettings: {
          __typename: 'IdeaSettings',
          supportThreshold: 50,
          supportThresholdPerMille: null,
          population: 15400,
          minorityLanguageExempt: true,
          ...overrides,
        },
      },
    },
  };
}

describe('idea settings', { timeout: 15_000 }, () => {
  it('are for admins: officers see the tab missing and a refusal', async () => {
    const { resolve } = accountWorld(viewer({ roles: [Role.OFFICER] }), { IdeaSettings: () => settings() });
    await renderApp('/admin/idea-settings', { resolve });
    expect(screen.getByText('Den här delen är bara för administratörer.')).toBeTruthy();
    const tabs = screen.getByRole('navigation', { name: 'Delar av administrationen' });
    expect(within(tabs).queryByRole('link', { name: 'Idéinställningar' })).toBeNull();
    expect(within(tabs).getByRole('link', { name: 'Svarsmallar' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Moderering i Kalix/ }).getAttribute('href')).toBe('/kalix/moderation');
  });

  it('shows the current threshold, computes a per mille threshold and saves it with the exemption', async () => {
    const { world, resolve } = accountWorld(viewer({ roles: [Role.ADMIN] }), {
      IdeaSettings: () => settings(),
      UpdateIdeaSettings: () => ({
        data: { updateIdeaSettings: { __typename: 'IdeaSettings', supportThreshold: 47, supportThresholdPerMille: 3, population: 15400, minorityLanguageExempt: false } },
      }),
    });
    await renderApp('/admin/idea-settings', { resolve });
    expect(await screen.findByRole('heading', { level: 2, name: 'Idéinställningar' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Ett bestämt antal stöd' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Antal stöd') as HTMLInputElement).value).toBe('50');
    expect(screen.getByTestId('effective-threshold').textContent).toBe('En idé behöver 50 stöd.');
    const exempt = screen.getByRole('checkbox', { name: 'Idéer på nationella minoritetsspråk går direkt till utredning' }) as HTMLInputElement;
    expect(exempt.checked).toBe(true);
    expect(exempt.getAttribute('aria-describedby')).toBe('settings-exempt-hint');

    fireEvent.click(screen.getByRole('radio', { name: 'Promille av befolkningen' }));
    fireEvent.change(screen.getByLabelText('Promille'), { target: { value: '3' } });
    expect((screen.getByLabelText('Antal invånare') as HTMLInputElement).value).toBe('15400');
    expect(screen.getByTestId('effective-threshold').textContent).toBe('En idé behöver 47 stöd.');
    fireEvent.change(screen.getByLabelText('Promille'), { target: { value: '2,555' } });
    fireEvent.click(exempt);
    fireEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    await waitFor(() => expect(document.getElementById('settings-perMille-error')?.textContent).toContain('högst två decimaler'));
    expect(world.calls.map((c) => c.operation)).not.toContain('UpdateIdeaSettings');

    fireEvent.change(screen.getByLabelText('Promille'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    await waitFor(() => expect(lastCall(world, 'UpdateIdeaSettings')).toBeTruthy());
    expect(lastCall(world, 'UpdateIdeaSettings')).toEqual({
      municipalitySlug: 'kalix',
      input: { supportThreshold: null, supportThresholdPerMille: 3, population: 15400, minorityLanguageExempt: false },
    });
    expect(await screen.findByText('Idéinställningarna för Kalix är sparade.')).toBeTruthy();
  });

  it('can remove the threshold', async () => {
    const { world, resolve } = accountWorld(viewer({ roles: [Role.ADMIN] }), {
      IdeaSettings: () => settings(),
      UpdateIdeaSettings: () => ({
        data: { updateIdeaSettings: { __typename: 'IdeaSettings', supportThreshold: null, supportThresholdPerMille: null, population: 15400, minorityLanguageExempt: true } },
      }),
    });
    await renderApp('/admin/idea-settings', { resolve });
    fireEvent.click(await screen.findByRole('radio', { name: 'Ingen gräns: kommunen utreder alla idéer' }));
    expect(screen.getByTestId('effective-threshold').textContent).toBe('Ingen gräns: alla idéer kan utredas.');
    fireEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    await waitFor(() => expect(lastCall(world, 'UpdateIdeaSettings')).toMatchObject({ input: { supportThreshold: null, supportThresholdPerMille: null, minorityLanguageExempt: true } }));
  });
});
