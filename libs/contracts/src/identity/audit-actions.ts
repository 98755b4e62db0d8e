/**
 * What the audit log records, browser-safe: the dashboard's filters list the
 * same actions the gateway accepts in `?action=`.
 */
export const AUDIT_ACTIONS = [
  'account.created',
  'user.logged_in',
  'user.logged_out',
  'key.created',
  'key.revoked',
  'key.rolled',
  'key.updated',
  'key.disabled',
  'key.enabled',
  'member.invited',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'invitation.revoked',
  'user.password_changed',
  'user.password_reset_requested',
  'user.password_reset',
  'service_user.created',
  'service_user.updated',
  'service_user.disabled',
  'service_user.enabled',
  'service_user.deleted',
  'role.created',
  'oauth_client.created',
  'oauth_client.revoked',
  'oauth_client.updated',
  'oauth_client.disabled',
  'oauth_client.enabled',
  'oauth_token.revoked',
  'creator.connected',
  'creator.disconnected',
  'creator.sync_requested',
  'creator.synced',
  'creator.sync_failed',
  'creator.reauth_required',
  'connect.redirect_urls_replaced',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `key.*` and the like: every action on one kind of target. */
export const AUDIT_ACTION_PREFIXES = [
  ...new Set(AUDIT_ACTIONS.map((action) => action.slice(0, action.indexOf('.')))),
].map((resource) => `${resource}.*`);

/** Who can act: a user (dashboard session), a key, an OAuth client, or Tally itself. */
export const AUDIT_ACTOR_TYPES = [
  'user',
  'secret_key',
  'publishable_key',
  'oauth_client',
  'system',
] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

// Zod schemas (not for the browser bundle) in audit-messages.ts; the types are erased at build time.
export type { AuditActorRef, AuditEventView } from './audit-messages.js';
