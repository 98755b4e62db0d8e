import type { AuditEventView } from '../../api/types';

const ACTION_WORDS: Record<string, string> = {
  'account.created': 'created the account',
  'user.logged_in': 'signed in',
  'user.logged_out': 'signed out',
  'key.created': 'created an API key',
  'key.revoked': 'revoked an API key',
  'key.rolled': 'rolled an API key',
  'role.created': 'created a role',
  'oauth_client.created': 'created an OAuth client',
  'oauth_client.revoked': 'revoked an OAuth client',
  'oauth_token.revoked': 'revoked an access token',
};

/** "created an API key" for `key.created`; unknown actions as they are, dots to spaces. */
export function describeAction(action: string): string {
  return ACTION_WORDS[action] ?? action.replace(/[._]/g, ' ');
}

export function describeActor(
  actor: AuditEventView['actor'],
  myUserId: string | undefined,
): string {
  if (actor.type === 'user') return actor.id && actor.id === myUserId ? 'You' : 'A teammate';
  if (actor.type === 'secret_key' || actor.type === 'publishable_key') return 'An API key';
  if (actor.type === 'oauth_client') return 'An OAuth client';
  return 'Tally';
}

/** The name the event's metadata gives its target, when it gives one. */
export function targetName(event: AuditEventView): string | null {
  const name = event.metadata.name;
  return typeof name === 'string' ? name : null;
}
