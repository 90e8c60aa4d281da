import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

function report(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Report',
    id: 'r-1',
    targetType: 'COMMENT',
    targetId: 'c-1',
    reason: 'OFFENSIVE',
    note: 'Skriver nedsättande om eleverna.',
    status: 'OPEN',
    createdAt: '2026-05-03T10:00:00Z',
    resolvedAt: null,
    resolutionReason: null,
    resolvedBy: null,
    openReportCount: 2,
    targetAuthorUpheldCount: 1,
    targetAuthor: { __typename: 'PublicAuthor', id: 'u-elev', displayName: 'Elevrådet', removed: false },
    targetIdea: { __typename: 'Idea', id: 'idea-1', title: 'Cykelväg mellan Töre och Kalix', reference: 'KALIX-2026-0001', originalLocale: 'sv' },
    targetExcerpt: 'Elevrådet på Furuhedsskolan håller med.',
    ...overrides,
  };
}

function queue(reports: unknown[]) {
  return {
    data: {
      moderationQueue: {
        __typename: 'ReportConnection',
        totalCount: reports.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: reports.map((node, i) => ({ __typename: 'ReportEdge', cursor: `c${i}`, node })),
      },
    },
  };
}

const NO_BLOCKS = () => ({ data: { userBlocks: [] } });

describe('the moderation queue', { timeout: 15_000 }, () => {
  it('is for moderators of the municipality only, and linked in the header for them', async () => {
    await renderApp('/kalix/moderation', { resolve: accountWorld(viewer(), {}).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Ingen åtkomst' })).toBeTruthy();
    cleanup();
    const { world, resolve } = accountWorld(viewer({ roles: [Role.MODERATOR] }), { ModerationQueue: () => queue([report()]), UserBlocks: NO_BLOCKS });
    await renderApp('/kalix/moderation?status=OPEN', { resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Moderering' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Moderering' }).getAttribute('href')).toBe('/kalix/moderation'));
    expect(lastCall(world, 'ModerationQueue')).toMatchObject({ municipalitySlug: 'kalix', status: 'OPEN' });
    const tabs = screen.getByRole('navigation', { name: 'Rapporter efter status' });
    expect(within(tabs).getByRole('link', { name: 'Öppna' }).getAttribute('aria-current')).toBe('page');
    expect(within(tabs).getByRole('link', { name: 'Dolda' }).getAttribute('href')).toBe('/kalix/moderation?status=UPHELD');
  });

  it('shows what was reported, why, by whom and how often', async () => {
    const { resolve } = accountWorld(viewer({ roles: [Role.MODERATOR] }), { ModerationQueue: () => queue([report()]), UserBlocks: NO_BLOCKS });
    await renderApp('/kalix/moderation', { resolve });
    const item = screen.getByRole('article', { name: 'Kommentar till idén ”Cykelväg mellan Töre och Kalix”' });
    expect(within(item).getByText('Elevrådet på Furuhedsskolan håller med.')).toBeTruthy();
    expect(within(item).getByText('Kränkande eller stötande')).toBeTruthy();
    expect(within(item).getByText('Skriver nedsättande om eleverna.')).toBeTruthy();
    expect(within(item).getByText('2 öppna rapporter')).toBeTruthy();
    expect(within(item).getByText('Elevrådet (1 inlägg dolt tidigare)')).toBeTruthy();
    expect(within(item).getByRole('link', { name: 'Öppna idén ”Cykelväg mellan Töre och Kalix”' }).getAttribute('href')).toBe('/kalix/ideas/idea-1');
    // Blocking is offered only after three upheld reports.
    expect(within(item).queryByRole('button', { name: 'Stäng av från att skriva' })).toBeNull();
  });

  it('hides after a mandatory reason, tells who learns it, removes the report and announces', async () => {
    const { world, resolve } = accountWorld(viewer({ roles: [Role.MODERATOR] }), {
      ModerationQueue: () => queue([report()]),
      UserBlocks: NO_BLOCKS,
      Moderate: () => ({ data: { moderate: report({ status: 'UPHELD' }) } }),
    });
    await renderApp('/kalix/moderation', { resolve });
    const item = screen.getByRole('article', { name: /Kommentar till idén/ });
    fireEvent.click(within(item).getByRole('button', { name: 'Dölj' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dölj innehållet' });
    expect(within(dialog).getByText('Författaren får veta att innehållet doldes och läser skälet du skriver.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Skäl')));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Dölj innehållet' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('Skriv ett skäl.'));
    fireEvent.change(within(dialog).getByLabelText('Skäl'), { target: { value: 'ok' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dölj innehållet' }));
    await waitFor(() => expect(document.getElementById('moderate-reason-error')?.textContent).toContain('Skälet skrivs med 3–500 tecken.'));
    expect(world.calls.map((c) => c.operation)).not.toContain('Moderate');

    fireEvent.change(within(dialog).getByLabelText('Skäl'), { target: { value: 'Kommentaren hänger ut enskilda elever.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dölj innehållet' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(lastCall(world, 'Moderate')).toEqual({ reportId: 'r-1', action: 'HIDE', reason: 'Kommentaren hänger ut enskilda elever.' });
    expect(screen.queryByRole('article', { name: /Kommentar till idén/ })).toBeNull();
    const done = 'Innehållet är dolt och rapporten är flyttad till Dolda.';
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe(done));
    await waitFor(() => expect(document.activeElement?.id).toBe('reports-heading'));
  });

  it('explains a refused decision in the dialog, and dismissing keeps the content', async () => {
    const { world, resolve } = accountWorld(viewer({ roles: [Role.MODERATOR] }), {
      ModerationQueue: () => queue([report()]),
      UserBlocks: NO_BLOCKS,
      Moderate: () => ({ errors: [{ code: 'BAD_USER_INPUT' }] }),
    });
    await renderApp('/kalix/moderation', { resolve });
    fireEvent.click(screen.getByRole('button', { name: 'Avfärda' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avfärda rapporterna' });
    expect(within(dialog).getByText(/Författaren får inget meddelande/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Skäl'), { target: { value: 'Inget fel i kommentaren.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avfärda rapporterna' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('Rapporten är redan avgjord.'));
    expect(lastCall(world, 'Moderate')).toMatchObject({ action: 'DISMISS' });
  });

  it('blocks a repeat offender for some days, and lifts a block with a reason', async () => {
    const block = {
      __typename: 'UserBlock',
      id: 'b-1',
      active: true,
      createdAt: '2026-05-01T10:00:00Z',
      until: '2026-05-15T10:00:00Z',
      reason: 'Upprepade kränkningar.',
      liftedAt: null,
      liftReason: null,
      user: { __typename: 'PublicAuthor', id: 'u-x', displayName: 'Troll Trollsson', removed: false },
      blockedBy: { __typename: 'PublicAuthor', id: 'u-mod', displayName: 'Mona Moderator', removed: false },
    };
    const { world, resolve } = accountWorld(viewer({ roles: [Role.MODERATOR] }), {
      ModerationQueue: () => queue([report({ targetAuthorUpheldCount: 3 })]),
      UserBlocks: () => ({ data: { userBlocks: [block] } }),
      BlockUser: () => ({ data: { blockUser: { ...block, id: 'b-2', user: { ...block.user, id: 'u-elev', displayName: 'Elevrådet' } } } }),
      LiftUserBlock: () => ({ data: { liftUserBlock: { ...block, active: false } } }),
    });
    await renderApp('/kalix/moderation', { resolve });
    fireEvent.click(screen.getByRole('button', { name: 'Stäng av från att skriva' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stäng av Elevrådet från att skriva' });
    fireEvent.change(within(dialog).getByLabelText('Antal dagar'), { target: { value: '400' } });
    fireEvent.change(within(dialog).getByLabelText('Skäl'), { target: { value: 'Tre dolda kommentarer på en vecka.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stäng av' }));
    await waitFor(() => expect(document.getElementById('block-days-error')?.textContent).toContain('mellan 1 och 365'));
    fireEvent.change(within(dialog).getByLabelText('Antal dagar'), { target: { value: '30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stäng av' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(lastCall(world, 'BlockUser')).toEqual({ input: { municipalitySlug: 'kalix', userId: 'u-elev', days: 30, reason: 'Tre dolda kommentarer på en vecka.' } });
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Elevrådet är avstängd från att skriva i 30 dagar.'));

    const blocks = screen.getByRole('heading', { level: 2, name: 'Avstängda från att skriva' }).closest('section')!;
    expect(within(blocks).getByText('Troll Trollsson')).toBeTruthy();
    fireEvent.click(within(blocks).getByRole('button', { name: 'Häv avstängningen för Troll Trollsson' }));
    const lift = await screen.findByRole('dialog', { name: 'Häv avstängningen för Troll Trollsson' });
    fireEvent.click(within(lift).getByRole('button', { name: 'Häv avstängningen' }));
    await waitFor(() => expect(within(lift).getByRole('alert').textContent).toContain('Skriv ett skäl.'));
    fireEvent.change(within(lift).getByLabelText('Skäl'), { target: { value: 'Personen har bett om ursäkt.' } });
    fireEvent.click(within(lift).getByRole('button', { name: 'Häv avstängningen' }));
    await waitFor(() => expect(lastCall(world, 'LiftUserBlock')).toEqual({ blockId: 'b-1', reason: 'Personen har bett om ursäkt.' }));
  });
});
