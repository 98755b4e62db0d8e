import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatedOAuthClient, Permission } from '../../api/types';
import { ok, stubApi, type FakeApi } from '../../test/fake-api';
import { BUILT_IN_ROLES, oauthClient, owner, page, serviceUser, whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { OAuthClientsPage } from './OAuthClientsPage';

const PERMISSIONS: Permission[] = [
  'creators:read',
  'keys:read',
  'oauth-clients:write',
  'users:read',
];
const BOT = owner({ id: 'su-1', kind: 'service', name: 'CI deploy' });
const ACTIVE = oauthClient();
const PAUSED = oauthClient({
  id: 'client-2',
  clientId: 'tly_ci_def',
  name: 'Zapier',
  enabled: false,
  disabledAt: '2026-03-14T00:00:00.000Z',
  owner: BOT,
});
const ORPHANED = oauthClient({
  id: 'client-3',
  clientId: 'tly_ci_ghi',
  name: 'Old sync',
  owner: { ...BOT, enabled: false },
});
const CREATED: CreatedOAuthClient = {
  ...oauthClient({ id: 'client-new', name: 'Warehouse', owner: BOT }),
  clientSecret: 'tly_cs_secret',
};

let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI({ permissions: PERMISSIONS })),
    'GET /api/v1/oauth-clients': ok(page([ACTIVE, PAUSED, ORPHANED])),
    'GET /api/v1/roles': ok(BUILT_IN_ROLES),
    'GET /api/v1/service-users': ok(page([serviceUser()])),
    'POST /api/v1/oauth-clients': ok(CREATED, 201),
    'PATCH /api/v1/oauth-clients/client-1': ok({ ...ACTIVE, enabled: false }),
    'PATCH /api/v1/oauth-clients/client-2': ok({ ...PAUSED, enabled: true }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<OAuthClientsPage />, { signedIn: true });
  const rows = await screen.findAllByTestId('oauth-client-row');
  return { user, rows };
}

describe('OAuthClientsPage', () => {
  it('shows each client’s owner and whether it is active, paused or refused for its owner', async () => {
    const { rows } = await renderPage();
    const [active, paused, orphaned] = rows;
    expect(active.textContent).toContain('YouMember');
    expect(within(active).getByText('Active')).toBeTruthy();
    expect(within(paused).getByRole('link', { name: 'CI deploy' })).toBeTruthy();
    expect(within(paused).getByText('Paused')).toBeTruthy();
    expect(within(paused).queryByText('Active')).toBeNull();
    expect(within(orphaned).getByText('Owner disabled')).toBeTruthy();
  });

  it('pauses a client and enables a paused one', async () => {
    const { user, rows } = await renderPage();
    await user.click(within(rows[0]).getByRole('button', { name: 'Pause Data warehouse' }));
    await screen.findByText('Data warehouse was paused');
    await user.click(within(rows[1]).getByRole('button', { name: 'Enable Zapier' }));
    await screen.findByText('Zapier was enabled');
    expect(fake.calls('PATCH /api/v1/oauth-clients/client-1')[0].body).toEqual({ enabled: false });
    expect(fake.calls('PATCH /api/v1/oauth-clients/client-2')[0].body).toEqual({ enabled: true });
    expect(fake.calls('GET /api/v1/oauth-clients')).toHaveLength(3);
  });

  it('creates a client for a service user, with metadata', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Create OAuth client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an OAuth client' });
    await user.type(within(dialog).getByLabelText('Name'), 'Warehouse');
    await user.click(await within(dialog).findByRole('checkbox', { name: /^read-only/ }));
    const ownerPicker = within(dialog).getByLabelText('Owner');
    await within(ownerPicker).findByRole('option', { name: 'CI deploy (service user)' });
    await user.selectOptions(ownerPicker, 'su-1');
    await user.click(within(dialog).getByLabelText('Metadata (optional)'));
    await user.paste('{"system": "snowflake"}');
    await user.click(within(dialog).getByRole('button', { name: 'Create client' }));
    await screen.findByRole('dialog', { name: 'Your new OAuth client' });
    expect(fake.calls('POST /api/v1/oauth-clients')[0].body).toEqual({
      name: 'Warehouse',
      environment: 'development',
      roles: ['read-only'],
      ownerUserId: 'su-1',
      metadata: { system: 'snowflake' },
    });
  });

  it('renames a client', async () => {
    fake.on('PATCH /api/v1/oauth-clients/client-1', ok({ ...ACTIVE, name: 'Warehouse' }));
    const { user, rows } = await renderPage();
    await user.click(within(rows[0]).getByRole('button', { name: 'Edit Data warehouse' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Data warehouse' });
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Warehouse');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Warehouse was saved');
    expect(fake.calls('PATCH /api/v1/oauth-clients/client-1')[0].body).toEqual({
      name: 'Warehouse',
    });
  });
});
