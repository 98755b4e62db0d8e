import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatedApiKey } from '../../api/types';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { apiKey, BUILT_IN_ROLES, page, serviceUser, whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { CreateKeyDialog } from './CreateKeyDialog';

const CREATED: CreatedApiKey = {
  ...apiKey({
    id: 'key-new',
    name: 'Reporting',
    environment: 'production',
    start: 'tly_sk_live_Xy',
  }),
  key: 'tly_sk_live_XyZsecretsecretsecret',
};

let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  fake = stubApi({
    // Creators and keys, but not oauth-clients:write or account:admin.
    'GET /api/v1/users/me': ok(whoAmI()),
    'GET /api/v1/roles': ok(BUILT_IN_ROLES),
    'POST /api/v1/keys': ok(CREATED, 201),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

async function renderDialog() {
  const user = userEvent.setup();
  const onClose = vi.fn();
  const onCreated = vi.fn();
  renderInSession(<CreateKeyDialog open onClose={onClose} onCreated={onCreated} />, {
    signedIn: true,
  });
  const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
  // The roles have loaded.
  await within(dialog).findByRole('checkbox', { name: /^read-only/ });
  return { user, onClose, onCreated, dialog };
}

/** Opens the dialog the way the keys page does. */
function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        New key
      </button>
      <CreateKeyDialog open={open} onClose={() => setOpen(false)} onCreated={() => {}} />
    </>
  );
}

function roleChoices(dialog: HTMLElement): string[] {
  return within(dialog)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.querySelector('.checkbox-label')?.textContent ?? '');
}

function text(dialog: HTMLElement): string {
  return dialog.textContent ?? '';
}

describe('CreateKeyDialog', () => {
  it('offers only the roles the user may grant', async () => {
    const { dialog } = await renderDialog();
    expect(roleChoices(dialog)).toEqual(['read-only', 'creators-manager']);
  });

  it("shows each role's description from the API, with its permissions as a second line", async () => {
    const { dialog } = await renderDialog();
    const choice = within(dialog)
      .getByRole('checkbox', { name: /^read-only/ })
      .closest('label');
    expect(choice?.querySelector('.checkbox-description')?.textContent).toBe('read-only (test)');
    expect(choice?.querySelector('.checkbox-detail')?.textContent).toBe('creators:read');
  });

  it('sends nothing without a name and a role, and says what is missing', async () => {
    const { user, dialog } = await renderDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(text(dialog)).toContain('Give it a name you will recognise later.');
    expect(text(dialog)).toContain('Choose at least one role.');
    expect(within(dialog).getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');

    await user.type(within(dialog).getByLabelText('Name'), 'Reporting');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(text(dialog)).not.toContain('Give it a name you will recognise later.');
    expect(text(dialog)).toContain('Choose at least one role.');

    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), '   ');
    await user.click(within(dialog).getByRole('checkbox', { name: /^read-only/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(text(dialog)).toContain('Give it a name you will recognise later.');
    expect(text(dialog)).not.toContain('Choose at least one role.');

    expect(fake.calls('POST /api/v1/keys')).toHaveLength(0);
  });

  it('limits a publishable key to creators:read and asks for its origins', async () => {
    const { user, dialog } = await renderDialog();
    expect(within(dialog).queryByLabelText('Allowed origins')).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: /^creators-manager/ }));

    await user.selectOptions(within(dialog).getByLabelText('Type'), 'publishable');
    expect(roleChoices(dialog)).toEqual(['read-only']);
    expect(text(dialog)).toContain('A publishable key may only read creators.');
    // Changing the type drops the roles chosen for the other one.
    expect(within(dialog).getByRole('checkbox', { name: /^read-only/ })).toHaveProperty(
      'checked',
      false,
    );

    await user.type(within(dialog).getByLabelText('Name'), 'Website');
    await user.click(within(dialog).getByRole('checkbox', { name: /^read-only/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(text(dialog)).toContain('Add the origins of the web pages that will use this key.');
    const origins = within(dialog).getByLabelText('Allowed origins');
    expect(origins.getAttribute('aria-invalid')).toBe('true');

    await user.type(origins, 'https://app.example.com{Enter}app.example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(text(dialog)).toContain(
      '"app.example.com" is not an origin: write it like https://app.example.com',
    );
    expect(fake.calls('POST /api/v1/keys')).toHaveLength(0);

    await user.clear(origins);
    await user.type(origins, 'https://app.example.com/{Enter}http://localhost:5173');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    await screen.findByRole('dialog', { name: 'Your new API key' });
    const [request] = fake.calls('POST /api/v1/keys');
    expect(request.body).toEqual({
      name: 'Website',
      type: 'publishable',
      environment: 'development',
      roles: ['read-only'],
      expiresInDays: 90,
      allowedOrigins: ['https://app.example.com', 'http://localhost:5173'],
    });
  });

  it('creates the key, then shows it once with a warning', async () => {
    const { user, dialog, onCreated, onClose } = await renderDialog();
    await user.type(within(dialog).getByLabelText('Name'), '  Reporting  ');
    await user.selectOptions(within(dialog).getByLabelText('Environment'), 'production');
    await user.selectOptions(within(dialog).getByLabelText('Expires after'), '30');
    await user.click(within(dialog).getByRole('checkbox', { name: /^creators-manager/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));

    const shown = await screen.findByRole('dialog', { name: 'Your new API key' });
    const [request] = fake.calls('POST /api/v1/keys');
    expect(request.body).toEqual({
      name: 'Reporting',
      type: 'secret',
      environment: 'production',
      roles: ['creators-manager'],
      expiresInDays: 30,
    });
    expect(request.headers['x-csrf-token']).toBe('csrf-token-1');
    expect(onCreated).toHaveBeenCalledTimes(1);

    expect(within(shown).getByTestId('secret-value').textContent).toBe(CREATED.key);
    expect(within(shown).getByRole('note').textContent).toBe(
      'Copy the API key now. For your security it will not be shown again.',
    );
    expect(text(shown)).toContain('Reporting (production) is ready.');

    // Escape (the dialog's cancel event) does not close it while the key is on screen.
    fireEvent(shown, new Event('cancel', { cancelable: true }));
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('secret-value')).toBeNull();
  });

  it('says why the API refused, and keeps the form', async () => {
    fake.on(
      'POST /api/v1/keys',
      fail(400, 'validation_failed', 'Validation failed.', {
        details: [
          { field: 'name', reason: 'name must be shorter than or equal to 100 characters' },
        ],
      }),
    );
    const { user, dialog, onCreated } = await renderDialog();
    await user.type(within(dialog).getByLabelText('Name'), 'Reporting');
    await user.click(within(dialog).getByRole('checkbox', { name: /^read-only/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Please check the form: name must be shorter than or equal to 100 characters.',
    );
    expect(text(dialog)).toContain('name must be shorter than or equal to 100 characters');
    expect(onCreated).not.toHaveBeenCalled();
    expect(screen.queryByTestId('secret-value')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Create key' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('says so when the roles cannot be loaded', async () => {
    fake.on('GET /api/v1/roles', fail(403, 'insufficient_scope', 'needs keys:read'));
    const user = userEvent.setup();
    renderInSession(<CreateKeyDialog open onClose={vi.fn()} onCreated={vi.fn()} />, {
      signedIn: true,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Your role does not allow this. Ask an owner or admin of the account.',
    );
    expect(within(dialog).queryAllByRole('checkbox')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(fake.calls('POST /api/v1/keys')).toHaveLength(0);
  });

  it('offers no owner but yourself without users:read, and asks nothing about users', async () => {
    const { dialog } = await renderDialog();
    expect(within(dialog).queryByLabelText('Owner')).toBeNull();
    expect(fake.calls('GET /api/v1/service-users')).toHaveLength(0);
  });

  it('creates a key for an enabled service user chosen as its owner', async () => {
    fake.on(
      'GET /api/v1/users/me',
      ok(whoAmI({ permissions: ['creators:read', 'keys:read', 'keys:write', 'users:read'] })),
    );
    fake.on(
      'GET /api/v1/service-users',
      ok(page([serviceUser(), serviceUser({ id: 'su-2', name: 'Old cron', enabled: false })])),
    );
    const { user, dialog } = await renderDialog();
    const owner = within(dialog).getByLabelText('Owner');
    await within(owner).findByRole('option', { name: 'CI deploy (service user)' });
    expect(
      within(owner)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['You', 'CI deploy (service user)']);
    await user.type(within(dialog).getByLabelText('Name'), 'Deploys');
    await user.click(within(dialog).getByRole('checkbox', { name: /^read-only/ }));
    await user.selectOptions(owner, 'su-1');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));

    await screen.findByRole('dialog', { name: 'Your new API key' });
    expect(fake.calls('POST /api/v1/keys')[0].body).toMatchObject({
      name: 'Deploys',
      ownerUserId: 'su-1',
    });
  });

  it('checks the metadata is a JSON object, then sends it', async () => {
    const { user, dialog } = await renderDialog();
    await user.type(within(dialog).getByLabelText('Name'), 'Reporting');
    await user.click(within(dialog).getByRole('checkbox', { name: /^read-only/ }));
    const metadata = within(dialog).getByLabelText('Metadata (optional)');
    await user.click(metadata);
    await user.paste('{"team": billing}');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(text(dialog)).toContain(
      'This is not valid JSON. Write an object, like {"team": "billing"}.',
    );
    expect(fake.calls('POST /api/v1/keys')).toHaveLength(0);

    await user.clear(metadata);
    await user.paste('{"team": "billing"}');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    await screen.findByRole('dialog', { name: 'Your new API key' });
    expect(fake.calls('POST /api/v1/keys')[0].body).toEqual({
      name: 'Reporting',
      type: 'secret',
      environment: 'development',
      roles: ['read-only'],
      expiresInDays: 90,
      metadata: { team: 'billing' },
    });
  });

  it('loads the roles only once opened; Cancel and Escape close it and clear the form', async () => {
    const user = userEvent.setup();
    renderInSession(<Harness />, { signedIn: true });
    await user.click(await screen.findByRole('button', { name: 'New key' }));
    expect(fake.calls('GET /api/v1/roles')).toHaveLength(1);

    let dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    await user.type(within(dialog).getByLabelText('Name'), 'Half done');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'New key' }));
    dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    expect(within(dialog).getByLabelText('Name')).toHaveProperty('value', '');
    expect(text(dialog)).not.toContain('Choose at least one role.');

    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls('POST /api/v1/keys')).toHaveLength(0);
  });
});
