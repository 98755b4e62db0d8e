/**
 * What a limiter (the Redis script or the in-memory fallback) answers for one request:
 * `[allowed (1 or 0), ...per counter: limit, windowSeconds, used, msUntilReset]`,
 * counters in the order ip, pool, burst (pool and burst only for a credential).
 * A flat array of numbers is what Lua replies cheapest; decision.ts gives it names.
 */
export type WindowCounts = readonly number[];

export const FIELDS_PER_COUNTER = 4;
export const IP_AT = 1;
export const POOL_AT = IP_AT + FIELDS_PER_COUNTER;
export const BURST_AT = POOL_AT + FIELDS_PER_COUNTER;
export const CREDENTIAL_COUNTS_LENGTH = BURST_AT + FIELDS_PER_COUNTER;

export function isWindowCounts(value: unknown): value is WindowCounts {
  return (
    Array.isArray(value) &&
    (value.length === POOL_AT || value.length === CREDENTIAL_COUNTS_LENGTH) &&
    value.every((item) => typeof item === 'number')
  );
}
