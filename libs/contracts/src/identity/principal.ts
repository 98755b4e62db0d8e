import { z } from 'zod';
import { ENVIRONMENTS, PERMISSIONS } from './permissions.js';

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
export const PrincipalSchema = z.object({
  accountId: z.string().min(1),
  credentialType: z.enum(CREDENTIAL_TYPES),
  /** The key id, OAuth client id or session id: what rate limits and audit logs count by. */
  credentialId: z.string().min(1),
  /** The signed-in user (sessions), or the user the key or OAuth client belongs to. */
  userId: z.string().optional(),
  environment: z.enum(ENVIRONMENTS),
  permissions: z.array(z.enum(PERMISSIONS)),
  expiresAt: z.string().nullable(),
  /** Publishable keys only: browser origins the key may be used from. */
  allowedOrigins: z.array(z.string()).optional(),
});
export type Principal = z.output<typeof PrincipalSchema>;
