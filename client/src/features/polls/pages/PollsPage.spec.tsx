import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const COUNCIL_ID = '00000000-0000-4000-8000-0000000c0001';

function pollNode(id: string, question: string, status: string) {
  return {
    __typename: 'Poll',
    id,
    question,
    audience: 'Åk 7–9',
    status,
    opensAt: '2026-11-02T07:00:00.000Z',
    closesAt: '2026-11-09T15:00:00.000Z',
    organization: { __typename: 'Organization', id: COUNCIL_ID, name: 'Elevrådet Furuhedsskolan' },
  };
}

function page(nodes: ReturnType<typeof pollNode>[], { totalCount = nodes.length, endCursor = null as string | null } = {}) {
  return {
    data: {
      polls: {
        __typename: 'PollConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
        edges: nodes.map((node) => ({ __typename: 'PollEdge', cursor: `c-${node.id}`, node })),
      },
    },
  };
}

const pollsCalls = (world: { calls: { operation: string; variables: Record<string, unknown> }[] }) =>
  world.calls.filter((c) => c.operation === 'PollsList').map((c) => c.variables);

describe('the polls list', () => {
  it('keeps the status filter in the address: read on load, changed by the filter links', async () => {
    const { world, resolve } = accountWorld(null, {
      PollsList: (variables) =>
        variables.status === 'OPEN'
          ? page([pollNode('p-open', 'Vad ska vi göra på friluftsdagen?', 'OPEN')])
          : page([pollNode('p-closed', 'Ska skolgården få en pingisbord?', 'CLOSED')]),
    });
    await renderApp('/kalix/polls?status=CLOSED', { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Omröstningar' })).toBeTruthy();
    const filters = screen.getByRole('navigation', { name: 'Visa omröstningar' });
    expect(within(filters).getByRole('link', { name: 'Avslutade' }).getAttribute('aria-current')).toBe('page');
    expect(within(filters).getByRole('link', { name: 'Alla' }).getAttribute('aria-current')).toBeNull();
    expect(pollsCalls(world).at(-1)).toMatchObject({ municipalitySlug: 'kalix', status: 'CLOSED' });
    expect(screen.getByRole('link', { name: 'Ska skolgården få en pingisbord?' })).toBeTruthy();

    const open = within(filters).getByRole('link', { name: 'Öppna' });
    expect(open.getAttribute('href')).toBe('/kalix/polls?status=OPEN');
    fireEvent.click(open);
    const card = (await screen.findByRole('link', { name: 'Vad ska vi göra på friluftsdagen?' })).closest('article')!;
    expect(pollsCalls(world).at(-1)).toMatchObject({ status: 'OPEN' });
    expect(within(filters).getByRole('link', { name: 'Öppna' }).getAttribute('aria-current')).toBe('page');
    // The card: link to the poll, council, audience, status, dates in the reader's language.
    expect(within(card).getByRole('link').getAttribute('href')).toBe('/kalix/polls/p-open');
    expect(card.textContent).toContain('Ordnas av Elevrådet Furuhedsskolan');
    expect(card.textContent).toContain('För: Åk 7–9');
    expect(card.textContent).toContain('Status: Öppen');
    expect(within(card).getByText(/^Stänger /).getAttribute('datetime')).toBe('2026-11-09T15:00:00.000Z');
    expect(within(card).getByText(/^Stänger /).textContent).toMatch(/nov\. 2026/);

    fireEvent.click(within(filters).getByRole('link', { name: 'Alla' }));
    await waitFor(() => expect(pollsCalls(world).at(-1)).toMatchObject({ status: null }));
  });

  it('pages with "Visa fler" from the end cursor, and explains an empty list', async () => {
    const { world, resolve } = accountWorld(null, {
      PollsList: (variables) =>
        variables.after === 'cursor-1'
          ? page([pollNode('p-2', 'Andra frågan', 'CLOSED')], { totalCount: 2 })
          : variables.status === 'SCHEDULED'
            ? page([])
            : page([pollNode('p-1', 'Första frågan', 'OPEN')], { totalCount: 2, endCursor: 'cursor-1' }),
    });
    await renderApp('/kalix/polls', { resolve });
    expect(await screen.findByText('Visar 1 av 2 omröstningar')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await screen.findByRole('link', { name: 'Andra frågan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Första frågan' })).toBeTruthy();
    expect(pollsCalls(world).at(-1)).toMatchObject({ after: 'cursor-1' });
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Kommer snart' }));
    expect(await screen.findByText('Det finns inga omröstningar med den statusen.')).toBeTruthy();
  });

  it('offers "Ny omröstning" to officers and council leaders, not to other residents', async () => {
    const list = () => page([]);
    const resident = accountWorld(viewer(), { PollsList: list });
    await renderApp('/kalix/polls', { resolve: resident.resolve });
    expect(await screen.findByText('Det finns inga omröstningar än.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ny omröstning' })).toBeNull();
    cleanup();

    const officer = accountWorld(viewer({ roles: [Role.OFFICER] }), { PollsList: list });
    await renderApp('/kalix/polls', { resolve: officer.resolve });
    expect((await screen.findByRole('link', { name: 'Ny omröstning' })).getAttribute('href')).toBe('/kalix/polls/new');
    cleanup();

    const leader = accountWorld(viewer(), {
      PollsList: list,
      MyPollOrganizations: () => ({
        data: {
          me: {
            __typename: 'User',
            id: 'u-anna',
            organizations: [
              {
                __typename: 'Membership',
                id: 'ms-1',
                role: 'LEADER',
                organization: {
                  __typename: 'Organization',
                  id: COUNCIL_ID,
                  name: 'Elevrådet Furuhedsskolan',
                  kind: 'SCHOOL_COUNCIL',
                  status: 'APPROVED',
                  municipality: { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix' },
                },
              },
            ],
          },
        },
      }),
    });
    await renderApp('/kalix/polls', { resolve: leader.resolve });
    expect(await screen.findByRole('link', { name: 'Ny omröstning' })).toBeTruthy();
  });
});
