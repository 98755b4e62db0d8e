import { AUDIT_ACTIONS } from '@tally/contracts/browser';
import { describe, expect, it } from 'vitest';
import type { AuditEventView } from '../../api/types';
import { describeAction, describeActor, describeTarget, targetName } from './audit-actions';

function event(
  metadata: Record<string, unknown>,
  target: AuditEventView['target'] = { type: 'api_key', id: 'key-1', name: null },
): AuditEventView {
  return {
    id: 'ev-1',
    actor: { type: 'user', id: 'user-1', name: 'ada@acme.test' },
    action: 'key.created',
    target,
    metadata,
    requestId: 'req-1',
    createdAt: '2026-03-15T12:00:00.000Z',
  };
}

type Actor = AuditEventView['actor'];
const actor = (type: Actor['type'], id: string | null, name: string | null = null): Actor => ({
  type,
  id,
  name,
});

describe('describeAction', () => {
  it('says what the known actions did', () => {
    expect(describeAction('account.created')).toBe('created the account');
    expect(describeAction('user.logged_in')).toBe('signed in');
    expect(describeAction('key.created')).toBe('created an API key');
    expect(describeAction('key.revoked')).toBe('revoked an API key');
    expect(describeAction('key.rolled')).toBe('rolled an API key');
    expect(describeAction('role.created')).toBe('created a role');
    expect(describeAction('oauth_client.created')).toBe('created an OAuth client');
    expect(describeAction('oauth_client.revoked')).toBe('revoked an OAuth client');
    expect(describeAction('oauth_token.revoked')).toBe('revoked an access token');
  });

  it('says what happened to creators', () => {
    expect(describeAction('creator.connected')).toBe('connected a creator');
    expect(describeAction('creator.disconnected')).toBe('disconnected a creator');
    expect(describeAction('creator.sync_requested')).toBe('asked for a sync');
    expect(describeAction('creator.synced')).toBe('synced a creator');
    expect(describeAction('creator.sync_failed')).toBe('could not sync a creator');
    expect(describeAction('creator.reauth_required')).toBe(
      'lost access to a creator (must reconnect)',
    );
  });

  it('says what happened to the team, service users, passwords and paused credentials', () => {
    expect(describeAction('member.invited')).toBe('invited a member');
    expect(describeAction('member.role_changed')).toBe('changed the role of a member');
    expect(describeAction('invitation.revoked')).toBe('revoked an invitation');
    expect(describeAction('user.password_reset')).toBe('reset their password');
    expect(describeAction('service_user.disabled')).toBe('disabled a service user');
    expect(describeAction('key.disabled')).toBe('paused an API key');
    expect(describeAction('oauth_client.enabled')).toBe('enabled an OAuth client');
  });

  it('has words of its own for every action the API records', () => {
    const raw = AUDIT_ACTIONS.filter(
      (action) => describeAction(action) === action.replace(/[._]/g, ' '),
    );
    expect(raw).toEqual([]);
  });

  it('shows an unknown action as it is, dots and underscores as spaces', () => {
    expect(describeAction('creator.exported_somewhere')).toBe('creator exported somewhere');
    expect(describeAction('webhook.secret.rotated')).toBe('webhook secret rotated');
    expect(describeAction('plain')).toBe('plain');
  });

  it('says "signed out" for user.logged_out', () => {
    expect(describeAction('user.logged_out')).toBe('signed out');
  });
});

describe('describeActor', () => {
  it('says "You" for the signed-in user, whatever name the log kept', () => {
    expect(describeActor(actor('user', 'user-1', 'ada@acme.test'), 'user-1')).toBe('You');
  });

  it('names another user, a key and an OAuth client as the log kept them', () => {
    expect(describeActor(actor('user', 'user-2', 'bob@acme.test'), 'user-1')).toBe('bob@acme.test');
    expect(
      describeActor(actor('secret_key', 'k1', "API key 'CI deploy' (tly_sk_ab12cd…)"), 'user-1'),
    ).toBe("API key 'CI deploy' (tly_sk_ab12cd…)");
    expect(describeActor(actor('oauth_client', 'c1', "OAuth client 'Zapier'"), 'user-1')).toBe(
      "OAuth client 'Zapier'",
    );
  });

  it('never says "You" for a user without an id, or when no one is signed in', () => {
    expect(describeActor(actor('user', null), undefined)).toBe('A teammate');
    expect(describeActor(actor('user', 'user-1', 'ada@acme.test'), undefined)).toBe(
      'ada@acme.test',
    );
  });

  it('falls back to the kind of actor when no name was kept', () => {
    expect(describeActor(actor('user', 'user-2'), 'user-1')).toBe('A teammate');
    expect(describeActor(actor('secret_key', 'k1'), 'user-1')).toBe('An API key');
    expect(describeActor(actor('publishable_key', 'k2'), 'user-1')).toBe('An API key');
    expect(describeActor(actor('oauth_client', 'c1'), 'user-1')).toBe('An OAuth client');
    expect(describeActor(actor('system', null), 'user-1')).toBe('Tally');
  });
});

describe('targetName', () => {
  it("is the metadata's name when it is a string", () => {
    expect(targetName(event({ name: 'Production backend' }))).toBe('Production backend');
    expect(targetName(event({ name: '' }))).toBe('');
  });

  it('is null otherwise', () => {
    expect(targetName(event({}))).toBeNull();
    expect(targetName(event({ name: 42 }))).toBeNull();
    expect(targetName(event({ name: null }))).toBeNull();
  });
});

describe('describeTarget', () => {
  it('is the name the log kept', () => {
    expect(
      describeTarget(event({}, { type: 'creator', id: 'cr-1', name: '@alice (TikTok)' })),
    ).toBe('@alice (TikTok)');
  });

  it("falls back to the metadata's name, then to the kind and the id's start", () => {
    expect(describeTarget(event({ name: 'old key' }))).toBe('old key');
    expect(
      describeTarget(
        event({}, { type: 'role', id: '9d4b7fcd-0000-4000-8000-000000000000', name: null }),
      ),
    ).toBe('role 9d4b7fcd');
    expect(describeTarget(event({}, { type: null, id: null, name: null }))).toBe('—');
  });
});
