import { newAccessToken, newRefreshToken } from './random-strings.js';
import type { SandboxClock } from './sandbox-clock.js';

/** One authorization of an app by a creator, from the code exchange until revoked or expired. */
export interface Grant {
  clientKey: string;
  openId: string;
  scopes: string[];
  /** Fixed at the first issue: rotated refresh tokens only get the time that remains. */
  refreshExpiresAt: number;
  currentRefreshToken: string;
  revoked: boolean;
}

/** The flat body of a successful `/v2/oauth/token/` answer. */
export interface IssuedTokens {
  access_token: string;
  expires_in: number;
  open_id: string;
  refresh_expires_in: number;
  refresh_token: string;
  scope: string;
  token_type: 'Bearer';
}

export interface TokenLifetimes {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

export type AccessCheck =
  { ok: true; grant: Grant } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

export type RefreshOutcome =
  | { ok: true; tokens: IssuedTokens }
  | { ok: false; reason: 'unknown' | 'rotated' | 'expired' | 'revoked' };

export type RevokeOutcome =
  { outcome: 'revoked'; openId: string } | { outcome: 'unknown' | 'already_revoked' | 'expired' };

interface AccessToken {
  grant: Grant;
  expiresAt: number;
}

/** Every grant and token the sandbox issued, with refresh-token rotation. */
export class Grants {
  private readonly accessTokens = new Map<string, AccessToken>();
  /** Every refresh token ever issued, so that a rotated-away one can be told from a made-up one. */
  private readonly refreshTokens = new Map<string, Grant>();
  private readonly grants: Grant[] = [];

  constructor(
    private readonly clock: SandboxClock,
    private readonly lifetimes: () => TokenLifetimes,
  ) {}

  create(clientKey: string, openId: string, scopes: string[]): IssuedTokens {
    const grant: Grant = {
      clientKey,
      openId,
      scopes,
      refreshExpiresAt: this.clock.now() + this.lifetimes().refreshTokenTtlSeconds * 1000,
      currentRefreshToken: '',
      revoked: false,
    };
    this.grants.push(grant);
    return this.issue(grant);
  }

  /** New tokens for the grant's current refresh token; that refresh token stops working. */
  refresh(clientKey: string, refreshToken: string): RefreshOutcome {
    const grant = this.refreshTokens.get(refreshToken);
    if (!grant || grant.clientKey !== clientKey) return { ok: false, reason: 'unknown' };
    if (grant.revoked) return { ok: false, reason: 'revoked' };
    if (grant.currentRefreshToken !== refreshToken) return { ok: false, reason: 'rotated' };
    if (grant.refreshExpiresAt <= this.clock.now()) return { ok: false, reason: 'expired' };
    return { ok: true, tokens: this.issue(grant) };
  }

  check(accessToken: string): AccessCheck {
    const token = this.accessTokens.get(accessToken);
    if (!token) return { ok: false, reason: 'unknown' };
    if (token.grant.revoked) return { ok: false, reason: 'revoked' };
    if (token.expiresAt <= this.clock.now()) return { ok: false, reason: 'expired' };
    return { ok: true, grant: token.grant };
  }

  /** The client an access token was issued to, valid or not (rate limits are per client). */
  clientKeyOf(accessToken: string): string | undefined {
    return this.accessTokens.get(accessToken)?.grant.clientKey;
  }

  /**
   * Withdraws the app from the creator's account: every grant of this app and
   * creator dies, access and refresh tokens alike. An expired access token is
   * refused, as third parties report TikTok does.
   */
  revoke(clientKey: string, accessToken: string): RevokeOutcome {
    const token = this.accessTokens.get(accessToken);
    if (!token || token.grant.clientKey !== clientKey) return { outcome: 'unknown' };
    if (token.grant.revoked) return { outcome: 'already_revoked' };
    if (token.expiresAt <= this.clock.now()) return { outcome: 'expired' };
    const { openId } = token.grant;
    for (const grant of this.grants) {
      if (grant.clientKey === clientKey && grant.openId === openId) grant.revoked = true;
    }
    return { outcome: 'revoked', openId };
  }

  clear(): void {
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.grants.length = 0;
  }

  private issue(grant: Grant): IssuedTokens {
    const now = this.clock.now();
    const { accessTokenTtlSeconds } = this.lifetimes();
    const accessToken = newAccessToken();
    const refreshToken = newRefreshToken();
    this.accessTokens.set(accessToken, { grant, expiresAt: now + accessTokenTtlSeconds * 1000 });
    this.refreshTokens.set(refreshToken, grant);
    grant.currentRefreshToken = refreshToken;
    return {
      access_token: accessToken,
      expires_in: accessTokenTtlSeconds,
      open_id: grant.openId,
      refresh_expires_in: Math.max(1, Math.floor((grant.refreshExpiresAt - now) / 1000)),
      refresh_token: refreshToken,
      scope: grant.scopes.join(','),
      token_type: 'Bearer',
    };
  }
}
