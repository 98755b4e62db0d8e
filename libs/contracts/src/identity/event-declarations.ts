import { z } from 'zod';
import { declareEvent } from '../messaging/declarations.js';
import { GatewayEvents, IdentityEvents } from '../subjects.js';
import { RevocationSchema } from './revocation-messages.js';

// Event payloads are not strict: a subscriber still hears an event a newer
// publisher sends with one more field (a gateway must drop a revoked key
// whatever version of identity revoked it).

export const IdentityKeyRevoked = declareEvent(
  IdentityEvents.keyRevoked,
  z.object({ keyId: z.string(), accountId: z.string() }),
);

export const IdentityKeyRolled = declareEvent(
  IdentityEvents.keyRolled,
  z.object({
    keyId: z.string(),
    accountId: z.string(),
    replacedBy: z.string(),
    graceUntil: z.string(),
  }),
);

export const IdentitySessionEnded = declareEvent(
  IdentityEvents.sessionEnded,
  z.object({ sessionId: z.string() }),
);

export const IdentityClientRevoked = declareEvent(
  IdentityEvents.clientRevoked,
  z.object({ id: z.string(), accountId: z.string(), revokedAt: z.string() }),
);

export const IdentityTokenRevoked = declareEvent(
  IdentityEvents.tokenRevoked,
  z.object({ jti: z.string(), expiresAt: z.string() }),
);

/**
 * Credentials whose cached verdicts are stale though nothing was revoked: keys
 * and clients paused or enabled, directly or through their owner; sessions of a
 * user whose role changed. Gateways drop them at once (the resync catches a
 * lost event).
 */
export const IdentityCredentialsChanged = declareEvent(
  IdentityEvents.credentialsChanged,
  z.object({ revocations: z.array(RevocationSchema) }),
);

/** Batches of key uses from the gateways, so that identity records lastUsedAt off the request path. */
export const GatewayKeysUsed = declareEvent(
  GatewayEvents.keysUsed,
  z.object({ uses: z.array(z.object({ keyId: z.string(), at: z.iso.datetime() })) }),
);
