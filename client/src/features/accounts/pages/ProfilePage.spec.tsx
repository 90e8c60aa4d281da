import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(() => {
  cleanup();
  document.cookie = 'lang=; path=/; max-age=0';
});

function updateProfileAnswer(variables: Record<string, unknown>) {
  const input = variables.input as Record<string, unknown>;
  return {
    data: {
      updateProfile: {
        __typename: 'User',
        id: 'u-anna',
        displayName: input.displayName,
        locale: input.locale,
        birthYear: input.birthYear,
        homePlace: null,
        municipality: { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' },
      },
    },
  };
}

describe('ProfilePage', () => {
  it('asks a signed-out visitor to sign in', async () => {
    await renderApp('/profile', { resolve: accountWorld(null).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Min profil' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till inloggningen' }).getAttribute('href')).toBe('/login?returnTo=%2Fprofile');
    expect(screen.queryByLabelText('Namn som visas')).toBeNull();
  });

  it('shows the person’s details, with the language as a select of native names', async () => {
    await renderApp('/profile', { resolve: accountWorld(viewer()).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Min profil' })).toBeTruthy();
    expect((screen.getByLabelText('Namn som visas') as HTMLInputElement).value).toBe('Anna Niemi');
    const language = screen.getByRole('combobox', { name: 'Språk' }) as HTMLSelectElement;
    expect([...language.options].map((o) => o.textContent)).toEqual(['Svenska', 'Suomi', 'Meänkieli']);
    expect(language.value).toBe('sv');
    expect((screen.getByLabelText('Födelseår (valfritt)') as HTMLInputElement).value).toBe('1980');
  });

  it('saves, says so in a status message, and switches the UI to the chosen language', async () => {
    const { world, resolve } = accountWorld(viewer(), { UpdateProfile: updateProfileAnswer });
    const { i18n } = await renderApp('/profile', { resolve });
    fireEvent.change(screen.getByLabelText('Namn som visas'), { target: { value: 'Anna N.' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Språk' }), { target: { value: 'fit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));

    await waitFor(() => expect(i18n.language).toBe('fit'));
    expect(lastCall(world, 'UpdateProfile')).toEqual({
      input: { displayName: 'Anna N.', locale: 'fit', birthYear: 1980, homePlaceId: '0b9f0d5e-7a3c-4a52-9d1e-2f9b8c7a6d01' },
    });
    expect(document.documentElement.lang).toBe('fit');
    expect(document.cookie).toContain('lang=fit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Minun profiili' })).toBeTruthy();
    const statuses = screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses).toContain('Muutokset oon spaarattu');
  });

  it('keeps the UI language when the language is unchanged, and says "Ändringarna är sparade"', async () => {
    const { resolve } = accountWorld(viewer(), { UpdateProfile: updateProfileAnswer });
    const { i18n } = await renderApp('/profile', { resolve });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Ändringarna är sparade'));
    expect(i18n.language).toBe('sv');
  });

  it('validates the name with the shared schema and shows the API’s field errors', async () => {
    const { resolve } = accountWorld(viewer(), {
      UpdateProfile: () => ({ errors: [{ code: 'BAD_USER_INPUT', fields: [{ path: 'input.homePlaceId', message: 'No such place.' }] }] }),
    });
    await renderApp('/profile', { resolve });
    fireEvent.change(screen.getByLabelText('Namn som visas'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Skriv det namn som ska visas.');

    fireEvent.change(screen.getByLabelText('Namn som visas'), { target: { value: 'Anna' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Orten finns inte.'));
    expect(screen.getByLabelText('Hemort (valfritt)').getAttribute('aria-invalid')).toBe('true');
  });

  it('deletes the account only after the confirmation box is checked', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      DeleteMyAccount: () => {
        world.me = null;
        return { data: { deleteMyAccount: true } };
      },
    });
    await renderApp('/profile', { resolve });
    fireEvent.click(screen.getByRole('button', { name: 'Radera mitt konto' }));
    const confirm = screen.getByRole('button', { name: 'Radera kontot för gott' });
    fireEvent.click(confirm);
    expect((await screen.findByRole('alert')).textContent).toContain('Kryssa i rutan');
    expect(world.calls.some((c) => c.operation === 'DeleteMyAccount')).toBe(false);

    fireEvent.click(screen.getByRole('checkbox', { name: /Jag förstår att mitt konto/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Radera kontot för gott' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ditt konto är raderat' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeTruthy();
  });
});
