import type { RateLimitDefaults, RateLimitName } from './rate.js';
import type { RateLimitedPrincipal } from './rate-limit-decision.js';
import {
  accountOverrideField,
  burstCounterKey,
  poolCounterKey,
  publishableCounterKey,
  publishableIpCounterKey,
} from './rate-limit.keys.js';

/** One limit a credential's request counts against, besides the IP limit. */
export interface CredentialCounter {
  readonly name: RateLimitName;
  readonly key: string;
  /** Which default applies when no operator overrode it. */
  readonly defaultRate: keyof RateLimitDefaults;
  readonly overrideField: string;
}

/**
 * The two limits of a credential: the account's pool for its environment and
 * the credential's burst limit; for a publishable key, which anyone can copy
 * from a web page, its own pool and the client IP's share of it instead, so
 * that it can never use up what the account's secret keys need.
 */
export type CredentialCounters = readonly [pool: CredentialCounter, second: CredentialCounter];

export function credentialCounters(
  principal: RateLimitedPrincipal,
  ipBucket: string,
): CredentialCounters {
  const { accountId, credentialId, environment } = principal;
  if (principal.credentialType === 'publishable_key')
    return [
      {
        name: 'publishable',
        key: publishableCounterKey(accountId, credentialId),
        defaultRate: 'publishable',
        overrideField: accountOverrideField(accountId, 'publishable'),
      },
      {
        name: 'publishable-ip',
        key: publishableIpCounterKey(credentialId, ipBucket),
        defaultRate: 'publishableIp',
        overrideField: accountOverrideField(accountId, 'publishable-ip'),
      },
    ];
  return [
    {
      name: 'pool',
      key: poolCounterKey(accountId, environment),
      defaultRate: environment,
      overrideField: accountOverrideField(accountId, environment),
    },
    {
      name: 'burst',
      key: burstCounterKey(accountId, credentialId),
      defaultRate: 'burst',
      overrideField: accountOverrideField(accountId, 'burst'),
    },
  ];
}
