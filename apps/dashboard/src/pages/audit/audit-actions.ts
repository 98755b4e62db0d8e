import type { AuditEventView } from '../../api/types';

const ACTION_WORDS: Record<string, string> = {
  'account.created': 'created the account',
  'user.logged_in': 'signed in',
  'user.logged_out': 'signed out',
  'key.created': 'created an API key',
  'key.revoked': 'revoked an API key',
  'key.rolled': 'rolled an API key',
  'key.updated': 'changed an API key',
  'key.disabled': 'paused an API key',
  'key.enabled': 'enabled an API key',
  'member.invited': 'invited a member',
  'member.joined': 'joined the account',
  'member.role_changed': 'changed the role of a member',
  'member.removed': 'removed a member',
  'invitation.revoked': 'revoked an invitation',
  'user.password_changed': 'changed their password',
  'user.password_reset_requested': 'asked for a password reset link',
  'user.password_reset': 'reset their password',
  'service_user.created': 'created a service user',
  'service_user.updated': 'changed a service user',
  'service_user.disabled': 'disabled a service user',
  'service_user.enabled': 'enabled a service user',
  'service_user.deleted': 'deleted a service user',
  'role.created': 'created a role',
  'oauth_client.created': 'created an OAuth client',
  'oauth_client.revoked': 'revoked an OAuth client',
  'oauth_client.updated': 'changed an OAuth client',
  'oauth_client.disabled': 'paused an OAuth client',
  'oauth_client.enabled': 'enabled an OAuth client',
  'oauth_token.revoked': 'revoked an access token',
  'creator.connected': 'connected a creator',
  'creator.disconnected': 'disconnected a creator',
  'creator.sync_requested': 'asked for a sync',
  'creator.synced': 'synced a creator',
  'creator.sync_failed': 'could not sync a creator',
  'creator.reauth_required': 'lost access to a creator (must reconnect)',
  'connect.redirect_urls_replaced': 'changed the redirect URLs',
};

/** "created an API key" for `key.created`; unknown actions as they are, dots to spaces. */
export function describeAction(action: string): string {
  return ACTION_WORDS[action] ?? action.replace(/[._]/g, ' ');
}

/**
 * The actor as a person reads it: "You" for the signed-in user, else the name
 * the log kept ("alice@example.com", "API key 'CI deploy' (tly_sk_ab12cd…)"),
 * else what kind of actor it was.
 */
export function describeActor(
  actor: AuditEventView['actor'],
  myUserId: string | undefined,
): string {
  if (actor.type === 'user' && actor.id && actor.id === myUserId) return 'You';
  if (actor.name) return actor.name;
  if (actor.type === 'user') return 'A teammate';
  if (actor.type === 'secret_key' || actor.type === 'publishable_key') return 'An API key';
  if (actor.type === 'oauth_client') return 'An OAuth client';
  return 'Tally';
}

/** The name the event's metadata gives its target, when it gives one. */
export function targetName(event: AuditEventView): string | null {
  const name = event.metadata.name;
  return typeof name === 'string' ? name : null;
}

/** The target as the log named it; events from before names were kept fall back to their metadata, then the raw id. */
export function describeTarget(event: AuditEventView): string {
  const name = event.target.name ?? targetName(event);
  if (name !== null) return name;
  return event.target.type
    ? `${event.target.type} ${event.target.id?.slice(0, 8) ?? ''}`.trim()
    : '—';
}
