import { describe, expect, it } from 'vitest';
import type { AuditEventView } from '../../api/types';
import { describeAction, describeActor, targetName } from './audit-actions';

function event(metadata: Record<string, unknown>): AuditEventView {
  return {
    id: 'ev-1',
    actor: { type: 'user', id: 'user-1' },
    action: 'key.created',
    target: { type: 'key', id: 'key-1' },
    metadata,
    requestId: 'req-1',
    createdAt: '2026-03-15T12:00:00.000Z',
  };
}

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

  it('shows an unknown action as it is, dots and underscores as spaces', () => {
    expect(describeAction('creator.sync_failed')).toBe('creator sync failed');
    expect(describeAction('webhook.secret.rotated')).toBe('webhook secret rotated');
    expect(describeAction('plain')).toBe('plain');
  });

  it('says "signed out" for user.logged_out', () => {
    expect(describeAction('user.logged_out')).toBe('signed out');
  });
});

describe('describeActor', () => {
  it('says "You" for the signed-in user, "A teammate" for another', () => {
    expect(describeActor({ type: 'user', id: 'user-1' }, 'user-1')).toBe('You');
    expect(describeActor({ type: 'user', id: 'user-2' }, 'user-1')).toBe('A teammate');
  });

  it('never says "You" for a user without an id, or when no one is signed in', () => {
    expect(describeActor({ type: 'user', id: null }, undefined)).toBe('A teammate');
    expect(describeActor({ type: 'user', id: 'user-1' }, undefined)).toBe('A teammate');
  });

  it('names keys, OAuth clients and Tally itself', () => {
    expect(describeActor({ type: 'secret_key', id: 'k1' }, 'user-1')).toBe('An API key');
    expect(describeActor({ type: 'publishable_key', id: 'k2' }, 'user-1')).toBe('An API key');
    expect(describeActor({ type: 'oauth_client', id: 'c1' }, 'user-1')).toBe('An OAuth client');
    expect(describeActor({ type: 'system', id: null }, 'user-1')).toBe('Tally');
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
