import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../test/accountFixtures';
import { renderApp } from '../../test/renderApp';
import { IDEA_ID } from '../ideas/ideaFixtures';

afterEach(cleanup);

const IDEA = { __typename: 'Idea', id: IDEA_ID, title: 'Cykelväg mellan Töre och Kalix', reference: 'KALIX-2026-0001', originalLocale: 'sv', municipality: { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix' } };

function notification(id: string, kind: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Notification',
    id,
    kind,
    createdAt: '2026-11-10T09:00:00Z',
    readAt: null,
    status: null,
    excerpt: null,
    reason: null,
    until: null,
    commentId: null,
    idea: IDEA,
    ...extra,
  };
}

function page(nodes: unknown[], hasNextPage = false) {
  return {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'n-cursor' : null },
        edges: nodes.map((node, i) => ({ __typename: 'NotificationEdge', cursor: `n${i}`, node })),
      },
    },
  };
}

describe('the notifications page', () => {
  it('asks a signed-out visitor to sign in', async () => {
    const { resolve } = accountWorld(null);
    await renderApp('/notifications', { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Notiser' })).toBeTruthy();
    expect(screen.getByText('Logga in för att se dina notiser.')).toBeTruthy();
  });

  it('lists notifications newest first with unread ones marked and the idea as a link', async () => {
    let unread = 2;
    const { world, resolve } = accountWorld(viewer(), {
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: unread } }),
      Notifications: (variables) =>
        page(
          variables.unreadOnly
            ? [notification('n1', 'IDEA_ANSWERED')]
            : [
                notification('n1', 'IDEA_ANSWERED'),
                notification('n2', 'IDEA_STATUS_CHANGED', { status: 'UNDER_REVIEW' }),
                notification('n3', 'COMMENT_REPLIED', { readAt: '2026-11-01T00:00:00Z', excerpt: 'Tack för förslaget!' }),
                notification('n4', 'POSTING_BLOCKED', { idea: null, until: '2026-12-24T12:00:00Z', reason: 'Upprepade personangrepp' }),
              ],
        ),
      MarkNotificationsRead: () => {
        unread = 0;
        return { data: { markNotificationsRead: 2 } };
      },
    });
    await renderApp('/notifications', { resolve });
    const list = await screen.findByRole('list', { name: 'Dina notiser' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.notification__text')?.textContent)).toEqual([
      'Oläst Kommunen har svarat på Cykelväg mellan Töre och Kalix',
      'Oläst Cykelväg mellan Töre och Kalix har fått en ny status: under handläggning',
      'Någon svarade på din kommentar om Cykelväg mellan Töre och Kalix',
      'Oläst Du kan inte skriva inlägg förrän 24 december 2026',
    ]);
    expect(items[0]!.className).toContain('notification--unread');
    expect(items[2]!.className).not.toContain('notification--unread');
    expect(within(items[2]!).getByText('”Tack för förslaget!”')).toBeTruthy();
    expect(within(items[3]!).getByText('Skäl: Upprepade personangrepp')).toBeTruthy();
    const link = within(items[0]!).getByRole('link', { name: 'Cykelväg mellan Töre och Kalix' });
    expect(link.getAttribute('href')).toBe(`/kalix/ideas/${IDEA_ID}`);
    expect(link.getAttribute('lang')).toBe('sv');
    expect(screen.getByText('2 olästa notiser')).toBeTruthy();
    // The header link says the count in words.
    expect(screen.getByRole('link', { name: 'Notiser (2 olästa notiser)' }).getAttribute('href')).toBe('/notifications');
    expect(screen.getByRole('link', { name: /Ändra dina notisinställningar/ }).getAttribute('href')).toBe('/profile#notification-settings');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Visa bara olästa' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Dina notiser' })).getAllByRole('listitem')).toHaveLength(1));
    expect(lastCall(world, 'Notifications')).toMatchObject({ unreadOnly: true });

    fireEvent.click(screen.getByRole('button', { name: 'Markera alla som lästa' }));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Alla notiser är markerade som lästa.'));
    expect(lastCall(world, 'MarkNotificationsRead')).toEqual({ ids: null });
    await waitFor(() => expect(screen.getByText('0 olästa notiser')).toBeTruthy());
  });

  it('marks a notification read when it is opened', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 1 } }),
      Notifications: () => page([notification('n1', 'IDEA_ANSWERED')]),
      MarkNotificationsRead: () => ({ data: { markNotificationsRead: 1 } }),
      Idea: () => ({ data: { idea: null } }),
    });
    await renderApp('/notifications', { resolve });
    fireEvent.click(await screen.findByRole('link', { name: 'Cykelväg mellan Töre och Kalix' }));
    await waitFor(() => expect(lastCall(world, 'MarkNotificationsRead')).toEqual({ ids: ['n1'] }));
  });

  it('loads more and says so when there is nothing', async () => {
    const { resolve } = accountWorld(viewer(), {
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 0 } }),
      Notifications: (variables) =>
        variables.after ? page([notification('n9', 'IDEA_DECIDED', { readAt: '2026-01-01T00:00:00Z' })]) : page([notification('n1', 'IDEA_COMMENTED')], true),
    });
    await renderApp('/notifications', { resolve, language: 'fit' });
    fireEvent.click(await screen.findByRole('button', { name: 'Näytä enämpi' }));
    expect(await screen.findByText(/oon tehty päätös/)).toBeTruthy();
    cleanup();
    const empty = accountWorld(viewer(), { Notifications: () => page([]), UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 0 } }) });
    await renderApp('/notifications', { resolve: empty.resolve });
    expect(await screen.findByText('Du har inga notiser.')).toBeTruthy();
  });
});

describe('the unread badge in the header', () => {
  it('shows the count for a signed-in person only, and asks again after navigating', async () => {
    const { world, resolve } = accountWorld(viewer(), { UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 3 } }) });
    await renderApp('/kalix', { resolve });
    const link = await screen.findByRole('link', { name: 'Notiser (3 olästa notiser)' });
    expect(link.querySelector('[aria-hidden="true"]')?.textContent).toBe('3');
    const before = world.calls.filter((c) => c.operation === 'UnreadNotificationCount').length;
    fireEvent.click(screen.getByRole('link', { name: 'Idéer' }));
    await waitFor(() => expect(world.calls.filter((c) => c.operation === 'UnreadNotificationCount').length).toBeGreaterThan(before));
    cleanup();
    const signedOut = accountWorld(null);
    await renderApp('/kalix', { resolve: signedOut.resolve });
    await screen.findByRole('link', { name: 'Logga in' });
    expect(screen.queryByRole('link', { name: /^Notiser/ })).toBeNull();
  });
});

describe('the daily digest on the profile page', () => {
  it('turns the digest on and off, explaining it', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      NotificationPreferences: () => ({ data: { notificationPreferences: { __typename: 'NotificationPreferences', dailyDigest: false } } }),
      UpdateNotificationPreferences: (variables) => ({
        data: { updateNotificationPreferences: { __typename: 'NotificationPreferences', dailyDigest: variables.dailyDigest } },
      }),
    });
    await renderApp('/profile', { resolve });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Notisinställningar' })).closest('section')!;
    const box = within(section).getByRole('checkbox', { name: 'Skicka en sammanfattning per e-post en gång om dagen' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toMatch(/kommer på morgonen/);
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    expect(lastCall(world, 'UpdateNotificationPreferences')).toEqual({ dailyDigest: true });
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Dina inställningar är sparade.'));
    expect(within(section).getByRole('link', { name: 'Se dina notiser' }).getAttribute('href')).toBe('/notifications');
  });
});
