import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(() => {
  cleanup();
  document.cookie = 'lang=; path=/; max-age=0';
});

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

/** The error text shown beside a field (its aria-describedby), or '' when there is none. */
function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function fillValid() {
  fireEvent.change(field('E-postadress'), { target: { value: 'Anna@Example.se' } });
  fireEvent.change(field('Lösenord'), { target: { value: 'en lång fras om Töre' } });
  fireEvent.change(field('Namn som visas'), { target: { value: 'Anna' } });
}

describe('RegisterPage', () => {
  it('shows the labelled fields, the password rules and the current language preselected', async () => {
    const { resolve } = accountWorld(null);
    await renderApp('/register', { resolve, language: 'fi' });
    expect(screen.getByRole('heading', { level: 1, name: 'Luo tili' })).toBeTruthy();
    expect((screen.getByLabelText('Kieli') as HTMLSelectElement).value).toBe('fi');
    expect(field('Salasana').getAttribute('aria-describedby')).toContain('register-password-hint');
    expect(document.getElementById('register-password-hint')?.textContent).toContain('vähintään 10 merkkiä');
    expect(screen.getByLabelText('Syntymävuosi (vapaaehtoinen)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lue, miten käsittelemme henkilötietojasi' }).getAttribute('href')).toBe('/privacy');
  });

  it('checks every field with the shared zod schema before sending, and moves focus to the summary', async () => {
    const { world, resolve } = accountWorld(null);
    await renderApp('/register', { resolve });
    fireEvent.change(field('Lösenord'), { target: { value: 'kort' } });
    fireEvent.change(field('Födelseår (valfritt)'), { target: { value: '19x0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa konto' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
    expect(summary.textContent).toContain('Det finns 4 fel i formuläret');

    expect(errorOf(field('E-postadress'))).toContain('Skriv din e-postadress.');
    expect(errorOf(field('Lösenord'))).toContain('Lösenordet behöver ha minst 10 tecken.');
    expect(errorOf(field('Namn som visas'))).toContain('Skriv det namn som ska visas.');
    expect(errorOf(field('Födelseår (valfritt)'))).toContain('Skriv födelseåret med fyra siffror');
    expect(field('E-postadress').getAttribute('aria-invalid')).toBe('true');
    expect(field('Hemort (valfritt)').getAttribute('aria-invalid')).toBeNull();
    // The summary links to each field.
    expect(screen.getByRole('link', { name: 'Skriv din e-postadress.' }).getAttribute('href')).toBe('#register-email');
    expect(world.calls.some((c) => c.operation === 'Register')).toBe(false);

    fireEvent.change(field('E-postadress'), { target: { value: 'inte en adress' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa konto' }));
    await waitFor(() => expect(errorOf(field('E-postadress'))).toContain('Skriv e-postadressen i formen namn@exempel.se.'));
  });

  it('shows the API’s extensions.fields beside their fields', async () => {
    const { world, resolve } = accountWorld(null, {
      Register: () => ({
        errors: [
          { code: 'CONFLICT', fields: [{ path: 'input.email', message: 'An account with this e-mail address already exists.' }] },
          { code: 'BAD_USER_INPUT', fields: [{ path: 'password', message: 'This password is too common.' }] },
        ],
      }),
    });
    await renderApp('/register', { resolve });
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Skapa konto' }));

    await waitFor(() => expect(errorOf(field('E-postadress'))).toContain('Det finns redan ett konto med den här e-postadressen.'));
    expect(errorOf(field('Lösenord'))).toContain('Lösenordet är för vanligt eller för lätt att gissa.');
    expect(errorOf(field('Namn som visas'))).toBe('');
    expect(lastCall(world, 'Register')).toEqual({
      input: {
        email: 'anna@example.se',
        password: 'en lång fras om Töre',
        displayName: 'Anna',
        locale: 'sv',
        birthYear: null,
        homePlaceId: null,
        municipalitySlug: 'kalix',
      },
    });
  });

  it('sends the optional birth year and home place, then says to check the e-mail', async () => {
    const { world, resolve } = accountWorld(null, {
      Register: () => ({ data: { register: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u1', displayName: 'Anna', email: 'anna@example.se' } } } }),
    });
    await renderApp('/register', { resolve });
    fillValid();
    fireEvent.change(field('Födelseår (valfritt)'), { target: { value: '1990' } });
    fireEvent.change(field('Hemort (valfritt)'), { target: { value: '0b9f0d5e-7a3c-4a52-9d1e-2f9b8c7a6d01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa konto' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kolla din e-post' })).toBeTruthy();
    expect(screen.getByText(/Vi har skickat en länk till anna@example.se/)).toBeTruthy();
    expect(lastCall(world, 'Register')).toMatchObject({
      input: { birthYear: 1990, homePlaceId: '0b9f0d5e-7a3c-4a52-9d1e-2f9b8c7a6d01' },
    });
  });
});
