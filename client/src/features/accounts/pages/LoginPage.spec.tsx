import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(() => {
  cleanup();
  document.cookie = 'lang=; path=/; max-age=0';
});

async function submit(email = 'anna@example.se', password = 'ett lösenord') {
  fireEvent.change(screen.getByLabelText('E-postadress'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Lösenord'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('LoginPage', () => {
  it('says only that the e-mail or the password is wrong for UNAUTHENTICATED, and focuses the message', async () => {
    const { resolve } = accountWorld(null, {
      Login: () => ({ errors: [{ code: 'UNAUTHENTICATED', message: 'Wrong e-mail address or password.' }] }),
    });
    await renderApp('/login', { resolve });
    await submit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('E-postadressen eller lösenordet stämmer inte.');
    await waitFor(() => expect(document.activeElement).toBe(alert.parentElement));
    // Neither field is singled out: that would tell whether the address has an account.
    expect(screen.getByLabelText('E-postadress').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Lösenord').getAttribute('aria-invalid')).toBeNull();
  });

  it('tells how long to wait after RATE_LIMITED, in seconds or minutes', async () => {
    let retryAfter = 42;
    const { resolve } = accountWorld(null, {
      Login: () => ({ errors: [{ code: 'RATE_LIMITED', retryAfter }] }),
    });
    await renderApp('/login', { resolve });
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('Vänta 42 sekunder och försök igen.');

    retryAfter = 300;
    await submit();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Vänta 5 minuter och försök igen.'));
  });

  it('checks the fields before asking the API', async () => {
    const { world, resolve } = accountWorld(null);
    await renderApp('/login', { resolve });
    await submit('anna', '');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Skriv e-postadressen i formen namn@exempel.se.' })).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Skriv ett lösenord.' })).toBeTruthy();
    expect(world.calls.some((c) => c.operation === 'Login')).toBe(false);
  });

  it('signs in and goes back to where the person came from', async () => {
    const { world, resolve } = accountWorld(null);
    world.answers.Login = () => {
      world.me = viewer();
      return { data: { login: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u-anna', displayName: 'Anna Niemi', locale: 'sv' } } } };
    };
    await renderApp('/login?returnTo=%2Fkalix%2Fplaces', { resolve });
    await submit('Anna@Example.se');
    expect(await screen.findByRole('heading', { level: 1, name: 'Orter och byar i Kalix' })).toBeTruthy();
    expect(lastCall(world, 'Login')).toEqual({ email: 'anna@example.se', password: 'ett lösenord' });
    expect(screen.getByRole('link', { name: 'Anna Niemi' })).toBeTruthy();
  });

  it('never returns to another site', async () => {
    const { world, resolve } = accountWorld(null);
    world.answers.Login = () => {
      world.me = viewer();
      return { data: { login: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u-anna', displayName: 'Anna Niemi', locale: 'sv' } } } };
    };
    await renderApp('/login?returnTo=%2F%2Fevil.example%2Fx', { resolve });
    await submit();
    expect(await screen.findByRole('heading', { level: 1, name: 'Medskapa' })).toBeTruthy();
  });

  it('offers e-ID when the API has it, coming back to the same page, and explains an e-ID error', async () => {
    const { resolve } = accountWorld(null, {
      EidLogin: () => ({
        data: { eidLogin: { __typename: 'EidLoginOptions', enabled: true, displayName: 'BankID eller Freja eID', startUrl: '/auth/eid/start' } },
      }),
    });
    await renderApp('/login?returnTo=%2Fprofile&eidError=CANCELLED', { resolve });
    expect(screen.getByRole('alert').textContent).toContain('Inloggningen med e-legitimation avbröts.');
    const eid = screen.getByRole('link', { name: 'Fortsätt med BankID eller Freja eID' });
    expect(eid.getAttribute('href')).toBe('/auth/eid/start?returnTo=%2Fprofile');
    expect(screen.getByRole('link', { name: 'Glömt lösenordet?' }).getAttribute('href')).toBe('/forgot-password');
  });
});
