import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { PageQuerySchema } from '../pagination.js';
import { API_KEY_TYPES } from './api-key-format.js';
import { KEY_EXPIRY_DAYS, MAX_ROLL_GRACE_DAYS, ORIGIN_PATTERN } from './key-policy.js';
import { dateTimeText, uuidText } from '../http/formats.js';
import { EnvironmentSchema, PermissionSchema, RoleRefSchema } from './permission-schemas.js';
import { ENVIRONMENTS } from './permissions.js';
import {
  CredentialMetadataSchema,
  CredentialOwnerSchema,
  OwnerUserIdSchema,
} from './credential-owner.js';

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
  ownerUserId: OwnerUserIdSchema.optional(),
  metadata: CredentialMetadataSchema.optional(),
});
export class CreateKeyInput extends schemaClass(CreateKeyInputSchema) {}

/** `POST /api/v1/keys/:id/roll`. */
export const RollKeyInputSchema = z.strictObject({
  gracePeriodDays: z.int().min(0).max(MAX_ROLL_GRACE_DAYS).optional(),
});
export class RollKeyInput extends schemaClass(RollKeyInputSchema) {}

/** `PATCH /api/v1/keys/:id`: at least one field. */
export const UpdateKeyInputSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .optional()
      .describe('False pauses the key (401 `key_disabled`) without revoking it; true restores it.'),
    name: z.string().min(1).max(100).optional(),
    metadata: CredentialMetadataSchema.optional().describe('Replaces the whole metadata object.'),
  })
  .refine(
    (input) => Object.values(input).some((value) => value !== undefined),
    'send at least one of enabled, name, metadata',
  );
export class UpdateKeyInput extends schemaClass(UpdateKeyInputSchema) {}

/** What `GET /api/v1/keys` may be narrowed to. */
export const KeyListFilterSchema = z.strictObject({ ownerUserId: z.guid().optional() });
export type KeyListFilter = z.output<typeof KeyListFilterSchema>;

/** `GET /api/v1/keys?ownerUserId=&limit=&cursor=`. */
export const KeysQuerySchema = PageQuerySchema.extend({
  ownerUserId: z
    .guid('ownerUserId must be a user id')
    .optional()
    .describe('Only the keys of this user (a member or a service user).'),
});
export class KeysQueryInput extends schemaClass(KeysQuerySchema) {}

const nullableUuid = () => uuidText().nullable();

/**
 * The credential that created a key. Ids (and names) are null when it no
 * longer exists; keys made by the operator CLI say `system`.
 */
export const KeyCreatorSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('user').describe('A person signed in to the dashboard.'),
      id: nullableUuid(),
      email: z.string().nullable(),
    }),
    z.object({
      type: z.literal('key').describe('Another API key.'),
      id: nullableUuid(),
      name: z.string().nullable(),
      start: z.string().nullable().describe('The first characters of that key.'),
    }),
    z.object({
      type: z.literal('oauth_client').describe('An OAuth client, with an access token.'),
      id: nullableUuid(),
      name: z.string().nullable(),
    }),
    z.object({ type: z.literal('system').describe('The operator CLI.'), id: z.null() }),
  ])
  .describe(
    'The credential that created the key. Ids and names are null when it no longer exists; keys made by the operator CLI say `system`.',
  );
export type KeyCreator = z.output<typeof KeyCreatorSchema>;

/** An API key as listings show it: never the secret, only its start. */
export const ApiKeyViewSchema = z
  .object({
    id: uuidText(),
    name: z.string(),
    start: z
      .string()
      .describe('The first characters of the key, to recognise it by; never the secret.'),
    type: z
      .enum(API_KEY_TYPES)
      .describe('`secret` (`tly_sk_`, for servers) or `publishable` (`tly_pk_`, for browsers).'),
    environment: EnvironmentSchema,
    roles: z.array(RoleRefSchema),
    permissions: z.array(PermissionSchema).describe('Everything its roles grant.'),
    allowedOrigins: z
      .array(z.string())
      .describe('Publishable keys: the browser origins it works from.'),
    createdAt: dateTimeText(),
    createdBy: KeyCreatorSchema,
    lastUsedAt: dateTimeText().nullable().describe('Updated at most about once a minute.'),
    expiresAt: dateTimeText(),
    revokedAt: dateTimeText().nullable(),
    replacedBy: uuidText()
      .nullable()
      .describe('The key that replaced this one when it was rolled.'),
    enabled: z
      .boolean()
      .describe(
        'False while paused (`PATCH` with `enabled: false`): a paused key answers 401 `key_disabled`, as do the keys of a disabled owner (`owner.enabled`).',
      ),
    disabledAt: dateTimeText().nullable(),
    owner: CredentialOwnerSchema,
    metadata: CredentialMetadataSchema,
  })
  .describe('An API key as listings show it: metadata only, never the secret.');
export type ApiKeyView = z.output<typeof ApiKeyViewSchema>;

/** The only answer that carries the key itself: the one to its creation (or roll). */
export const CreatedApiKeySchema = ApiKeyViewSchema.extend({
  key: z.string().describe('The key itself. It is shown only this once: store it now.'),
}).describe('A new API key: the only answer that carries the key itself.');
export type CreatedApiKey = z.output<typeof CreatedApiKeySchema>;

export const KEY_VERIFICATION_FAILURES = [
  'malformed',
  'unknown',
  'expired',
  'revoked',
  /** Paused, or its owner is disabled: it works again once enabled. */
  'disabled',
] as const;
export type KeyVerificationFailure = (typeof KEY_VERIFICATION_FAILURES)[number];
