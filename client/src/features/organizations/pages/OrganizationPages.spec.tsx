import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(() => {
  cleanup();
  document.cookie = 'lang=; path=/; max-age=0';
});

const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' };
const ORG_ID = '5a1d3c4b-2e6f-4a7b-8c9d-0e1f2a3b4c5d';

function organization(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Organization',
    id: ORG_ID,
    name: 'Töre byaförening',
    kind: 'VILLAGE_ASSOCIATION',
    status: 'APPROVED',
    description: 'Vi gör Töre levande.',
    contactEmail: 'forening@kalix.example',
    reviewReason: null,
    createdAt: '2026-04-01T10:00:00Z',
    memberCount: 2,
    homePlace: { __typename: 'Place', id: 'p-tore', name: 'Töre' },
    municipality: KALIX,
    viewerMembership: { __typename: 'Membership', id: 'ms-anna', role: 'LEADER' },
    members: [
      { __typename: 'Membership', id: 'ms-anna', role: 'LEADER', createdAt: '2026-04-01T10:00:00Z', user: { __typename: 'User', id: 'u-anna', displayName: 'Anna Niemi' } },
      { __typename: 'Membership', id: 'ms-olle', role: 'MEMBER', createdAt: '2026-04-02T10:00:00Z', user: { __typename: 'User', id: 'u-olle', displayName: 'Olle Berg' } },
    ],
    ...overrides,
  };
}

describe('creating an organization', () => {
  it('checks the fields with the shared schema, then shows the PENDING notice', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      CreateOrganization: () => ({
        data: { createOrganization: { __typename: 'Organization', id: ORG_ID, name: 'Töre byaförening', status: 'PENDING' } },
      }),
      Organization: () => ({ data: { organization: organization({ status: 'PENDING' }) } }),
      OrganizationInvitations: () => ({ data: { organizationInvitations: [] } }),
    });
    await renderApp('/organizations/new', { resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Registrera en förening eller ett råd' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Registrera' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Skriv ett namn med minst 2 tecken.' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Välj vad det är för förening.' }).getAttribute('href')).toBe('#organization-kind');
    expect(screen.getByRole('group', { name: 'Vad är det för förening?' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Töre byaförening' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Byaförening' }));
    fireEvent.click(screen.getByRole('button', { name: 'Registrera' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Töre byaförening' })).toBeTruthy();
    expect(screen.getByText(/Föreningen är registrerad och väntar på att kommunen ska godkänna den/)).toBeTruthy();
    expect(lastCall(world, 'CreateOrganization')).toEqual({
      input: {
        name: 'Töre byaförening',
        kind: 'VILLAGE_ASSOCIATION',
        municipalitySlug: 'kalix',
        homePlaceId: null,
        contactEmail: null,
        description: null,
      },
    });
    // A pending organization cannot invite yet.
    expect(screen.getByText('Du kan bjuda in medlemmar när kommunen har godkänt föreningen.')).toBeTruthy();
  });

  it('shows the API’s name conflict beside the name', async () => {
    const { resolve } = accountWorld(viewer(), {
      CreateOrganization: () => ({ errors: [{ code: 'CONFLICT', fields: [{ path: 'input.name', message: 'taken' }] }] }),
    });
    await renderApp('/organizations/new', { resolve });
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Töre byaförening' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Byaförening' }));
    fireEvent.click(screen.getByRole('button', { name: 'Registrera' }));
    await waitFor(() =>
      expect(document.getElementById('organization-name-error')?.textContent).toContain(
        'Det finns redan en förening med det namnet i kommunen.',
      ),
    );
  });
});

describe('an organization’s page', () => {
  it('lets a leader invite by e-mail with a role and revoke a pending invitation', async () => {
    const invitations = [
      { __typename: 'OrganizationInvitation', id: 'inv-1', email: 'karin@example.se', role: 'MEMBER', createdAt: '2026-05-01T10:00:00Z', expiresAt: '2999-01-01T00:00:00Z', acceptedAt: null, revokedAt: null },
    ];
    const { world, resolve } = accountWorld(viewer(), {
      Organization: () => ({ data: { organization: organization() } }),
      OrganizationInvitations: () => ({ data: { organizationInvitations: invitations } }),
      InviteMember: (variables) => ({
        data: { inviteMember: { ...invitations[0], id: 'inv-2', email: variables.email, role: variables.role } },
      }),
      RevokeInvitation: () => ({ data: { revokeInvitation: { __typename: 'OrganizationInvitation', id: 'inv-1', revokedAt: '2026-05-02T10:00:00Z' } } }),
    });
    await renderApp(`/organizations/${ORG_ID}`, { resolve });
    expect(screen.getByRole('rowheader', { name: /Olle Berg/ })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('E-postadress'), { target: { value: 'Per@Example.se' } });
    fireEvent.change(screen.getByLabelText('Roll i föreningen'), { target: { value: 'LEADER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    await waitFor(() => expect(screen.getByText('Inbjudan är skickad till per@example.se.')).toBeTruthy());
    expect(lastCall(world, 'InviteMember')).toEqual({ organizationId: ORG_ID, email: 'per@example.se', role: 'LEADER' });

    fireEvent.click(screen.getByRole('button', { name: 'Återkalla inbjudan till karin@example.se' }));
    await waitFor(() => expect(screen.getByText('Inbjudan till karin@example.se är återkallad.')).toBeTruthy());
    expect(lastCall(world, 'RevokeInvitation')).toEqual({ id: 'inv-1' });
  });

  it('explains that the last leader cannot leave', async () => {
    const { resolve } = accountWorld(viewer(), {
      Organization: () => ({ data: { organization: organization() } }),
      OrganizationInvitations: () => ({ data: { organizationInvitations: [] } }),
      // extensions.reason is what tells the last-leader conflict apart.
      RemoveMember: () => ({ errors: [{ code: 'CONFLICT', reason: 'LAST_LEADER' }] }),
    });
    await renderApp(`/organizations/${ORG_ID}`, { resolve });
    fireEvent.click(screen.getByRole('button', { name: 'Lämna föreningen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bekräfta' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Föreningen måste ha minst en ledare.');
  });

  it('hides the invitation tools from an ordinary member', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      Organization: () => ({
        data: { organization: organization({ viewerMembership: { __typename: 'Membership', id: 'ms-anna', role: 'MEMBER' } }) },
      }),
    });
    await renderApp(`/organizations/${ORG_ID}`, { resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Töre byaförening' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skicka inbjudan' })).toBeNull();
    expect(world.calls.map((c) => c.operation)).not.toContain('OrganizationInvitations');
    expect(screen.queryByRole('button', { name: /Ta bort/ })).toBeNull();
  });

  it('lets an officer of the municipality manage an organization they are not in', async () => {
    const { resolve } = accountWorld(viewer({ roles: [Role.OFFICER] }), {
      Organization: () => ({ data: { organization: organization({ viewerMembership: null }) } }),
      OrganizationInvitations: () => ({ data: { organizationInvitations: [] } }),
    });
    await renderApp(`/organizations/${ORG_ID}`, { resolve });
    expect(screen.getByRole('button', { name: 'Skicka inbjudan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ta bort Olle Berg' })).toBeTruthy();
  });
});

describe('accepting an invitation', () => {
  it('asks a signed-out visitor to sign in first, coming back to the invitation', async () => {
    await renderApp('/invitations/accept?token=abcdefghijklmnopqrstuvwxyz', { resolve: accountWorld(null).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Inbjudan till en förening' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till inloggningen' }).getAttribute('href')).toBe(
      '/login?returnTo=%2Finvitations%2Faccept%3Ftoken%3Dabcdefghijklmnopqrstuvwxyz',
    );
    expect(screen.queryByRole('button', { name: 'Tacka ja till inbjudan' })).toBeNull();
  });

  it('accepts for a signed-in person, or explains a used link', async () => {
    let used = false;
    const { resolve } = accountWorld(viewer(), {
      AcceptInvitation: () =>
        used
          ? { errors: [{ code: 'BAD_USER_INPUT', fields: [{ path: 'token', message: 'expired' }] }] }
          : {
              data: {
                acceptInvitation: {
                  __typename: 'Membership',
                  id: 'ms-1',
                  role: 'MEMBER',
                  organization: { __typename: 'Organization', id: ORG_ID, name: 'Töre byaförening' },
                },
              },
            },
    });
    await renderApp('/invitations/accept?token=abcdefghijklmnopqrstuvwxyz', { resolve });
    fireEvent.click(screen.getByRole('button', { name: 'Tacka ja till inbjudan' }));
    expect(await screen.findByText('Du är nu med i Töre byaförening.')).toBeTruthy();
    cleanup();

    used = true;
    await renderApp('/invitations/accept?token=abcdefghijklmnopqrstuvwxyz', { resolve });
    fireEvent.click(screen.getByRole('button', { name: 'Tacka ja till inbjudan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Inbjudan har gått ut');
  });
});
