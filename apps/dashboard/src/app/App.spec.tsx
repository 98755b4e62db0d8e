import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, stubApi, type FakeApi } from '../test/fake-api';
import { whoAmI } from '../test/fixtures';
import { renderInSession, sessionIs } from '../test/session';
import { App } from './App';

let fake: FakeApi;

beforeEach(() => {
  fake = stubApi({ 'GET /api/v1/users/me': fail(401, 'unauthorized') });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function visit(address: string) {
  window.history.replaceState(null, '', address);
  renderInSession(<App />);
}

describe('App', () => {
  it('sends a signed-out visitor of the team page to sign in, and back after', async () => {
    visit('/settings/team');
    await screen.findByRole('heading', { name: 'Sign in to your dashboard' });
    expect(window.location.pathname + window.location.search).toBe(
      '/signin?next=%2Fsettings%2Fteam',
    );
  });

  it('leads from sign-in to the forgotten-password page', async () => {
    const user = userEvent.setup();
    visit('/signin');
    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    await screen.findByRole('heading', { name: 'Reset your password' });
    expect(window.location.pathname).toBe('/forgot-password');
  });

  it('takes a signed-in visitor of the forgotten-password page on to the dashboard', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI()));
    fake.on('GET /api/v1/creators', ok({ items: [], nextCursor: null, prevCursor: null }));
    visit('/forgot-password');
    await sessionIs('signed-in');
    await vi.waitFor(() => expect(window.location.pathname).toBe('/creators'));
  });

  it('opens an invitation link whether or not someone is signed in', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI()));
    fake.on(
      'POST /api/v1/invitations/preview',
      ok({
        email: 'carol@acme.test',
        accountName: 'Acme',
        accountRole: 'member',
        expiresAt: '2026-03-21T12:00:00.000Z',
      }),
    );
    visit('/accept-invitation#token=tok');
    await screen.findByRole('heading', { name: 'Join Acme on Tally' });
    expect(window.location.pathname).toBe('/accept-invitation');
  });

  it('after a reset, shows the sign-in page with a word about it', async () => {
    fake.on('POST /api/v1/auth/password-reset/complete', ok({ reset: true, sessionsEnded: 1 }));
    const user = userEvent.setup();
    visit('/reset-password#token=tok');
    await user.type(await screen.findByLabelText('New password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    await screen.findByText(
      'Your password was reset and every session signed out. Sign in with it.',
    );
    expect(window.location.pathname).toBe('/signin');
  });

  it('has the team, service users and account settings in the navigation', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI()));
    visit('/settings/account');
    await screen.findByRole('heading', { name: 'Account settings', level: 1 });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const [name, href] of [
      ['Team', '/settings/team'],
      ['Service users', '/settings/service-users'],
      ['Account settings', '/settings/account'],
    ]) {
      expect(within(nav).getByRole('link', { name }).getAttribute('href')).toBe(href);
    }
    expect(
      within(nav).getByRole('link', { name: 'Account settings' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(document.title).toBe('Account settings · Tally');
  });
});
