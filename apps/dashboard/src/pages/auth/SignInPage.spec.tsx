import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { whoAmI } from '../../test/fixtures';
import { renderInSession, sessionIs } from '../../test/session';
import type { SignedOutReason } from '../../session/session';
import { SignInPage } from './SignInPage';

let fake: FakeApi;

beforeEach(() => {
  fake = stubApi({ 'GET /api/v1/users/me': fail(401, 'unauthorized', 'Sign in first.') });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderSignIn(reason?: SignedOutReason) {
  const user = userEvent.setup();
  renderInSession(<SignInPage reason={reason} />);
  await sessionIs('signed-out');
  return {
    user,
    email: screen.getByLabelText('Email'),
    password: screen.getByLabelText('Password'),
    submit: screen.getByRole('button', { name: 'Sign in' }),
  };
}

describe('SignInPage', () => {
  it('says why the user has to sign in again only after a session ended', async () => {
    await renderSignIn('expired');
    expect(screen.getByText('Your session ended. Sign in again to go on.')).toBeTruthy();
  });

  it('does not say so on a plain visit, or after signing out', async () => {
    await renderSignIn();
    expect(screen.queryByText('Your session ended. Sign in again to go on.')).toBeNull();
    cleanup();
    await renderSignIn('signed-out');
    expect(screen.queryByText('Your session ended. Sign in again to go on.')).toBeNull();
  });

  it('says the password was reset after a reset', async () => {
    await renderSignIn('password-reset');
    expect(
      screen.getByText('Your password was reset and every session signed out. Sign in with it.'),
    ).toBeTruthy();
  });

  it('leads to the password reset', async () => {
    await renderSignIn();
    expect(screen.getByRole('link', { name: 'Forgot your password?' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('checks the fields before sending anything', async () => {
    const { user, email, submit } = await renderSignIn();
    await user.click(submit);
    expect(screen.getByText('Enter your email address, like you@company.com.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    await user.type(email, 'not-an-email');
    await user.click(submit);
    expect(screen.getByText('Enter your email address, like you@company.com.')).toBeTruthy();
    expect(fake.calls('POST /api/v1/auth/login')).toHaveLength(0);
  });

  it('says the email and password do not match on a 401, and stays signed out', async () => {
    fake.on(
      'POST /api/v1/auth/login',
      fail(401, 'unauthorized', 'The email or password is not right.'),
    );
    const { user, email, password, submit } = await renderSignIn();
    await user.type(email, 'ada@acme.test');
    await user.type(password, 'wrong');
    await user.click(submit);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That email and password do not match an account. Check them and try again.',
    );
    // A wrong password is not an ended session.
    await sessionIs('signed-out');
    expect(submit).toHaveProperty('disabled', false);
  });

  it('says how long to wait when locked out', async () => {
    fake.on(
      'POST /api/v1/auth/login',
      fail(429, 'rate_limited', 'Too many attempts.', { headers: { 'retry-after': '600' } }),
    );
    const { user, email, password, submit } = await renderSignIn();
    await user.type(email, 'ada@acme.test');
    await user.type(password, 'whatever');
    await user.click(submit);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many requests right now. Try again in 10 minutes.',
    );
  });

  it('signs in with the trimmed email and the password as typed', async () => {
    fake.on('POST /api/v1/auth/login', () => {
      fake.on('GET /api/v1/users/me', ok(whoAmI()));
      return ok({ user: {}, account: {}, expiresAt: '', csrfToken: 'csrf' });
    });
    const { user, email, password, submit } = await renderSignIn();
    await user.type(email, '  ada@acme.test ');
    await user.type(password, ' pass word ');
    await user.click(submit);
    await sessionIs('signed-in');
    expect(fake.calls('POST /api/v1/auth/login')[0].body).toEqual({
      email: 'ada@acme.test',
      password: ' pass word ',
    });
  });
});
