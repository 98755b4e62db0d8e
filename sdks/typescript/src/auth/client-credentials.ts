import type { Credentials } from './credentials.js';
import type { TokenResponse } from '../types.js';

/** A token is replaced this long before it expires, so that no request carries one that lapses on the way. */
export const REFRESH_MARGIN_MS = 60_000;

interface CachedToken {
  header: string;
  refreshAt: number;
}

/**
 * OAuth client credentials: one access token at a time, fetched when the first
 * request needs it, shared by every request until REFRESH_MARGIN_MS (or half
 * its lifetime, when that is shorter) before it expires, and fetched anew
 * after a 401. Requests that need a token while one is being fetched wait for
 * that one.
 */
export class ClientCredentials implements Credentials {
  private cached: CachedToken | undefined;
  private pending: Promise<CachedToken> | undefined;

  constructor(
    private readonly fetchToken: () => Promise<TokenResponse>,
    private readonly now: () => number,
  ) {}

  async authorization(): Promise<string> {
    const cached = this.cached;
    if (cached && this.now() < cached.refreshAt) return cached.header;
    return (await this.refresh()).header;
  }

  rejected(authorization: string): boolean {
    // Requests sent together may all come back 401: only the first drops the token.
    if (this.cached?.header === authorization) this.cached = undefined;
    return true;
  }

  private refresh(): Promise<CachedToken> {
    this.pending ??= this.fetchToken()
      .then((token) => {
        const lifetimeMs = token.expires_in * 1000;
        const margin = Math.min(REFRESH_MARGIN_MS, lifetimeMs / 2);
        this.cached = {
          header: `Bearer ${token.access_token}`,
          refreshAt: this.now() + lifetimeMs - margin,
        };
        return this.cached;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}
