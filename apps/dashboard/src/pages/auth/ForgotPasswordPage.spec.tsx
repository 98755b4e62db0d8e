import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { renderInSession, sessionIs } from '../../test/session';
import { ForgotPasswordPage } from './ForgotPasswordPage';

const ROUTE = 'POST /api/v1/auth/password-reset';
let fake: FakeApi;

beforeEach(() => {
  fake = stubApi({
    'GET /api/v1/users/me': fail(401, 'unauthorized'),
    [ROUTE]: ok({ accepted: true }, 202),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<ForgotPasswordPage />);
  await sessionIs('signed-out');
  return {
    user,
    email: screen.getByLabelText('Email'),
    submit: screen.getByRole('button', { name: 'Send the link' }),
  };
}

describe('ForgotPasswordPage', () => {
  it('asks for an email address before sending anything', async () => {
    const { user, email, submit } = await renderPage();
    await user.click(submit);
    expect(screen.getByText('Enter your email address, like you@company.com.')).toBeTruthy();
    await user.type(email, 'ada@acme');
    await user.click(submit);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls(ROUTE)).toHaveLength(0);
  });

  it('asks for the link with the trimmed email, and says the same whoever it belongs to', async () => {
    const { user, email, submit } = await renderPage();
    await user.type(email, '  ada@acme.test ');
    await user.click(submit);
    expect((await screen.findByTestId('reset-requested')).textContent).toBe(
      'If ada@acme.test belongs to a Tally account, a link to choose a new password is on its way. It works once, and only for a while.',
    );
    expect(fake.calls(ROUTE)[0].body).toEqual({ email: 'ada@acme.test' });
    expect(screen.queryByTestId('reset-link')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to sign in' }).getAttribute('href')).toBe(
      '/signin',
    );
  });

  it('shows the link itself when Tally sent no email (development)', async () => {
    const link = 'http://localhost:3000/reset-password#token=tok_123';
    fake.on(ROUTE, ok({ accepted: true, link }, 202));
    const { user, email, submit } = await renderPage();
    await user.type(email, 'ada@acme.test');
    await user.click(submit);
    expect((await screen.findByTestId('reset-link')).textContent).toBe(link);
    expect(screen.getByRole('note').textContent).toContain('Tally sent no email');
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the link' }).getAttribute('href')).toBe(link);
  });

  it('says why the request failed, and keeps the form', async () => {
    fake.on(ROUTE, fail(429, 'rate_limited', 'Slow down.', { headers: { 'retry-after': '60' } }));
    const { user, email, submit } = await renderPage();
    await user.type(email, 'ada@acme.test');
    await user.click(submit);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many requests right now. Try again in 60 seconds.',
    );
    expect(email).toHaveProperty('value', 'ada@acme.test');
  });
});
