import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/api-client';
import { fail, ok, stubApi } from '../test/fake-api';
import { whoAmI } from '../test/fixtures';
import { renderInSession, sessionIs } from '../test/session';
import { useCan, useMe, useSession } from './session';

afterEach(() => {
  vi.unstubAllGlobals();
});

function Controls() {
  const { retry, signOut } = useSession();
  return (
    <>
      <button type="button" onClick={retry}>
        Retry
      </button>
      <button type="button" onClick={() => void signOut().catch(() => {})}>
        Sign out
      </button>
    </>
  );
}

function Me() {
  const me = useMe();
  const canWriteKeys = useCan('keys:write');
  const isAdmin = useCan('account:admin');
  return <p>{`${me.user?.email} keys:write=${canWriteKeys} account:admin=${isAdmin}`}</p>;
}

describe('SessionProvider', () => {
  it('is loading, then signed in with who the user is', async () => {
    stubApi({ 'GET /api/v1/users/me': ok(whoAmI()) });
    renderInSession(<Me />, { signedIn: true });
    expect(screen.getByTestId('session-status').textContent).toBe('loading');
    await sessionIs('signed-in');
    expect(screen.getByText('ada@acme.test keys:write=true account:admin=false')).toBeTruthy();
  });

  it('is signed out (not "expired") when there was no session to begin with', async () => {
    stubApi({ 'GET /api/v1/users/me': fail(401, 'unauthorized') });
    renderInSession(null);
    await sessionIs('signed-out');
  });

  it('is unavailable when Tally does not answer, and tries again on retry', async () => {
    const fake = stubApi({ 'GET /api/v1/users/me': fail(503, 'service_unavailable') });
    const user = userEvent.setup();
    renderInSession(<Controls />);
    await sessionIs('unavailable');

    fake.on('GET /api/v1/users/me', ok(whoAmI()));
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await sessionIs('signed-in');
    expect(fake.calls('GET /api/v1/users/me')).toHaveLength(2);
  });

  it('ends the session when a later call answers 401', async () => {
    stubApi({
      'GET /api/v1/users/me': ok(whoAmI()),
      'GET /api/v1/keys': fail(401, 'unauthorized', 'The session has expired.'),
    });
    renderInSession(null);
    await sessionIs('signed-in');
    await act(async () => {
      await api.get('/api/v1/keys').catch(() => {});
    });
    await sessionIs('signed-out:expired');
  });

  it('signs out even when the sign-out call fails', async () => {
    const fake = stubApi({ 'GET /api/v1/users/me': ok(whoAmI()) });
    const user = userEvent.setup();
    renderInSession(<Controls />);
    await sessionIs('signed-in');
    fake.fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await sessionIs('signed-out:signed-out');
    expect(fake.fetch).toHaveBeenLastCalledWith(
      '/api/v1/auth/logout',
      expect.objectContaining({ method: 'POST' }),
    );
  });
});
