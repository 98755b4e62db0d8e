import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatedApiKey, Permission } from '../../api/types';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { apiKey, BUILT_IN_ROLES, owner, page, serviceUser, whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { ServiceUserPage } from './ServiceUserPage';

const ROUTE = '/api/v1/service-users/su-1';
const PERMISSIONS: Permission[] = [
  'creators:read',
  'users:read',
  'users:write',
  'keys:read',
  'keys:write',
];
const BOT = owner({ id: 'su-1', kind: 'service', name: 'CI deploy' });
const KEY = apiKey({
  id: 'key-7',
  name: 'Deploy key',
  owner: BOT,
  expiresAt: '2099-01-01T00:00:00.000Z',
});
const CREATED: CreatedApiKey = {
  ...apiKey({ id: 'key-8', name: 'Second deploy key', owner: BOT }),
  key: 'tly_sk_live_secretsecret',
};

let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  window.history.replaceState(null, '', '/settings/service-users/su-1');
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI({ permissions: PERMISSIONS })),
    [`GET ${ROUTE}`]: ok(serviceUser()),
    'GET /api/v1/keys': ok(page([KEY])),
    'GET /api/v1/roles': ok(BUILT_IN_ROLES),
    'POST /api/v1/keys': ok(CREATED, 201),
    [`PATCH ${ROUTE}`]: ok(serviceUser({ enabled: false })),
    [`DELETE ${ROUTE}`]: ok({ deleted: true, keysRevoked: 1, oauthClientsRevoked: 0 }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  window.history.replaceState(null, '', '/');
});

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<ServiceUserPage id="su-1" />, { signedIn: true });
  await screen.findByRole('heading', { name: 'CI deploy', level: 1 });
  return { user };
}

describe('ServiceUserPage', () => {
  it('shows the service user and the keys it owns, without an owner column', async () => {
    await renderPage();
    expect(screen.getByText('Deploys from GitHub Actions')).toBeTruthy();
    const [row] = await screen.findAllByTestId('key-row');
    expect(within(row).getByRole('rowheader').textContent).toBe('Deploy key');
    expect(fake.calls('GET /api/v1/keys')[0].query.get('ownerUserId')).toBe('su-1');
    expect(screen.queryByRole('columnheader', { name: 'Owner' })).toBeNull();
  });

  it('creates a key for the service user with the create-key dialog', async () => {
    const { user } = await renderPage();
    await screen.findAllByTestId('key-row');
    await user.click(screen.getByRole('button', { name: 'Create key for this service user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    expect(within(dialog).getByTestId('key-owner').textContent).toContain('CI deploy');
    // The owner is set: no picker.
    expect(within(dialog).queryByLabelText('Owner')).toBeNull();
    await user.type(within(dialog).getByLabelText('Name'), 'Second deploy key');
    await user.click(await within(dialog).findByRole('checkbox', { name: /^read-only/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));

    await screen.findByRole('dialog', { name: 'Your new API key' });
    expect(fake.calls('POST /api/v1/keys')[0].body).toEqual({
      name: 'Second deploy key',
      type: 'secret',
      environment: 'development',
      roles: ['read-only'],
      expiresInDays: 90,
      ownerUserId: 'su-1',
    });
    // Its keys and its count of active keys are read again.
    expect(fake.calls('GET /api/v1/keys')).toHaveLength(2);
    expect(fake.calls(`GET ${ROUTE}`)).toHaveLength(2);
  });

  it('reads its count of active keys again after revoking one', async () => {
    fake.on('DELETE /api/v1/keys/key-7', ok({ id: 'key-7' }));
    const { user } = await renderPage();
    const [row] = await screen.findAllByTestId('key-row');
    await user.click(within(row).getByRole('button', { name: 'Revoke Deploy key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke Deploy key?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    await screen.findByText('Deploy key was revoked');
    expect(fake.calls(`GET ${ROUTE}`)).toHaveLength(2);
  });

  it('says a disabled service user’s keys are refused, and offers no new key', async () => {
    fake.on(
      `GET ${ROUTE}`,
      ok(serviceUser({ enabled: false, disabledAt: '2026-03-10T08:00:00.000Z' })),
    );
    fake.on('GET /api/v1/keys', ok(page([{ ...KEY, owner: { ...BOT, enabled: false } }])));
    await renderPage();
    expect(screen.getByTestId('disabled-note').textContent).toContain('refused');
    const [row] = await screen.findAllByTestId('key-row');
    expect(within(row).getByText('Owner disabled')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create key for this service user' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Enable' })).toBeTruthy();
  });

  it('disables it after asking, and reads it and its keys again', async () => {
    const { user } = await renderPage();
    await screen.findAllByTestId('key-row');
    fake.on(`GET ${ROUTE}`, ok(serviceUser({ enabled: false })));
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable CI deploy?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disable service user' }));
    await screen.findByTestId('disabled-note');
    expect(fake.calls(`PATCH ${ROUTE}`).map((request) => request.body)).toEqual([
      { enabled: false },
    ]);
    expect(fake.calls('GET /api/v1/keys')).toHaveLength(2);
  });

  it('deletes it after asking, and goes back to the list', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete CI deploy?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete service user' }));
    await screen.findByText('CI deploy was deleted; 1 API key revoked');
    expect(window.location.pathname).toBe('/settings/service-users');
  });

  it('renames it', async () => {
    fake.on(`PATCH ${ROUTE}`, ok(serviceUser({ name: 'CI deploys' })));
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit CI deploy' });
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'CI deploys');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('CI deploys was saved');
    expect(fake.calls(`PATCH ${ROUTE}`)[0].body).toEqual({
      name: 'CI deploys',
      description: 'Deploys from GitHub Actions',
    });
  });

  it('says when the service user is not there', async () => {
    fake.on(`GET ${ROUTE}`, fail(404, 'not_found'));
    renderInSession(<ServiceUserPage id="su-1" />, { signedIn: true });
    await screen.findByText('Service user not found');
    expect(screen.getByRole('link', { name: 'Back to service users' })).toBeTruthy();
  });
});
