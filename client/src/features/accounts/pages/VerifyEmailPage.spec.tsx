import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const TOKEN = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

describe('VerifyEmailPage', () => {
  it('verifies the token once on load and says so', async () => {
    const { world, resolve } = accountWorld(null, {
      VerifyEmail: () => ({ data: { verifyEmail: { __typename: 'User', id: 'u-anna', emailVerified: true } } }),
    });
    await renderApp(`/verify-email?token=${TOKEN}`, { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'E-postadressen är bekräftad' })).toBeTruthy();
    expect(world.calls.filter((c) => c.operation === 'VerifyEmail')).toEqual([{ operation: 'VerifyEmail', variables: { token: TOKEN } }]);
  });

  it('explains an expired or used link and offers a new one to a signed-in person', async () => {
    const { world, resolve } = accountWorld(viewer({ emailVerified: false }), {
      VerifyEmail: () => ({ errors: [{ code: 'BAD_USER_INPUT', fields: [{ path: 'token', message: 'expired' }] }] }),
      RequestEmailVerification: () => ({ data: { requestEmailVerification: true } }),
    });
    await renderApp(`/verify-email?token=${TOKEN}`, { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Länken fungerar inte' })).toBeTruthy();
    expect(screen.getByText('Länken har gått ut eller har redan använts.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka en ny bekräftelselänk' }));
    await waitFor(() => expect(screen.getByText('Vi har skickat en ny länk till anna@example.se.')).toBeTruthy());
    expect(world.calls.map((c) => c.operation)).toContain('RequestEmailVerification');
  });

  it('asks a signed-out person to sign in for a new link', async () => {
    const { resolve } = accountWorld(null, {
      VerifyEmail: () => ({ errors: [{ code: 'BAD_USER_INPUT', fields: [{ path: 'token', message: 'expired' }] }] }),
    });
    await renderApp(`/verify-email?token=${TOKEN}`, { resolve });
    expect(await screen.findByRole('link', { name: 'Gå till inloggningen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skicka en ny bekräftelselänk' })).toBeNull();
  });
});
