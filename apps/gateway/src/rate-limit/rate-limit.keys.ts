import type { Environment } from '@tally/contracts';
import type { Rate } from './rate.js';

// Every key below gets REDIS_KEY_PREFIX in front of it from ioredis' keyPrefix,
// also when it is passed to the Lua script as one of its KEYS.

/** Operators' overrides, one hash read by the script on every request. */
export const OVERRIDES_KEY = 'ratelimit:overrides';

export function ipCounterKey(ipBucket: string): string {
  return 'ratelimit:ip:' + ipBucket;
}

export function poolCounterKey(accountId: string, environment: Environment): string {
  return 'ratelimit:pool:' + accountId + ':' + environment;
}

export function burstCounterKey(accountId: string, credentialId: string): string {
  return 'ratelimit:burst:' + accountId + ':' + credentialId;
}

/** A publishable key's own pool: its requests never spend the account's. */
export function publishableCounterKey(accountId: string, credentialId: string): string {
  return 'ratelimit:publishable:' + accountId + ':' + credentialId;
}

/** One client IP's share of a publishable key's pool. */
export function publishableIpCounterKey(credentialId: string, ipBucket: string): string {
  return 'ratelimit:publishable-ip:' + credentialId + ':' + ipBucket;
}

// Fields of the overrides hash, which the consume script is given by name.
export const IP_OVERRIDE_FIELD = 'ip';
export const ACCOUNT_FIELD_PREFIX = 'account:';
export type AccountLimitKind = Environment | 'burst' | 'publishable' | 'publishable-ip';
export const ACCOUNT_LIMIT_KINDS: readonly AccountLimitKind[] = [
  'development',
  'production',
  'burst',
  'publishable',
  'publishable-ip',
];

export function accountOverrideField(accountId: string, kind: AccountLimitKind): string {
  return ACCOUNT_FIELD_PREFIX + accountId + ':' + kind;
}

/** An override's value in the hash: `<limit>/<windowSeconds>`. */
export function encodeOverride(rate: Rate): string {
  return `${rate.limit}/${rate.windowSeconds}`;
}

export function decodeOverride(value: string | null | undefined): Rate | undefined {
  const match = value ? /^(\d+)\/(\d+)$/.exec(value) : null;
  return match ? { limit: Number(match[1]), windowSeconds: Number(match[2]) } : undefined;
}
