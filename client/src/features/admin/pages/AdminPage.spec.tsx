import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(() => {
  cleanup();
  document.cookie = 'lang=; path=/; max-age=0';
});

const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix' };

function person(id: string, displayName: string, roles: Role[] = []) {
  return {
    __typename: 'User',
    id,
    displayName,
    email: `${id}@example.se`,
    roleAssignments: roles.map((role) => ({ __typename: 'RoleAssignment', role, municipality: KALIX })),
  };
}

function connection(nodes: unknown[], hasNextPage = false) {
  return {
    __typename: 'UserConnection',
    totalCount: nodes.length + (hasNextPage ? 1 : 0),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
    edges: nodes.map((node, i) => ({ __typename: 'UserEdge', cursor: `c${i}`, node })),
  };
}

describe('AdminPage', () => {
  it('refuses a signed-in resident with a clear page and asks for nothing privileged', async () => {
    const { world, resolve } = accountWorld(viewer());
    await renderApp('/admin/roles', { resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Ingen åtkomst' })).toBeTruthy();
    expect(screen.queryByLabelText('Sök person')).toBeNull();
    expect(world.calls.map((c) => c.operation)).not.toContain('AdminUsers');
    expect(document.title).toBe('Ingen åtkomst – Medskapa');
  });

  it('refuses a moderator too, and asks a signed-out visitor to sign in', async () => {
    await renderApp('/admin', { resolve: accountWorld(viewer({ roles: [Role.MODERATOR] })).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Ingen åtkomst' })).toBeTruthy();
    cleanup();
    await renderApp('/admin', { resolve: accountWorld(null).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Administration' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till inloggningen' })).toBeTruthy();
  });

  it('gives an officer the organizations and outbox tabs, not roles or the audit log', async () => {
    const { resolve } = accountWorld(viewer({ roles: [Role.OFFICER] }), {
      PendingOrganizations: () => ({ data: { organizations: [] } }),
    });
    await renderApp('/admin', { resolve });
    expect(await screen.findByRole('heading', { level: 2, name: 'Föreningar som väntar på godkännande' })).toBeTruthy();
    const tabs = within(screen.getByRole('navigation', { name: 'Delar av administrationen' }));
    expect(tabs.getAllByRole('link').map((a) => a.textContent)).toEqual(['Föreningar', 'Utgående e-post', 'Svarsmallar']);
    cleanup();
    await renderApp('/admin/roles', { resolve });
    expect(screen.getByText('Den här delen är bara för administratörer.')).toBeTruthy();
    expect(screen.queryByLabelText('Sök person')).toBeNull();
  });

  it('lets an admin search, grant a role after confirming, and shows it in the row', async () => {
    const people = [person('u-britt', 'Britt Ek'), person('u-erik', 'Erik Ström', [Role.MODERATOR])];
    const { world, resolve } = accountWorld(viewer({ roles: [Role.ADMIN] }), {
      AdminUsers: (variables) => ({
        data: { users: connection(people.filter((p) => !variables.search || p.displayName.includes(String(variables.search)))) },
      }),
      GrantRole: (variables) => ({
        data: { grantRole: { ...person('u-britt', 'Britt Ek', [variables.role as Role]) } },
      }),
    });
    await renderApp('/admin', { resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Administration' })).toBeTruthy();
    const search = await screen.findByLabelText('Sök person');
    fireEvent.change(search, { target: { value: 'Britt' } });
    fireEvent.submit(search.closest('form')!);
    await waitFor(() => expect(lastCall(world, 'AdminUsers')).toMatchObject({ municipalitySlug: 'kalix', search: 'Britt' }));

    const row = () => screen.getByRole('row', { name: /Britt Ek/ });
    await waitFor(() => expect(screen.queryByRole('row', { name: /Erik Ström/ })).toBeNull());
    fireEvent.click(within(row()).getByRole('button', { name: 'Ge roll' }));
    expect(screen.getByRole('dialog', { name: 'Ge Britt Ek en roll i Kalix' })).toBeTruthy();
    // The small form is a dialog of its own, not part of the row.
    expect(within(row()).queryByRole('combobox')).toBeNull();
    const roleSelect = screen.getByRole('combobox', { name: 'Roll' }) as HTMLSelectElement;
    expect([...roleSelect.options].map((o) => o.textContent)).toEqual(['Moderator', 'Handläggare', 'Administratör']);
    await waitFor(() => expect(document.activeElement).toBe(roleSelect));
    fireEvent.change(roleSelect, { target: { value: 'OFFICER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bekräfta' }));

    await waitFor(() => expect(within(row()).getByText('Handläggare')).toBeTruthy());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(lastCall(world, 'GrantRole')).toEqual({ userId: 'u-britt', municipalitySlug: 'kalix', role: 'OFFICER' });
    expect(screen.queryByRole('combobox', { name: 'Roll' })).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Britt Ek har fått rollen Handläggare.');
  });

  it('shows why a revoke failed: the last admin cannot go', async () => {
    const { resolve } = accountWorld(viewer({ roles: [Role.ADMIN] }), {
      AdminUsers: () => ({ data: { users: connection([person('u-anna', 'Anna Niemi', [Role.ADMIN])]) } }),
      RevokeRole: () => ({ errors: [{ code: 'CONFLICT', message: 'A municipality must keep at least one admin.' }] }),
    });
    await renderApp('/admin/roles', { resolve });
    const row = await screen.findByRole('row', { name: /Anna Niemi/ });
    fireEvent.click(within(row).getByRole('button', { name: 'Ta bort rollen Administratör från Anna Niemi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bekräfta' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Kommunen måste ha minst en administratör. Ge någon annan rollen först.',
    );
  });

  it('pages through the audit log with "Visa fler"', async () => {
    const event = (id: string, action: string) => ({
      __typename: 'AuditEvent',
      id,
      occurredAt: '2026-05-03T08:15:00Z',
      actorName: 'Anna Niemi',
      actorRoles: ['ADMIN'],
      action,
      targetType: 'User',
      targetId: 'u-britt',
      details: { role: 'OFFICER' },
    });
    const { world, resolve } = accountWorld(viewer({ roles: [Role.ADMIN] }), {
      AuditLog: (variables) => ({
        data: {
          auditLog: {
            __typename: 'AuditEventConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', hasNextPage: !variables.after, endCursor: variables.after ? null : 'e1' },
            edges: [variables.after ? event('e2', 'ROLE_REVOKED') : event('e1', 'ROLE_GRANTED')].map((node) => ({
              __typename: 'AuditEventEdge',
              cursor: node.id,
              node,
            })),
          },
        },
      }),
    });
    await renderApp('/admin/audit', { resolve });
    const table = await screen.findByRole('table', { name: 'Logg över behörighetsåtgärder i Kalix' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Tid', 'Vem', 'Roller', 'Händelse', 'Gäller']);
    expect(within(table).getByRole('rowheader', { name: 'Roll given' })).toBeTruthy();
    expect(within(table).getByText('Roll: Handläggare')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    await waitFor(() => expect(within(table).getByRole('rowheader', { name: 'Roll borttagen' })).toBeTruthy());
    expect(within(table).getByRole('rowheader', { name: 'Roll given' })).toBeTruthy();
    expect(lastCall(world, 'AuditLog')).toMatchObject({ municipalitySlug: 'kalix', after: 'e1' });
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });
});
