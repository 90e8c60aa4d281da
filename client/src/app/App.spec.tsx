import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kalix } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

afterEach(() => {
  cleanup();
  document.cookie = 'lang=; path=/; max-age=0';
});

describe('layout', () => {
  it('starts with a skip link to <main>, then a header with name, navigation and languages', async () => {
    const { container } = await renderApp('/kalix', { resolve: kalix });
    const focusable = container.querySelectorAll('a[href], button');
    expect(focusable[0].textContent).toBe('Hoppa till innehållet');
    expect(focusable[0].getAttribute('href')).toBe('#main');
    const main = screen.getByRole('main');
    expect(main.id).toBe('main');
    expect(main.getAttribute('tabindex')).toBe('-1');

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Medskapa' })).toBeTruthy();
    expect(within(banner).getByText('Kalix')).toBeTruthy();
    const nav = within(banner).getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Orter och byar' }).getAttribute('href')).toBe('/kalix/places');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
  });

  it('has no places link outside a municipality', async () => {
    await renderApp('/', { resolve: kalix });
    expect(screen.getByRole('heading', { level: 1, name: 'Medskapa' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kalix' }).getAttribute('href')).toBe('/kalix');
    expect(screen.queryByRole('link', { name: 'Orter och byar' })).toBeNull();
  });

  it('moves focus to <main> and updates the title after client-side navigation', async () => {
    await renderApp('/kalix', { resolve: kalix });
    await waitFor(() => expect(document.title).toBe('Kalix – Medskapa'));
    fireEvent.click(screen.getByRole('link', { name: 'Orter och byar' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Orter och byar i Kalix' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
    await waitFor(() => expect(document.title).toBe('Orter och byar i Kalix – Medskapa'));
  });

  it('links the privacy page from the footer and treats its own pages as no municipality', async () => {
    const { executed } = await renderApp('/privacy', { resolve: kalix });
    expect(screen.getByRole('heading', { level: 1, name: 'Integritet och personuppgifter' })).toBeTruthy();
    const footer = within(screen.getByRole('contentinfo'));
    expect(footer.getByRole('link', { name: 'Integritet och personuppgifter' }).getAttribute('href')).toBe('/privacy');
    expect(executed).not.toContain('sv:MunicipalityHeader');
    const nav = within(screen.getByRole('navigation', { name: 'Huvudmeny' }));
    expect(nav.getByRole('link', { name: 'Föreningar och råd' }).getAttribute('href')).toBe('/organizations');
  });

  it('gives a not-found page for an unknown address', async () => {
    await renderApp('/kalix/nothing/here', { resolve: kalix });
    expect(screen.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeTruthy();
  });
});

describe('switching language', () => {
  it('refetches GraphQL data in the new language with a new client', async () => {
    const { executed, clientsCreated } = await renderApp('/kalix/places', { resolve: kalix });
    expect(screen.getByRole('heading', { level: 1, name: 'Orter och byar i Kalix' })).toBeTruthy();
    expect(executed).toContain('sv:PlacesPage');

    fireEvent.click(screen.getByRole('button', { name: 'Suomi' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Taajamat ja kylät – Kainuu' })).toBeTruthy();
    expect(clientsCreated).toEqual(['sv', 'fi']);
    expect(executed).toContain('fi:PlacesPage');
    expect(executed).toContain('fi:MunicipalityHeader');
    expect(document.documentElement.lang).toBe('fi');
    expect(document.cookie).toContain('lang=fi');
    // Focus stays on the switcher: the page was not remounted.
    expect(screen.getByRole('button', { name: 'Suomi' }).getAttribute('aria-pressed')).toBe('true');
  });
});
