import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Permission } from '../../api/types';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { page, serviceUser, whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { ServiceUsersPage } from './ServiceUsersPage';

const ROUTE = '/api/v1/service-users';
const WRITER: Permission[] = ['users:read', 'users:write', 'keys:read', 'keys:write'];
const CI = serviceUser();
const CRON = serviceUser({
  id: 'su-2',
  name: 'Nightly export',
  description: '',
  enabled: false,
  disabledAt: '2026-03-10T08:00:00.000Z',
  activeKeys: 0,
  activeOAuthClients: 0,
});

let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  window.history.replaceState(null, '', '/settings/service-users');
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI({ permissions: WRITER })),
    [`GET ${ROUTE}`]: ok(page([CI, CRON])),
    [`POST ${ROUTE}`]: ok(serviceUser({ id: 'su-new', name: 'Billing sync', activeKeys: 0 }), 201),
    [`PATCH ${ROUTE}/su-1`]: ok({ ...CI, enabled: false }),
    [`PATCH ${ROUTE}/su-2`]: ok({ ...CRON, enabled: true, disabledAt: null }),
    [`DELETE ${ROUTE}/su-1`]: ok({ deleted: true, keysRevoked: 2, oauthClientsRevoked: 1 }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  window.history.replaceState(null, '', '/');
});

async function renderPage(permissions: Permission[] = WRITER) {
  fake.on('GET /api/v1/users/me', ok(whoAmI({ permissions })));
  const user = userEvent.setup();
  renderInSession(<ServiceUsersPage />, { signedIn: true });
  await screen.findByRole('heading', { name: 'Service users', level: 1 });
  return { user };
}

describe('ServiceUsersPage', () => {
  it('lists the service users: name, status and what they own', async () => {
    await renderPage();
    const [ci, cron] = await screen.findAllByTestId('service-user-row');
    expect(within(ci).getByRole('link', { name: 'CI deploy' }).getAttribute('href')).toBe(
      '/settings/service-users/su-1',
    );
    expect(ci.textContent).toContain('Deploys from GitHub Actions');
    expect(within(ci).getByText('Enabled')).toBeTruthy();
    expect(
      within(ci)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toContain('2');
    expect(within(cron).getByText('Disabled')).toBeTruthy();
    expect(within(cron).getByRole('button', { name: 'Enable Nightly export' })).toBeTruthy();
  });

  it('says what service users are for when there are none', async () => {
    fake.on(`GET ${ROUTE}`, ok(page([])));
    await renderPage();
    await screen.findByText('No service users yet');
    expect(screen.getByRole('button', { name: 'Create your first service user' })).toBeTruthy();
  });

  it('creates a service user after checking its name, then opens its page', async () => {
    const { user } = await renderPage();
    await screen.findAllByTestId('service-user-row');
    await user.click(screen.getByRole('button', { name: 'Create service user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a service user' });
    await user.click(within(dialog).getByRole('button', { name: 'Create service user' }));
    expect(dialog.textContent).toContain('Give it a name you will recognise later.');
    expect(fake.calls(`POST ${ROUTE}`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Name'), '  Billing sync ');
    await user.click(within(dialog).getByRole('button', { name: 'Create service user' }));
    await screen.findByText('Billing sync was created');
    expect(fake.calls(`POST ${ROUTE}`)[0].body).toEqual({ name: 'Billing sync' });
    expect(window.location.pathname).toBe('/settings/service-users/su-new');
  });

  it('disables a service user after saying what stops working, and within what time', async () => {
    const { user } = await renderPage();
    const [ci] = await screen.findAllByTestId('service-user-row');
    await user.click(within(ci).getByRole('button', { name: 'Disable CI deploy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable CI deploy?' });
    expect(dialog.textContent).toContain(
      'Disabling it stops its 2 API keys and 1 OAuth client on every gateway within a second',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Disable service user' }));
    await screen.findByText('CI deploy was disabled');
    expect(fake.calls(`PATCH ${ROUTE}/su-1`).map((request) => request.body)).toEqual([
      { enabled: false },
    ]);
    expect(fake.calls(`GET ${ROUTE}`)).toHaveLength(2);
  });

  it('enables a disabled one after asking', async () => {
    const { user } = await renderPage();
    const [, cron] = await screen.findAllByTestId('service-user-row');
    await user.click(within(cron).getByRole('button', { name: 'Enable Nightly export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enable Nightly export?' });
    expect(dialog.textContent).toContain('work again within a second');
    await user.click(within(dialog).getByRole('button', { name: 'Enable service user' }));
    await screen.findByText('Nightly export was enabled');
    expect(fake.calls(`PATCH ${ROUTE}/su-2`).map((request) => request.body)).toEqual([
      { enabled: true },
    ]);
  });

  it('deletes one after warning that its keys and clients are revoked', async () => {
    const { user } = await renderPage();
    const [ci] = await screen.findAllByTestId('service-user-row');
    await user.click(within(ci).getByRole('button', { name: 'Delete CI deploy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete CI deploy?' });
    expect(dialog.textContent).toContain('Deleting it revokes its 2 API keys and 1 OAuth client');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.calls(`DELETE ${ROUTE}/su-1`)).toHaveLength(0);

    await user.click(within(ci).getByRole('button', { name: 'Delete CI deploy' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete CI deploy?' })).getByRole('button', {
        name: 'Delete service user',
      }),
    );
    await screen.findByText('CI deploy was deleted; 2 API keys and 1 OAuth client revoked');
    expect(fake.calls(`DELETE ${ROUTE}/su-1`)).toHaveLength(1);
  });

  it('keeps the dialog open with the reason when the API refuses', async () => {
    fake.on(`PATCH ${ROUTE}/su-1`, fail(403, 'insufficient_scope', 'needs users:write'));
    const { user } = await renderPage();
    const [ci] = await screen.findAllByTestId('service-user-row');
    await user.click(within(ci).getByRole('button', { name: 'Disable CI deploy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable CI deploy?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disable service user' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Your role does not allow this. Ask an owner or admin of the account.',
    );
  });

  it('shows the list read-only without users:write', async () => {
    await renderPage(['users:read']);
    await screen.findAllByTestId('service-user-row');
    expect(screen.queryByRole('button', { name: 'Create service user' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Disable|^Enable|^Delete/ })).toBeNull();
  });

  it('asks nothing of the API without users:read', async () => {
    await renderPage(['creators:read']);
    expect(document.body.textContent).toContain(
      'Your role cannot see service users: that takes the users:read permission.',
    );
    expect(fake.calls(`GET ${ROUTE}`)).toHaveLength(0);
  });
});
