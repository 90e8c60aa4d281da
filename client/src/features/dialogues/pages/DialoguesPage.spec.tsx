import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

function node(id: string, title: string, status: string, currentPhase: Record<string, unknown> | null = null, contributionCount = 0) {
  return {
    __typename: 'Dialogue',
    id,
    title,
    purpose: 'Kommunen vill veta vad du tycker om torget, om parken och om vägen dit. '.repeat(6),
    status,
    contributionCount,
    currentPhase: currentPhase && { __typename: 'DialoguePhase', id: `${id}-phase`, ...currentPhase },
  };
}

const listCalls = (world: { calls: { operation: string; variables: Record<string, unknown> }[] }) =>
  world.calls.filter((c) => c.operation === 'DialoguesList').map((c) => c.variables);

describe('the dialogues list', () => {
  it('keeps the status filter in the address: read on load, changed by the filter links', async () => {
    const { world, resolve } = accountWorld(null, {
      DialoguesList: (variables) => ({
        data: {
          dialogues:
            variables.status === 'OPEN'
              ? [node('d-open', 'Hur ska torget bli?', 'OPEN', { kind: 'COLLECT', startsOn: '2026-11-15', endsOn: '2026-12-20' }, 57)]
              : [node('d-reported', 'Skolvägen i Töre', 'REPORTED', null, 1)],
        },
      }),
    });
    await renderApp('/kalix/dialogues?status=REPORTED', { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dialoger' })).toBeTruthy();
    const filters = screen.getByRole('navigation', { name: 'Visa dialoger' });
    expect(within(filters).getAllByRole('link').map((a) => a.textContent)).toEqual(['Pågående', 'Avslutade', 'Återkopplade', 'Alla']);
    expect(within(filters).getByRole('link', { name: 'Återkopplade' }).getAttribute('aria-current')).toBe('page');
    expect(listCalls(world).at(-1)).toEqual({ municipalitySlug: 'kalix', status: 'REPORTED' });
    expect(screen.getByText('1 dialog')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skolvägen i Töre' })).toBeTruthy();
    // Residents create no dialogues.
    expect(screen.queryByRole('link', { name: 'Ny dialog' })).toBeNull();

    const open = within(filters).getByRole('link', { name: 'Pågående' });
    expect(open.getAttribute('href')).toBe('/kalix/dialogues?status=OPEN');
    fireEvent.click(open);
    const card = (await screen.findByRole('link', { name: 'Hur ska torget bli?' })).closest('article')!;
    expect(listCalls(world).at(-1)).toEqual({ municipalitySlug: 'kalix', status: 'OPEN' });
    expect(within(card).getByRole('link').getAttribute('href')).toBe('/kalix/dialogues/d-open');
    expect(card.textContent).toContain('Status: Pågående');
    expect(card.textContent).toContain('Nu: Insamling, 15 november 2026 – 20 december 2026');
    expect(card.textContent).toContain('57 bidrag hittills');
    // The purpose is cut to an excerpt.
    const purpose = card.querySelector('.dialogue-card__purpose')!.textContent!;
    expect(purpose.length).toBeLessThanOrEqual(221);
    expect(purpose.endsWith('…')).toBe(true);

    fireEvent.click(within(filters).getByRole('link', { name: 'Alla' }));
    await waitFor(() => expect(listCalls(world).at(-1)).toEqual({ municipalitySlug: 'kalix', status: null }));
  });

  it('gives officers "Ny dialog" and a filter for drafts', async () => {
    const { world, resolve } = accountWorld(viewer({ roles: [Role.OFFICER] }), {
      DialoguesList: () => ({ data: { dialogues: [node('d-draft', 'Utkast till dialog', 'DRAFT')] } }),
    });
    await renderApp('/kalix/dialogues?status=DRAFT', { resolve });
    expect((await screen.findByRole('link', { name: 'Ny dialog' })).getAttribute('href')).toBe('/kalix/dialogues/new');
    const filters = screen.getByRole('navigation', { name: 'Visa dialoger' });
    expect(within(filters).getByRole('link', { name: 'Utkast' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(listCalls(world).at(-1)).toEqual({ municipalitySlug: 'kalix', status: 'DRAFT' }));
    expect(screen.getByRole('link', { name: 'Utkast till dialog' }).closest('article')!.textContent).toContain('Status: Utkast');
  });

  it('ignores a draft filter from a resident and explains an empty list', async () => {
    const { world, resolve } = accountWorld(null, { DialoguesList: () => ({ data: { dialogues: [] } }) });
    await renderApp('/kalix/dialogues?status=DRAFT', { resolve });
    expect(await screen.findByText('Det finns inga dialoger än.')).toBeTruthy();
    expect(listCalls(world).at(-1)).toEqual({ municipalitySlug: 'kalix', status: null });
    expect(within(screen.getByRole('navigation', { name: 'Visa dialoger' })).getByRole('link', { name: 'Alla' }).getAttribute('aria-current')).toBe('page');
  });
});
