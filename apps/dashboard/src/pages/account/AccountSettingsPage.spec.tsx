import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { whoAmI } from '../../test/fixtures';
import { renderInSession, sessionIs } from '../../test/session';
import { AccountSettingsPage } from './AccountSettingsPage';

const ROUTE = 'POST /api/v1/users/me/password';
let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI()),
    [ROUTE]: ok({ changed: true, sessionsEnded: 2 }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<AccountSettingsPage />, { signedIn: true });
  await screen.findByRole('heading', { name: 'Account settings', level: 1 });
  const form = screen.getByRole('region', { name: 'Change your password' });
  return {
    user,
    form,
    current: within(form).getByLabelText('Current password'),
    next: within(form).getByLabelText('New password'),
    submit: within(form).getByRole('button', { name: 'Change password' }),
  };
}

describe('AccountSettingsPage', () => {
  it('shows who is signed in, and their role', async () => {
    await renderPage();
    expect(screen.getByTestId('my-email').textContent).toBe('ada@acme.test');
    expect(screen.getByTestId('my-role').textContent).toContain('Admin');
  });

  it('checks both passwords before sending anything', async () => {
    const { user, form, current, next, submit } = await renderPage();
    await user.click(submit);
    expect(form.textContent).toContain('Enter your current password.');
    expect(form.textContent).toContain('Use at least 12 characters.');

    await user.type(current, 'old password 1');
    await user.type(next, 'zzzzzzzzzzzz');
    await user.click(submit);
    expect(form.textContent).not.toContain('Enter your current password.');
    expect(form.textContent).toContain(
      'A password of one character repeated is too easy to guess.',
    );

    await user.clear(next);
    await user.type(next, 'old password 1');
    await user.click(submit);
    expect(form.textContent).toContain('Choose a password other than the current one.');
    expect(fake.calls(ROUTE)).toHaveLength(0);
  });

  it('changes the password, says how many other sessions ended, and empties the form', async () => {
    const { user, current, next, submit } = await renderPage();
    await user.type(current, 'old password 1');
    await user.type(next, 'correct horse battery');
    await user.click(submit);
    await screen.findByText('Password changed. 2 other sessions signed out.');
    const [request] = fake.calls(ROUTE);
    expect(request.body).toEqual({
      currentPassword: 'old password 1',
      newPassword: 'correct horse battery',
    });
    expect(request.headers['x-csrf-token']).toBe('csrf-token-1');
    expect(current).toHaveProperty('value', '');
    expect(next).toHaveProperty('value', '');
  });

  it('says the current password is wrong on a 401, and stays signed in', async () => {
    fake.on(ROUTE, fail(401, 'unauthorized', 'The current password is not right.'));
    const { user, form, current, next, submit } = await renderPage();
    await user.type(current, 'not it at all');
    await user.type(next, 'correct horse battery');
    await user.click(submit);
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Your current password is not right. Check it and try again.',
    );
    await sessionIs('signed-in');
    expect(next).toHaveProperty('value', 'correct horse battery');
  });

  it('signs out when the 401 came from an ended session after all', async () => {
    fake.on(ROUTE, () => {
      fake.on('GET /api/v1/users/me', fail(401, 'unauthorized'));
      return fail(401, 'unauthorized');
    });
    const { user, current, next, submit } = await renderPage();
    await user.type(current, 'old password 1');
    await user.type(next, 'correct horse battery');
    await user.click(submit);
    await sessionIs('signed-out:expired');
  });
});
