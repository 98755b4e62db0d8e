import { randomAlphanumeric } from '../state/random-strings.js';
import type { SandboxClock } from '../state/sandbox-clock.js';

export interface InstagramToken {
  accountId: string;
  scopes: string[];
  kind: 'short-lived' | 'long-lived';
  issuedAt: number;
  expiresAt: number;
}

export type TokenCheck =
  | { ok: true; token: InstagramToken }
  | { ok: false; reason: 'unknown' | 'expired'; expiresAt?: number };

export type LongLivedOutcome =
  | { ok: true; accessToken: string; expiresIn: number }
  | {
      ok: false;
      reason: 'unknown' | 'expired' | 'not_short_lived' | 'too_young' | 'not_long_lived';
    };

/** Refreshing needs a long-lived token at least 24 hours old. */
const MINIMUM_AGE_TO_REFRESH_MS = 24 * 3600 * 1000;

export interface InstagramTokenLifetimes {
  shortLivedTokenTtlSeconds: number;
  longLivedTokenTtlSeconds: number;
}

/**
 * Instagram's tokens: a short-lived one (1 hour) from the code, exchanged for a
 * long-lived one (60 days) that is itself refreshed; there is no refresh token.
 */
export class InstagramTokens {
  private readonly tokens = new Map<string, InstagramToken>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly lifetimes: () => InstagramTokenLifetimes,
  ) {}

  issueShortLived(accountId: string, scopes: string[]): string {
    return this.issue(accountId, scopes, 'short-lived').accessToken;
  }

  check(accessToken: string): TokenCheck {
    const token = this.tokens.get(accessToken);
    if (!token) return { ok: false, reason: 'unknown' };
    if (token.expiresAt <= this.clock.now()) {
      return { ok: false, reason: 'expired', expiresAt: token.expiresAt };
    }
    return { ok: true, token };
  }

  exchangeForLongLived(shortLivedToken: string): LongLivedOutcome {
    const check = this.check(shortLivedToken);
    if (!check.ok) return { ok: false, reason: check.reason };
    if (check.token.kind !== 'short-lived') return { ok: false, reason: 'not_short_lived' };
    return this.issue(check.token.accountId, check.token.scopes, 'long-lived');
  }

  /** A new 60-day token; the old one keeps working until it expires. */
  refresh(longLivedToken: string): LongLivedOutcome {
    const check = this.check(longLivedToken);
    if (!check.ok) return { ok: false, reason: check.reason };
    if (check.token.kind !== 'long-lived') return { ok: false, reason: 'not_long_lived' };
    if (this.clock.now() - check.token.issuedAt < MINIMUM_AGE_TO_REFRESH_MS) {
      return { ok: false, reason: 'too_young' };
    }
    return this.issue(check.token.accountId, check.token.scopes, 'long-lived');
  }

  clear(): void {
    this.tokens.clear();
  }

  private issue(accountId: string, scopes: string[], kind: InstagramToken['kind']) {
    const lifetimes = this.lifetimes();
    const ttl =
      kind === 'short-lived'
        ? lifetimes.shortLivedTokenTtlSeconds
        : lifetimes.longLivedTokenTtlSeconds;
    const now = this.clock.now();
    const accessToken = `IGAA${randomAlphanumeric(140)}`;
    this.tokens.set(accessToken, {
      accountId,
      scopes,
      kind,
      issuedAt: now,
      expiresAt: now + ttl * 1000,
    });
    return { ok: true as const, accessToken, expiresIn: ttl };
  }
}
