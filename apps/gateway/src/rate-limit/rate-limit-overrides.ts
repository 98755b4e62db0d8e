import type { Environment } from '@tally/contracts';
import type { Rate } from './rate.js';
import type { RateLimitRedis } from './rate-limit-redis.js';
import {
  ACCOUNT_FIELD_PREFIX,
  ACCOUNT_LIMIT_KINDS,
  AccountLimitKind,
  accountOverrideField,
  decodeOverride,
  encodeOverride,
  IP_OVERRIDE_FIELD,
  OVERRIDES_KEY,
} from './rate-limit.keys.js';

export type AccountOverrides = Partial<Record<AccountLimitKind, Rate>>;

export interface OverrideSet {
  ip?: Rate;
  accounts: Record<string, AccountOverrides>;
}

function isAccountLimitKind(value: string): value is AccountLimitKind {
  return (ACCOUNT_LIMIT_KINDS as readonly string[]).includes(value);
}

/**
 * Operators' changes to the limits, in the hash that the consume script reads
 * on every request: a change reaches every gateway with its next request.
 */
export class RateLimitOverrides {
  constructor(private readonly redis: RateLimitRedis) {}

  async setAccountPool(accountId: string, environment: Environment, rate: Rate): Promise<void> {
    await this.redis.hset(
      OVERRIDES_KEY,
      accountOverrideField(accountId, environment),
      encodeOverride(rate),
    );
  }

  async setAccountBurst(accountId: string, rate: Rate): Promise<void> {
    await this.redis.hset(
      OVERRIDES_KEY,
      accountOverrideField(accountId, 'burst'),
      encodeOverride(rate),
    );
  }

  /** A publishable key's own pool (`publishable`) or each client IP's share of it (`publishable-ip`), for every key of the account. */
  async setAccountPublishable(
    accountId: string,
    rate: Rate,
    kind: 'publishable' | 'publishable-ip' = 'publishable',
  ): Promise<void> {
    await this.redis.hset(
      OVERRIDES_KEY,
      accountOverrideField(accountId, kind),
      encodeOverride(rate),
    );
  }

  async setIp(rate: Rate): Promise<void> {
    await this.redis.hset(OVERRIDES_KEY, IP_OVERRIDE_FIELD, encodeOverride(rate));
  }

  async resetAccount(accountId: string): Promise<void> {
    const fields = ACCOUNT_LIMIT_KINDS.map((kind) => accountOverrideField(accountId, kind));
    await this.redis.hdel(OVERRIDES_KEY, ...fields);
  }

  async resetIp(): Promise<void> {
    await this.redis.hdel(OVERRIDES_KEY, IP_OVERRIDE_FIELD);
  }

  async forAccount(accountId: string): Promise<{ ip?: Rate; account: AccountOverrides }> {
    const fields = ACCOUNT_LIMIT_KINDS.map((kind) => accountOverrideField(accountId, kind));
    const [ip, ...values] = await this.redis.hmget(OVERRIDES_KEY, IP_OVERRIDE_FIELD, ...fields);
    const account: AccountOverrides = {};
    ACCOUNT_LIMIT_KINDS.forEach((kind, index) => {
      const rate = decodeOverride(values[index]);
      if (rate) account[kind] = rate;
    });
    return { ip: decodeOverride(ip), account };
  }

  async all(): Promise<OverrideSet> {
    const hash = await this.redis.hgetall(OVERRIDES_KEY);
    const set: OverrideSet = { ip: decodeOverride(hash[IP_OVERRIDE_FIELD]), accounts: {} };
    for (const [field, value] of Object.entries(hash)) {
      if (!field.startsWith(ACCOUNT_FIELD_PREFIX)) continue;
      // Account ids may hold colons; the kind is what follows the last one.
      const split = field.lastIndexOf(':');
      const accountId = field.slice(ACCOUNT_FIELD_PREFIX.length, split);
      const kind = field.slice(split + 1);
      const rate = decodeOverride(value);
      if (!rate || !isAccountLimitKind(kind) || accountId === '') continue;
      set.accounts[accountId] = { ...set.accounts[accountId], [kind]: rate };
    }
    return set;
  }
}
