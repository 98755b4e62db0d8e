import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { API_KEY_TYPES } from './api-key-format.js';
import { KEY_EXPIRY_DAYS, MAX_ROLL_GRACE_DAYS, ORIGIN_PATTERN } from './key-policy.js';
import { ENVIRONMENTS, PERMISSIONS } from './permissions.js';

export { KEY_EXPIRY_DAYS, MAX_ROLL_GRACE_DAYS, ORIGIN_PATTERN } from './key-policy.js';

/** `POST /api/v1/keys`. */
export const CreateKeyInputSchema = z.strictObject({
  name: z.string().min(1).max(100),
  type: z.enum(API_KEY_TYPES),
  environment: z.enum(ENVIRONMENTS),
  roles: z.array(z.string().max(64)).min(1).max(20),
  expiresInDays: z.literal(KEY_EXPIRY_DAYS),
  allowedOrigins: z
    .array(
      z
        .string()
        .max(200)
        .regex(
          ORIGIN_PATTERN,
          'allowedOrigins must be an origin like https://app.example.com (scheme, host and port only)',
        ),
    )
    .max(20)
    .optional(),
});
export class CreateKeyInput extends schemaClass(CreateKeyInputSchema) {}

/** `POST /api/v1/keys/:id/roll`. */
export const RollKeyInputSchema = z.strictObject({
  gracePeriodDays: z.int().min(0).max(MAX_ROLL_GRACE_DAYS).optional(),
});
export class RollKeyInput extends schemaClass(RollKeyInputSchema) {}

/**
 * The credential that created a key. Ids (and names) are null when it no
 * longer exists; keys made by the operator CLI say `system`.
 */
export const KeyCreatorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), id: z.string().nullable(), email: z.string().nullable() }),
  z.object({
    type: z.literal('key'),
    id: z.string().nullable(),
    name: z.string().nullable(),
    start: z.string().nullable(),
  }),
  z.object({
    type: z.literal('oauth_client'),
    id: z.string().nullable(),
    name: z.string().nullable(),
  }),
  z.object({ type: z.literal('system'), id: z.null() }),
]);
export type KeyCreator = z.output<typeof KeyCreatorSchema>;

/** An API key as listings show it: never the secret, only its start. */
export const ApiKeyViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  start: z.string(),
  type: z.enum(API_KEY_TYPES),
  environment: z.enum(ENVIRONMENTS),
  roles: z.array(z.object({ id: z.string(), name: z.string() })),
  permissions: z.array(z.enum(PERMISSIONS)),
  allowedOrigins: z.array(z.string()),
  createdAt: z.string(),
  createdBy: KeyCreatorSchema,
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  replacedBy: z.string().nullable(),
});
export type ApiKeyView = z.output<typeof ApiKeyViewSchema>;

/** The only answer that carries the key itself: the one to its creation (or roll). */
export const CreatedApiKeySchema = ApiKeyViewSchema.extend({ key: z.string() });
export type CreatedApiKey = z.output<typeof CreatedApiKeySchema>;

export const KEY_VERIFICATION_FAILURES = ['malformed', 'unknown', 'expired', 'revoked'] as const;
export type KeyVerificationFailure = (typeof KEY_VERIFICATION_FAILURES)[number];
