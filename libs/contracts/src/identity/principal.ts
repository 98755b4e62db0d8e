import type { Environment, Permission } from './permissions.js';

export type CredentialType = 'secret_key' | 'publishable_key' | 'oauth_client' | 'session';

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
