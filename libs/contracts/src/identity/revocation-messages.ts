import { z } from 'zod';

/** The credentials a gateway caches or checks on its own, which identity can take back. */
export const REVOKED_CREDENTIAL_KINDS = [
  'api_key',
  'session',
  'oauth_token',
  'oauth_client',
] as const;
export type RevokedCredentialKind = (typeof REVOKED_CREDENTIAL_KINDS)[number];

/**
 * One credential taken back: a key revoked or cut short by a roll, a session
 * ended, an access token or an OAuth client revoked.
 */
export const RevocationSchema = z.object({
  kind: z.enum(REVOKED_CREDENTIAL_KINDS),
  /** The key's id, the session's id, the token's `jti` or the OAuth client's id. */
  credentialId: z.string(),
  /** From then on the credential is refused anyway (it, or every token it issued, has expired). */
  forgetAfter: z.iso.datetime({ offset: true }),
  /**
   * When it was taken back. An OAuth client's tokens issued before then are
   * refused; a client enabled again gets new ones that work. Absent from older
   * identities: then every token of the client is refused until `forgetAfter`.
   */
  recordedAt: z.iso.datetime({ offset: true }).optional(),
});
export type Revocation = z.output<typeof RevocationSchema>;

/**
 * A gateway's "what was revoked since I last asked?". `after` is the cursor of
 * its last answer, 0 at start: then the answer holds every revocation that
 * still matters.
 */
export const RevocationsSinceRequestSchema = z.strictObject({
  after: z.int().min(0),
});

export const RevocationChangesSchema = z.object({
  /** Oldest first, in the order identity committed them. */
  revocations: z.array(RevocationSchema),
  /** The `after` of the next question. */
  cursor: z.int().min(0),
  /** More revocations follow this page: ask again at once. */
  more: z.boolean(),
});
export type RevocationChanges = z.output<typeof RevocationChangesSchema>;
