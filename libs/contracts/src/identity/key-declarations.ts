import { z } from 'zod';
import { declareRequest, type ReplyOf } from '../messaging/declarations.js';
import { pageResultOf, PageRequestSchema } from '../pagination.js';
import { IdentitySubjects } from '../subjects.js';
import {
  ApiKeyViewSchema,
  CreatedApiKeySchema,
  CreateKeyInputSchema,
  KEY_VERIFICATION_FAILURES,
  KeyListFilterSchema,
  RollKeyInputSchema,
  UpdateKeyInputSchema,
} from './key-messages.js';
import { PrincipalSchema } from './principal.js';

/** The gateway's "who is this key?", on every request that carries one. */
export const IdentityKeysVerify = declareRequest(IdentitySubjects.verifyKey, {
  // Any text: a malformed key is a verdict (`malformed`), not a refusal of the message.
  request: z.strictObject({ key: z.string() }),
  reply: z.discriminatedUnion('valid', [
    z.object({ valid: z.literal(true), principal: PrincipalSchema }),
    z.object({
      valid: z.literal(false),
      reason: z.enum(KEY_VERIFICATION_FAILURES),
      /** The key refused, when it exists: a gateway drops the verdict when the key changes. */
      keyId: z.string().optional(),
    }),
  ]),
});

export type VerifyKeyReply = ReplyOf<typeof IdentityKeysVerify>;

export const IdentityKeysCreate = declareRequest(IdentitySubjects.createKey, {
  request: z.strictObject({ principal: PrincipalSchema, input: CreateKeyInputSchema }),
  reply: CreatedApiKeySchema,
});

export const IdentityKeysList = declareRequest(IdentitySubjects.listKeys, {
  request: z.strictObject({
    principal: PrincipalSchema,
    page: PageRequestSchema,
    filter: KeyListFilterSchema.optional(),
  }),
  reply: pageResultOf(ApiKeyViewSchema),
});

const OneKey = z.strictObject({ principal: PrincipalSchema, keyId: z.uuid() });

export const IdentityKeysGet = declareRequest(IdentitySubjects.getKey, {
  request: OneKey,
  reply: ApiKeyViewSchema,
});

export const IdentityKeysRevoke = declareRequest(IdentitySubjects.revokeKey, {
  request: OneKey,
  reply: ApiKeyViewSchema,
});

export const IdentityKeysRoll = declareRequest(IdentitySubjects.rollKey, {
  request: OneKey.extend({ input: RollKeyInputSchema }),
  reply: CreatedApiKeySchema,
});

export const IdentityKeysUpdate = declareRequest(IdentitySubjects.updateKey, {
  request: OneKey.extend({ input: UpdateKeyInputSchema }),
  reply: ApiKeyViewSchema,
});
