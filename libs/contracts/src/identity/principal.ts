import type { Environment, Permission } from './permissions.js';

/** What a caller proved itself with. */
export const CREDENTIAL_TYPES = [
  'secret_key',
  'publishable_key',
  'oauth_client',
  'session',
] as const;
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

/**
 * Who is calling, as the gateway established it. Every request to a service
 * carries it, so that services scope every query to `accountId`.
 */
export interface Principal {
  accountId: string;
  credentialType: CredentialType;
  /** The key id, OAuth client id or session id: what rate limits and audit logs count by. */
  credentialId: string;
  /** The signed-in user (sessions) or the user who created the key, when known. */
  userId?: string;
  environment: Environment;
  permissions: Permission[];
  expiresAt: string | null;
  /** Publishable keys only: browser origins the key may be used from. */
  allowedOrigins?: string[];
}
