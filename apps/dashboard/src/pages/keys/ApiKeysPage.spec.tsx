import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Permission } from '../../api/types';
import { fail, ok, stubApi, type FakeApi, type RecordedRequest } from '../../test/fake-api';
import { apiKey, member, owner, page, serviceUser, whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { ApiKeysPage } from './ApiKeysPage';

const PERMISSIONS: Permission[] = ['creators:read', 'keys:read', 'keys:write', 'users:read'];
const BOT = owner({ id: 'su-1', kind: 'service', name: 'CI deploy' });
const MINE = apiKey({ expiresAt: '2099-01-01T00:00:00.000Z' });
const BOTS = apiKey({
  id: 'key-2',
  name: 'Deploy key',
  owner: BOT,
  enabled: false,
  disabledAt: '2026-03-14T00:00:00.000Z',
  metadata: { team: 'platform' },
  expiresAt: '2099-01-01T00:00:00.000Z',
});
const BOBS = apiKey({
  id: 'key-3',
  name: 'Bob laptop',
  owner: owner({ id: 'user-2', name: 'bob@acme.test', enabled: false }),
  expiresAt: '2099-01-01T00:00:00.000Z',
});

/** The keys the API lists for `?ownerUserId=`, every key without it. */
function keysByOwner(request: RecordedRequest) {
  const ownerUserId = request.query.get('ownerUserId');
  const keys = [MINE, BOTS, BOBS];
  return ok(page(ownerUserId ? keys.filter((key) => key.owner.id === ownerUserId) : keys));
}

let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI({ permissions: PERMISSIONS })),
    'GET /api/v1/keys': keysByOwner,
    'GET /api/v1/members': ok(
      page([member({ id: 'user-1', email: 'ada@acme.test' }), member({ id: 'user-2' })]),
    ),
    'GET /api/v1/service-users': ok(page([serviceUser()])),
    'PATCH /api/v1/keys/key-1': ok({ ...MINE, enabled: false }),
    'PATCH /api/v1/keys/key-2': ok({ ...BOTS, enabled: true }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<ApiKeysPage />, { signedIn: true });
  await screen.findByRole('heading', { name: 'API keys', level: 1 });
  return { user };
}

async function row(name: string) {
  const rows = await screen.findAllByTestId('key-row');
  const found = rows.find((each) =>
    within(each).getByRole('rowheader').textContent?.startsWith(name),
  );
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

function ownerCell(keyRow: HTMLElement): string {
  const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
  const cells = [within(keyRow).getByRole('rowheader'), ...within(keyRow).getAllByRole('cell')];
  return cells[headers.indexOf('Owner')].textContent ?? '';
}

describe('ApiKeysPage', () => {
  it('shows who owns each key: you, a member, or a service user (linked)', async () => {
    await renderPage();
    expect(ownerCell(await row('Production backend'))).toBe('YouMember');
    expect(ownerCell(await row('Bob laptop'))).toBe('bob@acme.testMember');
    const bots = await row('Deploy key');
    expect(ownerCell(bots)).toBe('CI deployService user');
    expect(within(bots).getByRole('link', { name: 'CI deploy' }).getAttribute('href')).toBe(
      '/settings/service-users/su-1',
    );
  });

  it('marks a paused key and a key whose owner is disabled', async () => {
    await renderPage();
    const bots = await row('Deploy key');
    expect(within(bots).getByText('Paused')).toBeTruthy();
    expect(within(bots).queryByText('Owner disabled')).toBeNull();
    const bobs = await row('Bob laptop');
    expect(within(bobs).getByText('Owner disabled')).toBeTruthy();
    expect(within(bobs).queryByText('Paused')).toBeNull();
    expect(within(await row('Production backend')).queryByText(/Paused|Owner disabled/)).toBeNull();
  });

  it('filters by owner: the members and the service users, from the first page', async () => {
    const { user } = await renderPage();
    await screen.findAllByTestId('key-row');
    const filter = screen.getByLabelText('Owner');
    await within(filter).findByRole('option', { name: 'CI deploy (service user)' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Every owner', 'You', 'bob@acme.test', 'CI deploy (service user)']);
    expect(fake.calls('GET /api/v1/members')[0].query.get('limit')).toBe('100');

    await user.selectOptions(filter, 'su-1');
    await vi.waitFor(async () => expect(await screen.findAllByTestId('key-row')).toHaveLength(1));
    const last = fake.calls('GET /api/v1/keys').at(-1);
    expect(last?.query.get('ownerUserId')).toBe('su-1');
    expect(last?.query.get('cursor')).toBeNull();

    await user.selectOptions(filter, '');
    await vi.waitFor(async () => expect(await screen.findAllByTestId('key-row')).toHaveLength(3));
    expect(fake.calls('GET /api/v1/keys').at(-1)?.query.has('ownerUserId')).toBe(false);
  });

  it('says so when an owner has no keys, without offering to create one', async () => {
    fake.on('GET /api/v1/keys', (request) =>
      ok(page(request.query.get('ownerUserId') ? [] : [MINE])),
    );
    const { user } = await renderPage();
    await screen.findAllByTestId('key-row');
    const filter = screen.getByLabelText('Owner');
    await within(filter).findByRole('option', { name: 'bob@acme.test' });
    await user.selectOptions(filter, 'user-2');
    await screen.findByText('No API keys for this owner');
    expect(screen.queryByRole('button', { name: 'Create your first key' })).toBeNull();
  });

  it('offers only you to filter by without users:read, and asks nothing about users', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI({ permissions: ['keys:read'] })));
    await renderPage();
    await screen.findAllByTestId('key-row');
    expect(
      within(screen.getByLabelText('Owner'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Every owner', 'You']);
    expect(fake.calls('GET /api/v1/members')).toHaveLength(0);
    expect(fake.calls('GET /api/v1/service-users')).toHaveLength(0);
  });

  it('pauses a key and enables a paused one, reloading the list', async () => {
    const { user } = await renderPage();
    await user.click(
      within(await row('Production backend')).getByRole('button', {
        name: 'Pause Production backend',
      }),
    );
    await screen.findByText('Production backend was paused');
    expect(fake.calls('PATCH /api/v1/keys/key-1').map((request) => request.body)).toEqual([
      { enabled: false },
    ]);
    expect(fake.calls('PATCH /api/v1/keys/key-1')[0].headers['x-csrf-token']).toBe('csrf-token-1');

    await user.click(
      within(await row('Deploy key')).getByRole('button', { name: 'Enable Deploy key' }),
    );
    await screen.findByText('Deploy key was enabled');
    expect(fake.calls('PATCH /api/v1/keys/key-2').map((request) => request.body)).toEqual([
      { enabled: true },
    ]);
    expect(fake.calls('GET /api/v1/keys')).toHaveLength(3);
  });

  it('offers no roll for a paused key', async () => {
    await renderPage();
    expect(within(await row('Deploy key')).queryByRole('button', { name: /^Roll/ })).toBeNull();
    expect(
      within(await row('Production backend')).getByRole('button', { name: /^Roll/ }),
    ).toBeTruthy();
  });

  it('says why pausing failed', async () => {
    fake.on('PATCH /api/v1/keys/key-1', fail(503, 'service_unavailable'));
    const { user } = await renderPage();
    await user.click(
      within(await row('Production backend')).getByRole('button', {
        name: 'Pause Production backend',
      }),
    );
    await screen.findByText('Part of Tally is not answering right now. Try again in a moment.');
  });

  it('edits the name and the metadata, checking the JSON and sending what changed', async () => {
    const { user } = await renderPage();
    await user.click(
      within(await row('Deploy key')).getByRole('button', { name: 'Edit Deploy key' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit Deploy key' });
    const metadata = within(dialog).getByLabelText('Metadata (optional)');
    expect(metadata).toHaveProperty('value', '{\n  "team": "platform"\n}');

    await user.clear(metadata);
    await user.paste('["platform"]');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(dialog.textContent).toContain('Write a JSON object, like {"team": "billing"}.');
    expect(metadata.getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls('PATCH /api/v1/keys/key-2')).toHaveLength(0);

    await user.clear(metadata);
    await user.paste('{"team": "platform", "ticket": 42}');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Deploy key was saved');
    expect(fake.calls('PATCH /api/v1/keys/key-2').map((request) => request.body)).toEqual([
      { metadata: { team: 'platform', ticket: 42 } },
    ]);
  });

  it('refuses metadata over 4096 bytes before sending it', async () => {
    const { user } = await renderPage();
    await user.click(
      within(await row('Deploy key')).getByRole('button', { name: 'Edit Deploy key' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit Deploy key' });
    const metadata = within(dialog).getByLabelText('Metadata (optional)');
    await user.clear(metadata);
    // {"notes":"…"} is 12 bytes around the value.
    await user.paste(JSON.stringify({ notes: 'x'.repeat(4090) }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(dialog.textContent).toContain('Keep it to 4096 bytes of JSON at most (this is 4102).');
    expect(fake.calls('PATCH /api/v1/keys/key-2')).toHaveLength(0);
  });

  it('sends nothing when nothing changed', async () => {
    const { user } = await renderPage();
    await user.click(
      within(await row('Deploy key')).getByRole('button', { name: 'Edit Deploy key' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit Deploy key' });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls('PATCH /api/v1/keys/key-2')).toHaveLength(0);
  });

  it('offers no changes without keys:write', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI({ permissions: ['keys:read', 'users:read'] })));
    await renderPage();
    await screen.findAllByTestId('key-row');
    expect(screen.queryByRole('button', { name: /^(Pause|Enable|Edit|Roll|Revoke) / })).toBeNull();
  });
});
