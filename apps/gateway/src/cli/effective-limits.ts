import type { Rate, RateLimitDefaults } from '../rate-limit/rate.js';
import type { AccountOverrides, OverrideSet } from '../rate-limit/rate-limit-overrides.js';

export interface EffectiveRate extends Rate {
  source: 'default' | 'override';
}

export interface AccountLimitsReport {
  account: string;
  development: EffectiveRate;
  production: EffectiveRate;
  burst: EffectiveRate;
  publishable: EffectiveRate;
  'publishable-ip': EffectiveRate;
  ip: EffectiveRate;
}

export interface LimitsOverviewReport {
  ip: EffectiveRate;
  accountDefaults: {
    development: Rate;
    production: Rate;
    burst: Rate;
    publishable: Rate;
    'publishable-ip': Rate;
  };
  accountOverrides: Record<string, AccountOverrides>;
}

function effective(fallback: Rate, override: Rate | undefined): EffectiveRate {
  const rate = override ?? fallback;
  return {
    limit: rate.limit,
    windowSeconds: rate.windowSeconds,
    source: override ? 'override' : 'default',
  };
}

export function accountLimitsReport(
  accountId: string,
  defaults: RateLimitDefaults,
  overrides: { ip?: Rate; account: AccountOverrides },
): AccountLimitsReport {
  return {
    account: accountId,
    development: effective(defaults.development, overrides.account.development),
    production: effective(defaults.production, overrides.account.production),
    burst: effective(defaults.burst, overrides.account.burst),
    publishable: effective(defaults.publishable, overrides.account.publishable),
    'publishable-ip': effective(defaults.publishableIp, overrides.account['publishable-ip']),
    ip: effective(defaults.ip, overrides.ip),
  };
}

export function limitsOverviewReport(
  defaults: RateLimitDefaults,
  overrides: OverrideSet,
): LimitsOverviewReport {
  return {
    ip: effective(defaults.ip, overrides.ip),
    accountDefaults: {
      development: defaults.development,
      production: defaults.production,
      burst: defaults.burst,
      publishable: defaults.publishable,
      'publishable-ip': defaults.publishableIp,
    },
    accountOverrides: overrides.accounts,
  };
}
