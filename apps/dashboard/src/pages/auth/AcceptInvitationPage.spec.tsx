import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvitationPreview } from '../../api/types';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { whoAmI } from '../../test/fixtures';
import { renderInSession, sessionIs } from '../../test/session';
import { AcceptInvitationPage } from './AcceptInvitationPage';

const PREVIEW = 'POST /api/v1/invitations/preview';
const ACCEPT = 'POST /api/v1/invitations/accept';
const INVITATION: InvitationPreview = {
  email: 'carol@acme.test',
  accountName: 'Acme',
  accountRole: 'admin',
  expiresAt: '2026-03-21T12:00:00.000Z',
};
const SESSION = { user: {}, account: {}, expiresAt: '', csrfToken: 'csrf' };

let fake: FakeApi;

beforeEach(() => {
  window.history.replaceState(null, '', '/accept-invitation#token=invite-token-1');
  fake = stubApi({
    'GET /api/v1/users/me': fail(401, 'unauthorized'),
    [PREVIEW]: ok(INVITATION),
    [ACCEPT]: () => {
      // From now on the new member's session cookie is set.
      fake.on(
        'GET /api/v1/users/me',
        ok(whoAmI({ user: { id: 'user-3', email: INVITATION.email, accountRole: 'admin' } })),
      );
      return ok(SESSION, 201);
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<AcceptInvitationPage />);
  await screen.findByRole('heading', { name: 'Join Acme on Tally' });
  return { user };
}

async function join(user: ReturnType<typeof userEvent.setup>, password: string) {
  const field = screen.getByLabelText('Choose a password');
  await user.clear(field);
  if (password) await user.type(field, password);
  await user.click(screen.getByRole('button', { name: 'Join Acme' }));
}

describe('AcceptInvitationPage', () => {
  it('says what the invitation offers, for which address', async () => {
    await renderPage();
    expect(fake.calls(PREVIEW)[0].body).toEqual({ token: 'invite-token-1' });
    const offer = screen.getByTestId('invitation-offer').textContent ?? '';
    expect(offer).toContain('You are invited as Admin:');
    expect(offer).toContain('The invitation works until');
    expect(screen.getByLabelText('Email')).toHaveProperty('value', 'carol@acme.test');
    expect(screen.getByLabelText('Email')).toHaveProperty('readOnly', true);
  });

  it('checks the password as sign-up does, before sending it', async () => {
    const { user } = await renderPage();
    await join(user, '');
    expect(screen.getByText('Use at least 12 characters.')).toBeTruthy();
    await join(user, '            ');
    expect(screen.getByText('A password of only spaces is too easy to guess.')).toBeTruthy();
    expect(fake.calls(ACCEPT)).toHaveLength(0);
  });

  it('joins with the token and the password, and is then signed in as the new member', async () => {
    const { user } = await renderPage();
    await join(user, 'correct horse battery');
    await sessionIs('signed-in');
    expect(fake.calls(ACCEPT)[0].body).toEqual({
      token: 'invite-token-1',
      password: 'correct horse battery',
    });
    expect(window.location.pathname).toBe('/creators');
  });

  it('says a used, revoked or expired link is not valid any more', async () => {
    fake.on(PREVIEW, fail(404, 'not_found', 'Invitation not found.'));
    renderInSession(<AcceptInvitationPage />);
    expect((await screen.findByTestId('invalid-link')).textContent).toBe(
      'This invitation link is not valid any more; ask for a new one.',
    );
    expect(screen.queryByLabelText('Choose a password')).toBeNull();
  });

  it('says so when the link stops working between reading and joining', async () => {
    fake.on(ACCEPT, fail(404, 'not_found', 'Invitation not found.'));
    const { user } = await renderPage();
    await join(user, 'correct horse battery');
    expect((await screen.findByTestId('invalid-link')).textContent).toBe(
      'This invitation link is not valid any more; ask for a new one.',
    );
    await sessionIs('signed-out');
  });

  it('says when the address already has a Tally account, and leads to sign in', async () => {
    fake.on(ACCEPT, fail(409, 'conflict', 'A user with this email already exists.'));
    const { user } = await renderPage();
    await join(user, 'correct horse battery');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'carol@acme.test already has a Tally account. Sign in with it, or ask for an invitation to another address.',
    );
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('/signin');
    await sessionIs('signed-out');
  });

  it('tells someone signed in as another user that joining switches user', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI()));
    await renderPage();
    expect(
      screen.getByText(
        'You are signed in as ada@acme.test. Joining signs you in as carol@acme.test instead.',
      ),
    ).toBeTruthy();
  });

  it('says so when the link has no token, without asking the API', async () => {
    window.history.replaceState(null, '', '/accept-invitation');
    renderInSession(<AcceptInvitationPage />);
    await screen.findByTestId('invalid-link');
    expect(fake.calls(PREVIEW)).toHaveLength(0);
  });

  it('offers to try again when the invitation cannot be read', async () => {
    fake.on(PREVIEW, fail(503, 'service_unavailable'));
    const user = userEvent.setup();
    renderInSession(<AcceptInvitationPage />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Part of Tally is not answering right now.',
    );
    fake.on(PREVIEW, ok(INVITATION));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Join Acme on Tally' });
  });
});
