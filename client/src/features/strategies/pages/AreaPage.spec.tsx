import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kalix } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';

describe('AreaPage', () => {
  afterEach(cleanup);

  it('shows the area with each målbild as an h2 and its steps as an ordered list', async () => {
    await renderApp('/kalix/areas/5.1', { resolve: kalix });

    expect(screen.getByRole('heading', { level: 1, name: 'En tillvaro full av möjligheter' })).toBeTruthy();
    const goals = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(goals).toEqual(['Kultur, idrott och friluftsliv', 'God bebyggd miljö och samhällsplanering']);

    const stepLists = screen.getAllByRole('list', { name: 'Resan dit' });
    expect(stepLists).toHaveLength(2);
    expect(stepLists[0].tagName).toBe('OL');
    expect(within(stepLists[0]).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Fler möjligheter till levande kultur och nöjesliv',
      'Utveckling av kulturell mångfald',
      'Stärkt delaktighet och inflytande',
    ]);
    expect(screen.getAllByRole('heading', { level: 3, name: 'Resan dit' })).toHaveLength(2);
  });

  it('shows the regional counterparts, the Agenda 2030 goals and a way back', async () => {
    await renderApp('/kalix/areas/5.1', { resolve: kalix });

    expect(
      screen.getByText('I den regionala utvecklingsstrategin för Norrbotten: En tillvaro full av möjligheter'),
    ).toBeTruthy();
    expect(screen.getByText('Motsvarande regional målbild: Kultur, idrott och friluftsliv för alla')).toBeTruthy();
    expect(screen.getByText('Agenda 2030: mål 3, 10, 11, 15')).toBeTruthy();
    const breadcrumbs = screen.getByRole('navigation', { name: 'Du är här' });
    expect(within(breadcrumbs).getByRole('link', { name: 'Kalix' }).getAttribute('href')).toBe('/kalix');
    await waitFor(() => expect(document.title).toBe('En tillvaro full av möjligheter – Kalix – Medskapa'));
  });

  it('notes unreviewed translations for Finnish readers, and not for Swedish ones', async () => {
    await renderApp('/kalix/areas/5.1', { resolve: kalix, language: 'fi' });
    expect(screen.getByRole('heading', { level: 1, name: 'Elämä täynnä mahdollisuuksia' })).toBeTruthy();
    expect(screen.getAllByRole('note').map((n) => n.textContent)).toContain('Käännöstä ei ole vielä tarkistettu.');
    expect(screen.getAllByRole('heading', { level: 3, name: 'Tie perille' })).toHaveLength(2);
    cleanup();

    await renderApp('/kalix/areas/5.1', { resolve: kalix, language: 'sv' });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('gives a not-found page for an unknown area code', async () => {
    await renderApp('/kalix/areas/9.9', { resolve: kalix });
    expect(screen.getByRole('heading', { level: 1, name: 'Området finns inte' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives a not-found page for an unknown municipality', async () => {
    await renderApp('/nowhere/areas/5.1', { resolve: kalix, language: 'fit' });
    expect(screen.getByRole('heading', { level: 1, name: 'Kuntaa ei löytyny' })).toBeTruthy();
  });

  it('explains other errors by their code in the reader’s language', async () => {
    await renderApp('/kalix/areas/5.1', {
      language: 'fi',
      resolve: (operation, variables, language) =>
        operation === 'AreaPage' ? { errorCodes: ['RATE_LIMITED'] } : kalix(operation, variables, language),
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Olet yrittänyt liian monta kertaa lyhyessä ajassa.');
    expect(within(alert).getByRole('button', { name: 'Yritä uudelleen' })).toBeTruthy();
  });
});
