import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatedInvitation, Permission } from '../../api/types';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { invitation, member, page, whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { TeamPage } from './TeamPage';

const ADMIN: Permission[] = ['users:read', 'users:write', 'keys:read'];
const OWNER: Permission[] = [...ADMIN, 'account:admin'];

const MEMBERS = [
  member({ id: 'user-1', email: 'ada@acme.test', accountRole: 'admin' }),
  member({ id: 'user-0', email: 'olga@acme.test', accountRole: 'owner' }),
  member({ id: 'user-2', email: 'bob@acme.test', accountRole: 'member', lastLoginAt: null }),
];
const INVITATIONS = [
  invitation(),
  invitation({ id: 'inv-2', email: 'dan@acme.test', accountRole: 'owner', invitedBy: null }),
];
const LINK = 'http://localhost:3000/accept-invitation#token=inv_tok_secret';
const CREATED: CreatedInvitation = {
  ...invitation({ id: 'inv-new', email: 'erin@acme.test', accountRole: 'admin' }),
  emailSent: false,
  link: LINK,
};

let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI({ permissions: ADMIN })),
    'GET /api/v1/members': ok(page(MEMBERS)),
    'GET /api/v1/invitations': ok(page(INVITATIONS)),
    'POST /api/v1/invitations': ok(CREATED, 201),
    'PATCH /api/v1/members/user-2': ok({ ...MEMBERS[2], accountRole: 'admin' }),
    'DELETE /api/v1/members/user-2': ok({
      removed: true,
      sessionsEnded: 1,
      keysRevoked: 2,
      oauthClientsRevoked: 1,
    }),
    'DELETE /api/v1/invitations/inv-1': ok({ revoked: true }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

async function renderPage(permissions: Permission[] = ADMIN) {
  fake.on('GET /api/v1/users/me', ok(whoAmI({ permissions })));
  const user = userEvent.setup();
  renderInSession(<TeamPage />, { signedIn: true });
  await screen.findByRole('heading', { name: 'Team', level: 1 });
  return { user };
}

async function memberRow(email: string) {
  const rows = await screen.findAllByTestId('member-row');
  const row = rows.find((each) =>
    within(each).queryByRole('rowheader', { name: new RegExp(email) }),
  );
  if (!row) throw new Error(`no row for ${email}`);
  return row;
}

async function openInvite(user: ReturnType<typeof userEvent.setup>) {
  await screen.findAllByTestId('member-row');
  await user.click(screen.getByRole('button', { name: 'Invite member' }));
  return screen.findByRole('dialog', { name: 'Invite a member' });
}

describe('TeamPage', () => {
  it('lists the members, you among them, and the pending invitations', async () => {
    await renderPage();
    const ada = await memberRow('ada@acme.test');
    expect(within(ada).getByText('You')).toBeTruthy();
    expect(ada.textContent).toContain('Admin');
    const bob = await memberRow('bob@acme.test');
    expect(bob.textContent).toContain('never');
    const invitations = await screen.findAllByTestId('invitation-row');
    expect(invitations.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'carol@acme.test',
      'dan@acme.test',
    ]);
    expect(invitations[0].textContent).toContain('ada@acme.test');
    expect(fake.calls('GET /api/v1/members')[0].query.get('limit')).toBe('20');
  });

  it('leaves owners and yourself alone without account:admin', async () => {
    await renderPage();
    const olga = await memberRow('olga@acme.test');
    expect(within(olga).queryByRole('button')).toBeNull();
    const ada = await memberRow('ada@acme.test');
    expect(within(ada).queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(
      within(ada).getByRole('button', { name: 'Change the role of ada@acme.test' }),
    ).toBeTruthy();
    const [, ownerInvitation] = await screen.findAllByTestId('invitation-row');
    expect(within(ownerInvitation).queryByRole('button')).toBeNull();
  });

  it('lets an owner change and remove owners', async () => {
    await renderPage(OWNER);
    const olga = await memberRow('olga@acme.test');
    expect(within(olga).getByRole('button', { name: 'Remove olga@acme.test' })).toBeTruthy();
    expect(
      within(olga).getByRole('button', { name: 'Change the role of olga@acme.test' }),
    ).toBeTruthy();
  });

  it('checks the email before inviting, and offers the owner role only to owners', async () => {
    const { user } = await renderPage();
    const dialog = await openInvite(user);
    const roles = within(dialog)
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'));
    expect(roles).toEqual(['admin', 'member']);
    await user.type(within(dialog).getByLabelText('Email'), 'erin@acme');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(dialog.textContent).toContain('Enter your email address, like you@company.com.');
    expect(fake.calls('POST /api/v1/invitations')).toHaveLength(0);
  });

  it('shows the link once when no email was sent, with a copy button', async () => {
    const { user } = await renderPage();
    const dialog = await openInvite(user);
    await user.type(within(dialog).getByLabelText('Email'), ' erin@acme.test ');
    await user.selectOptions(within(dialog).getByLabelText('Account role'), 'admin');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    const shown = await screen.findByRole('dialog', { name: 'Invitation created' });
    const [request] = fake.calls('POST /api/v1/invitations');
    expect(request.body).toEqual({ email: 'erin@acme.test', accountRole: 'admin' });
    expect(request.headers['x-csrf-token']).toBe('csrf-token-1');
    expect(within(shown).getByTestId('secret-value').textContent).toBe(LINK);
    expect(within(shown).getByTestId('invitation-note').textContent).toMatch(
      /^No email was sent; pass this link on to erin@acme\.test\. It works once, until /,
    );
    expect(within(shown).getByRole('button', { name: 'Copy invitation link' })).toBeTruthy();
    // The invitations start again from their first page.
    expect(fake.calls('GET /api/v1/invitations')).toHaveLength(2);

    // Escape does not close it while the link is on screen; the button does, for good.
    fireEvent(shown, new Event('cancel', { cancelable: true }));
    expect(screen.getByRole('dialog', { name: 'Invitation created' })).toBeTruthy();
    await user.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByTestId('secret-value')).toBeNull();
    expect(document.body.textContent).not.toContain(LINK);
  });

  it('says the invitation was emailed, and shows no link', async () => {
    fake.on('POST /api/v1/invitations', ok({ ...CREATED, emailSent: true, link: null }, 201));
    const { user } = await renderPage();
    const dialog = await openInvite(user);
    await user.type(within(dialog).getByLabelText('Email'), 'erin@acme.test');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    await screen.findByText('Invitation sent to erin@acme.test');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByTestId('secret-value')).toBeNull();
  });

  it('changes the role of a member', async () => {
    const { user } = await renderPage();
    const bob = await memberRow('bob@acme.test');
    await user.click(within(bob).getByRole('button', { name: 'Change the role of bob@acme.test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the role of bob@acme.test' });
    await user.selectOptions(within(dialog).getByLabelText('Account role'), 'admin');
    await user.click(within(dialog).getByRole('button', { name: 'Save role' }));
    await screen.findByText('bob@acme.test is now admin');
    expect(fake.calls('PATCH /api/v1/members/user-2').map((request) => request.body)).toEqual([
      { accountRole: 'admin' },
    ]);
    expect(fake.calls('GET /api/v1/members')).toHaveLength(2);
  });

  it('says why a role change was refused (the last owner), in the dialog', async () => {
    fake.on(
      'PATCH /api/v1/members/user-2',
      fail(409, 'conflict', 'The account must keep at least one owner.'),
    );
    const { user } = await renderPage();
    const bob = await memberRow('bob@acme.test');
    await user.click(within(bob).getByRole('button', { name: 'Change the role of bob@acme.test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the role of bob@acme.test' });
    await user.selectOptions(within(dialog).getByLabelText('Account role'), 'admin');
    await user.click(within(dialog).getByRole('button', { name: 'Save role' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The account must keep at least one owner.',
    );
  });

  it('warns that removing revokes what they own, suggests a service user, then removes', async () => {
    const { user } = await renderPage();
    const bob = await memberRow('bob@acme.test');
    await user.click(within(bob).getByRole('button', { name: 'Remove bob@acme.test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove bob@acme.test?' });
    expect(dialog.textContent).toContain('They are signed out at once');
    expect(dialog.textContent).toContain('The API keys and OAuth clients they own are revoked');
    expect(within(dialog).getByRole('link', { name: 'service user' }).getAttribute('href')).toBe(
      '/settings/service-users',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.calls('DELETE /api/v1/members/user-2')).toHaveLength(0);

    await user.click(within(bob).getByRole('button', { name: 'Remove bob@acme.test' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Remove bob@acme.test?' })).getByRole(
        'button',
        { name: 'Remove member' },
      ),
    );
    await screen.findByText('bob@acme.test was removed; 2 API keys and 1 OAuth client revoked');
    expect(fake.calls('DELETE /api/v1/members/user-2')).toHaveLength(1);
    expect(fake.calls('GET /api/v1/members')).toHaveLength(2);
  });

  it('revokes an invitation after asking', async () => {
    const { user } = await renderPage();
    const [carol] = await screen.findAllByTestId('invitation-row');
    await user.click(
      within(carol).getByRole('button', { name: 'Revoke the invitation of carol@acme.test' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke the invitation of carol@acme.test?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));
    await screen.findByText('The invitation of carol@acme.test was revoked');
    expect(fake.calls('DELETE /api/v1/invitations/inv-1')).toHaveLength(1);
  });

  it('shows the team read-only without users:write', async () => {
    await renderPage(['users:read']);
    await screen.findAllByTestId('member-row');
    expect(document.body.textContent).toContain(
      'Your role can see the team but not change it: that takes the users:write permission.',
    );
    expect(screen.queryByRole('button', { name: 'Invite member' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove|^Change the role|^Revoke/ })).toBeNull();
  });

  it('asks nothing of the API without users:read', async () => {
    await renderPage(['creators:read']);
    expect(document.body.textContent).toContain(
      'Your role cannot see the team: that takes the users:read permission.',
    );
    expect(fake.calls('GET /api/v1/members')).toHaveLength(0);
    expect(fake.calls('GET /api/v1/invitations')).toHaveLength(0);
  });
});
