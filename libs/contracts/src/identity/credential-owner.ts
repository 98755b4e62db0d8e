import { z } from 'zod';
import { uuidText } from '../http/formats.js';

/** The largest `metadata` a key or an OAuth client keeps, as UTF-8 JSON. */
export const MAX_CREDENTIAL_METADATA_BYTES = 4096;

function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Free-form notes a customer keeps on a key or an OAuth client (a JSON object up to 4 KB). */
export const CredentialMetadataSchema = z
  .record(z.string().max(200), z.unknown())
  .refine(
    (value) => jsonBytes(value) <= MAX_CREDENTIAL_METADATA_BYTES,
    `metadata must be at most ${MAX_CREDENTIAL_METADATA_BYTES} bytes of JSON`,
  )
  .describe(
    `Free-form JSON object of your own (a team, a machine, a ticket), at most ${MAX_CREDENTIAL_METADATA_BYTES} bytes.`,
  );
export type CredentialMetadata = z.output<typeof CredentialMetadataSchema>;

export const USER_KINDS = ['human', 'service'] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** The user a key or an OAuth client belongs to. */
export const CredentialOwnerSchema = z
  .object({
    id: uuidText(),
    kind: z
      .enum(USER_KINDS)
      .describe('`human` (a member who signs in) or `service` (a machine identity).'),
    name: z.string().describe("A member's email, or a service user's name."),
    enabled: z
      .boolean()
      .describe(
        'False while the user is disabled or after it was deleted: its keys and clients are refused.',
      ),
  })
  .describe('The user of the account the credential belongs to.');
export type CredentialOwner = z.output<typeof CredentialOwnerSchema>;

/** `ownerUserId` on creation: a user of the caller's account (by default the caller's own). */
export const OwnerUserIdSchema = z
  .guid('ownerUserId must be a user id')
  .describe(
    "The user the new credential belongs to: a service user, or yourself (by default the caller's user). Naming another member needs `account:admin`.",
  );
