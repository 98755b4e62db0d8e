// Who calls: the API key of the request, its checksum tested first (no I/O
// for a typo), then an in-process cache by the key's SHA-256, then one
// question to the responder, which looks the key up in Postgres. A verdict,
// refusals included, is kept for the cache's TTL.
import { parseApiKey, type Principal } from '@tally/contracts';
import { createHash } from 'node:crypto';
import type { Bus } from './bus.js';
import type { KeyFailure, Subjects, VerifyKeyAnswer } from './messages.js';
import { invalidToken, Refusal } from './refusal.js';

type Verdict = { principal: Principal; expiresAtMs: number } | { failure: KeyFailure };

interface Cached {
  verdict: Verdict;
  until: number;
}

const FAILURE_TEXT: Record<KeyFailure, string> = {
  malformed: 'The API key is malformed (its checksum does not match).',
  unknown: 'The API key is not valid.',
  expired: 'The API key has expired.',
  revoked: 'The API key has been revoked.',
  disabled:
    'The API key is paused, or the user it belongs to is disabled; it works again once enabled.',
};

const refusalOf = (failure: KeyFailure): Refusal =>
  failure === 'disabled'
    ? new Refusal(401, 'key_disabled', FAILURE_TEXT.disabled)
    : invalidToken(FAILURE_TEXT[failure]);

type Headers = Record<string, string | string[] | undefined>;

/** The key of `Authorization: Bearer <key>` or `x-api-key`. */
export function presentedKey(headers: Headers): string {
  const { authorization } = headers;
  const apiKey = headers['x-api-key'];
  if (Array.isArray(authorization) || Array.isArray(apiKey))
    throw invalidToken('Send one credential header, not several.');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match)
      throw invalidToken('The Authorization header must be "Bearer <api key or access token>".');
    if (!match[1].startsWith('tly_'))
      throw invalidToken('This baseline takes API keys only, not access tokens.');
    return match[1];
  }
  if (apiKey !== undefined) return apiKey.trim();
  throw invalidToken('Authentication is required: send an API key or an access token.');
}

export class KeyAuthenticator {
  // A Map keeps insertion order: the oldest entry is the first one, evicted when full.
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly bus: Bus,
    private readonly subjects: Subjects,
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  async authenticate(presented: string, requestId: string): Promise<Principal> {
    if (!parseApiKey(presented)) throw invalidToken(FAILURE_TEXT.malformed);
    const cacheKey = createHash('sha256').update(presented).digest('base64');
    const now = Date.now();
    let cached = this.cache.get(cacheKey);
    if (cached && cached.until <= now) {
      this.cache.delete(cacheKey);
      cached = undefined;
    }
    if (!cached) {
      cached = { verdict: await this.verify(presented, requestId), until: now + this.ttlMs };
      this.keep(cacheKey, cached);
    }
    const { verdict } = cached;
    if ('failure' in verdict) throw refusalOf(verdict.failure);
    if (verdict.expiresAtMs <= Date.now()) {
      this.cache.delete(cacheKey);
      throw invalidToken(FAILURE_TEXT.expired);
    }
    return verdict.principal;
  }

  private async verify(key: string, requestId: string): Promise<Verdict> {
    const answer = await this.bus.ask<VerifyKeyAnswer>(this.subjects.verifyKey, { key }, requestId);
    if (!answer.valid) return { failure: answer.reason };
    const { principal } = answer;
    return { principal, expiresAtMs: Date.parse(principal.expiresAt ?? '') };
  }

  private keep(cacheKey: string, cached: Cached): void {
    this.cache.delete(cacheKey);
    if (this.cache.size >= this.maxEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(cacheKey, cached);
  }
}
