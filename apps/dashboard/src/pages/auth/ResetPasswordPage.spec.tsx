import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { whoAmI } from '../../test/fixtures';
import { renderInSession, sessionIs } from '../../test/session';
import { ResetPasswordPage } from './ResetPasswordPage';

const ROUTE = 'POST /api/v1/auth/password-reset/complete';
let fake: FakeApi;

beforeEach(() => {
  window.history.replaceState(null, '', '/reset-password#token=reset-token-1');
  fake = stubApi({
    'GET /api/v1/users/me': fail(401, 'unauthorized'),
    [ROUTE]: ok({ reset: true, sessionsEnded: 2 }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<ResetPasswordPage />);
  await sessionIs('signed-out');
  return { user };
}

async function choose(user: ReturnType<typeof userEvent.setup>, password: string) {
  const field = screen.getByLabelText('New password');
  await user.clear(field);
  if (password) await user.type(field, password);
  await user.click(screen.getByRole('button', { name: 'Set the new password' }));
}

describe('ResetPasswordPage', () => {
  it('checks the new password as sign-up does, before sending it', async () => {
    const { user } = await renderPage();
    await choose(user, 'short');
    expect(screen.getByText('Use at least 12 characters.')).toBeTruthy();
    await choose(user, 'aaaaaaaaaaaa');
    expect(
      screen.getByText('A password of one character repeated is too easy to guess.'),
    ).toBeTruthy();
    expect(fake.calls(ROUTE)).toHaveLength(0);
  });

  it("sends the link's token with the new password, then signs out with a word for the sign-in page", async () => {
    const { user } = await renderPage();
    await choose(user, 'correct horse battery');
    await sessionIs('signed-out:password-reset');
    expect(fake.calls(ROUTE)[0].body).toEqual({
      token: 'reset-token-1',
      password: 'correct horse battery',
    });
    expect(window.location.pathname).toBe('/signin');
  });

  it('ends the session of someone signed in, too', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI()));
    const user = userEvent.setup();
    renderInSession(<ResetPasswordPage />);
    await sessionIs('signed-in');
    await choose(user, 'correct horse battery');
    await sessionIs('signed-out:password-reset');
  });

  it('says a used or expired link is not valid any more, and offers a new one', async () => {
    fake.on(ROUTE, fail(404, 'not_found', 'Reset link not found.'));
    const { user } = await renderPage();
    await choose(user, 'correct horse battery');
    expect((await screen.findByTestId('invalid-link')).textContent).toBe(
      'This reset link is not valid any more: it was used already, or it expired.',
    );
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
    await sessionIs('signed-out');
  });

  it('says so when the link has no token', async () => {
    window.history.replaceState(null, '', '/reset-password');
    await renderPage();
    expect(screen.getByTestId('invalid-link').textContent).toBe(
      'This reset link is incomplete. Copy the whole link from the email.',
    );
    expect(screen.queryByLabelText('New password')).toBeNull();
  });

  it("puts the API's reasons under the field", async () => {
    fake.on(
      ROUTE,
      fail(400, 'validation_failed', 'Validation failed.', {
        details: [{ field: 'password', reason: 'password must not be only spaces' }],
      }),
    );
    const { user } = await renderPage();
    await choose(user, 'correct horse battery');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Please check the form: password must not be only spaces.',
    );
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');
  });
});
