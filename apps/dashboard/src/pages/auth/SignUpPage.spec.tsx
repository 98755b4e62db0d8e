import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { whoAmI } from '../../test/fixtures';
import { renderInSession, sessionIs } from '../../test/session';
import { SignUpPage } from './SignUpPage';

let fake: FakeApi;

beforeEach(() => {
  fake = stubApi({ 'GET /api/v1/users/me': fail(401, 'unauthorized', 'Sign in first.') });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderSignUp() {
  const user = userEvent.setup();
  renderInSession(<SignUpPage />);
  await sessionIs('signed-out');
  return {
    user,
    name: screen.getByLabelText('Company or team name'),
    email: screen.getByLabelText('Work email'),
    password: screen.getByLabelText('Password'),
    submit: screen.getByRole('button', { name: 'Create account' }),
  };
}

/** The message an input points at with aria-describedby, and says it is invalid. */
function errorOf(input: HTMLElement): string | null {
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

describe('SignUpPage', () => {
  it('shows an error under every empty field and sends nothing', async () => {
    const { user, name, email, password, submit } = await renderSignUp();
    await user.click(submit);

    expect(errorOf(name)).toBe('Enter the name of your company or team.');
    expect(errorOf(email)).toBe('Enter your email address, like you@company.com.');
    expect(errorOf(password)).toBe('Use at least 12 characters.');
    expect(fake.calls('POST /api/v1/auth/signup')).toHaveLength(0);
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/v1/users/me',
    ]);
  });

  it('keeps a short password from being sent, and clears the errors that were fixed', async () => {
    const { user, name, email, password, submit } = await renderSignUp();
    await user.click(submit);
    await user.type(name, 'Acme');
    await user.type(email, 'ada@acme.test');
    await user.type(password, 'short-pass!');
    await user.click(submit);

    expect(errorOf(name)).toBeNull();
    expect(errorOf(email)).toBeNull();
    expect(errorOf(password)).toBe('Use at least 12 characters.');
    expect(fake.calls('POST /api/v1/auth/signup')).toHaveLength(0);
  });

  it('rejects an address that is not an email', async () => {
    const { user, name, email, password, submit } = await renderSignUp();
    await user.type(name, 'Acme');
    await user.type(email, 'ada@acme');
    await user.type(password, 'correct horse battery');
    await user.click(submit);

    expect(errorOf(email)).toBe('Enter your email address, like you@company.com.');
    expect(fake.calls('POST /api/v1/auth/signup')).toHaveLength(0);
  });

  it('signs up with the trimmed name and email, then signs in', async () => {
    fake.on('POST /api/v1/auth/signup', () => {
      // From now on the session cookie is set.
      fake.on('GET /api/v1/users/me', ok(whoAmI()));
      return ok({ user: {}, account: {}, expiresAt: '', csrfToken: 'csrf' }, 201);
    });
    const { user, name, email, password, submit } = await renderSignUp();
    await user.type(name, '  Acme Inc  ');
    await user.type(email, ' ada@acme.test ');
    await user.type(password, ' correct horse battery ');
    await user.click(submit);

    await sessionIs('signed-in');
    const [signup] = fake.calls('POST /api/v1/auth/signup');
    expect(signup.body).toEqual({
      accountName: 'Acme Inc',
      email: 'ada@acme.test',
      password: ' correct horse battery ',
    });
    expect(fake.calls('GET /api/v1/users/me')).toHaveLength(2);
  });

  it("puts the API's validation reasons under their fields", async () => {
    fake.on(
      'POST /api/v1/auth/signup',
      fail(400, 'validation_failed', 'Validation failed.', {
        details: [{ field: 'email', reason: 'email must be an email address' }],
      }),
    );
    const { user, name, email, password, submit } = await renderSignUp();
    await user.type(name, 'Acme');
    await user.type(email, 'ada@acme.test');
    await user.type(password, 'correct horse battery');
    await user.click(submit);

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Please check the form: email must be an email address.',
    );
    expect(errorOf(email)).toBe('email must be an email address');
    expect(errorOf(name)).toBeNull();
    // The button works again, for another try.
    expect(submit).toHaveProperty('disabled', false);
    await sessionIs('signed-out');
  });

  it('says when the email is taken, and when Tally cannot be reached', async () => {
    fake.on(
      'POST /api/v1/auth/signup',
      fail(409, 'conflict', 'An account with this email already exists.'),
    );
    const { user, name, email, password, submit } = await renderSignUp();
    await user.type(name, 'Acme');
    await user.type(email, 'ada@acme.test');
    await user.type(password, 'correct horse battery');
    await user.click(submit);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'An account with this email already exists.',
    );

    fake.fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await user.click(submit);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Tally could not be reached. Check your connection and try again.',
      ),
    );
  });
});
