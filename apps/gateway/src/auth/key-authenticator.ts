import { AppError, KeyVerificationFailure, parseApiKey, Principal } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { IdentityClient } from '../identity/identity.client.js';
import { invalidToken } from './credentials.js';
import { KeyUsageReporter } from './key-usage.reporter.js';
import { RevocableCache } from './revocable-cache.js';
import { RevocationFeed, revokedIdsOf } from './revocation/revocation-feed.js';

export interface KeyCacheOptions {
  ttlMs: number;
  maxEntries: number;
}

export const KEY_CACHE_OPTIONS = Symbol('KEY_CACHE_OPTIONS');

type Verdict = { principal: Principal; expiresAtMs: number } | { failure: KeyVerificationFailure };

const FAILURE_TEXT: Record<KeyVerificationFailure, string> = {
  malformed: 'The API key is malformed (its checksum does not match).',
  unknown: 'The API key is not valid.',
  expired: 'The API key has expired.',
  revoked: 'The API key has been revoked.',
  disabled:
    'The API key is paused, or the user it belongs to is disabled; it works again once enabled.',
};

function refusal(failure: KeyVerificationFailure): AppError {
  // A paused key is no typo: its own code tells the caller to look at its settings, not its spelling.
  return failure === 'disabled'
    ? new AppError('key_disabled', FAILURE_TEXT.disabled)
    : invalidToken(FAILURE_TEXT[failure]);
}

/**
 * Verifies API keys: a checksum test first (no I/O for a typo), then a short-lived
 * in-process cache, then identity over NATS. Revoked and rolled keys leave the
 * cache as soon as the revocation feed hears of them; the cache is not used while
 * the feed is stale.
 */
@Injectable()
export class KeyAuthenticator {
  private readonly cache: RevocableCache<Verdict & { keyId?: string }>;

  constructor(
    private readonly identity: IdentityClient,
    private readonly usage: KeyUsageReporter,
    private readonly revocations: RevocationFeed,
    @Inject(KEY_CACHE_OPTIONS) private readonly options: KeyCacheOptions,
  ) {
    this.cache = new RevocableCache(options.maxEntries);
    revocations.onRevoked((revoked) => {
      const keyIds = revokedIdsOf(revoked, 'api_key');
      if (keyIds.size > 0)
        this.cache.revokeWhere(
          (verdict) => verdict.keyId !== undefined && keyIds.has(verdict.keyId),
        );
    });
  }

  /**
   * The key's principal: at once (no promise) when the cache knows the key, as
   * on nearly every request; otherwise once identity has answered. A refusal is
   * thrown, or rejected when identity was asked.
   */
  authenticate(presented: string): Principal | Promise<Principal> {
    if (!parseApiKey(presented)) throw invalidToken(FAILURE_TEXT.malformed);
    const cacheKey = createHash('sha256').update(presented).digest('base64');
    const cached = this.revocations.isCurrent() ? this.cache.get(cacheKey) : undefined;
    if (cached) return this.admit(cached, cacheKey);
    const ticket = this.cache.ticket();
    return this.verify(presented).then((verdict) => {
      this.cache.set(cacheKey, verdict, this.options.ttlMs, ticket);
      return this.admit(verdict, cacheKey);
    });
  }

  private admit(verdict: Verdict, cacheKey: string): Principal {
    if ('failure' in verdict) throw refusal(verdict.failure);
    if (verdict.expiresAtMs <= Date.now()) {
      this.cache.delete(cacheKey);
      throw invalidToken(FAILURE_TEXT.expired);
    }
    this.usage.used(verdict.principal.credentialId);
    return verdict.principal;
  }

  private async verify(presented: string): Promise<Verdict & { keyId?: string }> {
    const reply = await this.identity.verifyKey(presented);
    if (!reply.valid) return { failure: reply.reason, keyId: reply.keyId };
    const { principal } = reply;
    if (!principal.expiresAt) throw new AppError('internal_error', 'An internal error occurred.');
    return {
      principal,
      expiresAtMs: Date.parse(principal.expiresAt),
      keyId: principal.credentialId,
    };
  }
}
