import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kalix } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';

describe('MunicipalityStartPage', () => {
  afterEach(cleanup);

  it('explains Medskapa and shows the current strategy with its areas as linked cards', async () => {
    await renderApp('/kalix', { resolve: kalix });

    expect(screen.getByRole('heading', { level: 1, name: 'Kalix' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Vad är Medskapa?' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Lokal utvecklingsstrategi (LUS) 2026–2040' })).toBeTruthy();
    expect(screen.getByText('Strategiperiod: 2026–2040')).toBeTruthy();
    expect(screen.getByText('Status: Antagen')).toBeTruthy();

    const link = screen.getByRole('link', { name: 'En tillvaro full av möjligheter' });
    expect(link.getAttribute('href')).toBe('/kalix/areas/5.1');
    const card = link.closest('article')!;
    expect(within(card).getByText('Område 5.1')).toBeTruthy();
    expect(within(card).getByText('4 målbilder')).toBeTruthy();
    expect(within(card).getByText('Agenda 2030: mål 3, 10, 11')).toBeTruthy();

    const other = screen.getByRole('link', { name: 'En lärande och attraktiv kommun' }).closest('article')!;
    expect(within(other).getByText('1 målbild')).toBeTruthy();
  });

  it('gives a not-found page for an unknown municipality instead of crashing', async () => {
    await renderApp('/nowhere', { resolve: kalix, language: 'fi' });
    expect(screen.getByRole('heading', { level: 1, name: 'Kuntaa ei löytynyt' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
