import { z } from 'zod';
import type { RevocationOptions } from './revocation.options.js';

export const REVOCATION_RESYNC_MIN_MS = 1000;
export const REVOCATION_RESYNC_MAX_MS = 60_000;

/**
 * Revocations not synced for this many resync periods make the gateway's
 * knowledge stale: two missed rounds are bad luck, the third is an outage.
 */
const STALE_AFTER_PERIODS = 3;

/** The variables the revocation resync reads; `.extend(revocationEnvSchema.shape)` adds them to the gateway's schema. */
export const revocationEnvSchema = z.object({
  REVOCATION_RESYNC_MS: z.coerce
    .number()
    .int()
    .min(REVOCATION_RESYNC_MIN_MS, `must be ${REVOCATION_RESYNC_MIN_MS} ms or more`)
    .max(REVOCATION_RESYNC_MAX_MS, `must be ${REVOCATION_RESYNC_MAX_MS} ms or less`)
    .default(5000),
});

export type RevocationEnv = z.infer<typeof revocationEnvSchema>;

export function revocationOptionsFrom(config: RevocationEnv): RevocationOptions {
  return {
    resyncMs: config.REVOCATION_RESYNC_MS,
    maxStalenessMs: config.REVOCATION_RESYNC_MS * STALE_AFTER_PERIODS,
  };
}
