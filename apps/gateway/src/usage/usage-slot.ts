import type { Principal, UsageOutcome } from '@tally/contracts';
import { BUCKET_TTL_SECONDS, usageField, usageKey } from './usage.keys.js';

/** Where one credential's requests of one hour are counted: its hash, its expiry and a field per outcome. */
export interface UsageSlot {
  readonly hour: number;
  readonly key: string;
  readonly expiresAt: number;
  readonly fields: Readonly<Record<UsageOutcome, string>>;
}

type Counted = Pick<Principal, 'accountId' | 'credentialType' | 'credentialId' | 'environment'>;

/**
 * Built once per credential and hour, so that recording a request builds no
 * strings (authenticators hand out the same principal for a cached credential).
 */
export function usageSlot(principal: Counted, hour: number): UsageSlot {
  const { accountId, credentialType, credentialId, environment } = principal;
  const field = (outcome: UsageOutcome) =>
    usageField(credentialType, credentialId, environment, outcome);
  return {
    hour,
    key: usageKey(accountId, hour),
    expiresAt: hour + BUCKET_TTL_SECONDS,
    fields: { succeeded: field('succeeded'), failed: field('failed'), refused: field('refused') },
  };
}
