import { AppError, Principal } from '@tally/contracts';
import { Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { IdentityClient } from '../identity/identity.client.js';
import { invalidToken } from './credentials.js';
import { RevocableCache } from './revocable-cache.js';
import { RevocationFeed, revokedIdsOf } from './revocation/revocation-feed.js';

const SESSION_CACHE_TTL_MS = 10_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Dashboard sessions (httpOnly cookie). Writes must also carry the CSRF token
 * the dashboard received at sign-in, in the x-csrf-token header. Ended
 * sessions leave the cache as soon as the revocation feed hears of them.
 */
@Injectable()
export class SessionAuthenticator {
  private readonly cache = new RevocableCache<{ principal: Principal; csrfHash: Buffer }>(10_000);

  constructor(
    private readonly identity: IdentityClient,
    private readonly revocations: RevocationFeed,
  ) {
    revocations.onRevoked((revoked) => {
      const sessionIds = revokedIdsOf(revoked, 'session');
      if (sessionIds.size > 0)
        this.cache.revokeWhere((entry) => sessionIds.has(entry.principal.credentialId));
    });
  }

  async authenticate(
    sessionToken: string,
    method: string,
    csrfHeader: string | undefined,
  ): Promise<Principal> {
    const cacheKey = createHash('sha256').update(sessionToken).digest('base64');
    let session = this.revocations.isCurrent() ? this.cache.get(cacheKey) : undefined;
    if (!session) {
      const ticket = this.cache.ticket();
      const verified = await this.identity.verifySession(sessionToken).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'unauthorized')
          throw invalidToken(error.message);
        throw error;
      });
      session = { principal: verified.principal, csrfHash: Buffer.from(verified.csrfHash, 'hex') };
      this.cache.set(cacheKey, session, SESSION_CACHE_TTL_MS, ticket);
    }
    if (!SAFE_METHODS.has(method.toUpperCase()) && !csrfMatches(csrfHeader, session.csrfHash)) {
      throw new AppError(
        'insufficient_scope',
        'This write needs the x-csrf-token header of your session.',
        [{ field: 'x-csrf-token', reason: 'missing or wrong CSRF token' }],
      );
    }
    return session.principal;
  }
}

function csrfMatches(header: string | undefined, expected: Buffer): boolean {
  if (!header) return false;
  const actual = createHash('sha256').update(header).digest();
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
