import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kalix } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';

const NBSP = '\u00a0';

describe('PlacesPage', () => {
  afterEach(cleanup);

  it('lists the places in a captioned table with kind and population (year)', async () => {
    await renderApp('/kalix/places', { resolve: kalix });

    expect(screen.getByRole('heading', { level: 1, name: 'Orter och byar i Kalix' })).toBeTruthy();
    expect(screen.getByText('3 orter')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Orter och byar i Kalix med antal invånare' });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Namn', 'Typ', 'Invånare (år)']);

    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells[0]).toEqual(['Kalix', 'Centralort', `7${NBSP}495 (2015)`]);
    expect(cells[1]).toEqual(['Töre', 'By', `1${NBSP}051 (2015)`]);
    // Unknown population: a dash for the eye, words for the ear.
    expect(cells[2]).toEqual(['Övrebygden', 'Område', '–uppgift saknas']);
    expect(within(rows[2]).getByText('–').getAttribute('aria-hidden')).toBe('true');
  });

  it('speaks Meänkieli, with Finnish number formatting', async () => {
    await renderApp('/kalix/places', { resolve: kalix, language: 'fit' });
    expect(screen.getByRole('heading', { level: 1, name: 'Paikat ja kylät – Kainuu' })).toBeTruthy();
    expect(screen.getByText('3 paikkaa')).toBeTruthy();
    expect(screen.getByRole('cell', { name: `1${NBSP}051 (2015)` })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Kirkonkylä' })).toBeTruthy();
  });

  it('gives a not-found page for an unknown municipality', async () => {
    await renderApp('/nowhere/places', { resolve: kalix });
    expect(screen.getByRole('heading', { level: 1, name: 'Kommunen finns inte' })).toBeTruthy();
  });
});
