import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(() => {
  cleanup();
  document.cookie = 'lang=; path=/; max-age=0';
});

const accountNav = () => within(screen.getByRole('navigation', { name: 'Konto' }));

describe('header account navigation', () => {
  it('offers "Logga in" (back to this page afterwards) and "Skapa konto" when signed out', async () => {
    const { resolve } = accountWorld(null);
    await renderApp('/kalix/places', { resolve });
    const nav = accountNav();
    expect(nav.getByRole('link', { name: 'Logga in' }).getAttribute('href')).toBe('/login?returnTo=%2Fkalix%2Fplaces');
    expect(nav.getByRole('link', { name: 'Skapa konto' }).getAttribute('href')).toBe('/register');
    expect(nav.queryByRole('button', { name: 'Logga ut' })).toBeNull();
  });

  it('shows the person’s name (their profile) and "Logga ut" when signed in; no administration for residents', async () => {
    const { resolve } = accountWorld(viewer());
    await renderApp('/', { resolve });
    const nav = accountNav();
    expect(nav.getByRole('link', { name: 'Anna Niemi' }).getAttribute('href')).toBe('/profile');
    expect(nav.getByRole('button', { name: 'Logga ut' })).toBeTruthy();
    expect(nav.queryByRole('link', { name: 'Logga in' })).toBeNull();
    expect(nav.queryByRole('link', { name: 'Skapa konto' })).toBeNull();
    expect(nav.queryByRole('link', { name: 'Administration' })).toBeNull();
  });

  it('links officers and admins to the administration, but not moderators', async () => {
    await renderApp('/', { resolve: accountWorld(viewer({ roles: [Role.OFFICER] })).resolve });
    expect(accountNav().getByRole('link', { name: 'Administration' }).getAttribute('href')).toBe('/admin');
    cleanup();
    await renderApp('/', { resolve: accountWorld(viewer({ roles: [Role.MODERATOR] })).resolve });
    expect(accountNav().queryByRole('link', { name: 'Administration' })).toBeNull();
  });

  it('signs out with the logout mutation, then asks again who is signed in', async () => {
    const { world, resolve } = accountWorld(viewer());
    const { executed } = await renderApp('/', { resolve });
    fireEvent.click(accountNav().getByRole('button', { name: 'Logga ut' }));

    expect(await accountNav().findByRole('link', { name: 'Logga in' })).toBeTruthy();
    expect(accountNav().queryByRole('link', { name: 'Anna Niemi' })).toBeNull();
    const logout = executed.indexOf('sv:Logout');
    expect(logout).toBeGreaterThan(-1);
    expect(executed.slice(logout + 1)).toContain('sv:Viewer');
    expect(world.me).toBeNull();
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Du är utloggad.'));
  });

  it('names the account links in the reader’s language', async () => {
    await renderApp('/', { resolve: accountWorld(null).resolve, language: 'fit' });
    const nav = within(screen.getByRole('navigation', { name: 'Konto' }));
    expect(nav.getByRole('link', { name: 'Lokkaa sisäle' })).toBeTruthy();
    expect(nav.getByRole('link', { name: 'Tee konto' })).toBeTruthy();
  });
});
