import { randomAlphanumeric } from '../state/random-strings.js';
import type { SandboxClock } from '../state/sandbox-clock.js';

/** One authorization of the app by a Google account, from a code exchange until revoked. */
export interface GoogleGrant {
  clientId: string;
  channelId: string;
  scopes: string[];
  refreshToken?: string;
  revoked: boolean;
}

/** What an approved consent carries to the token endpoint. */
export interface GoogleAuthorization {
  channelId: string;
  scopes: string[];
  redirectUri: string;
  offline: boolean;
  /** `prompt=consent`: a refresh token is issued again even if one was before. */
  forcedConsent: boolean;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
}

/** The body of a successful `/token` answer. */
export interface GoogleTokens {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
  scope: string;
  token_type: 'Bearer';
}

export type GoogleTokenCheck =
  { ok: true; grant: GoogleGrant } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

interface AccessToken {
  grant: GoogleGrant;
  expiresAt: number;
}

/**
 * Google's grants: access tokens of about an hour; a refresh token only on the
 * first offline exchange for an account (or with `prompt=consent`), which does
 * not rotate; revoking any token of a grant ends the app's access to the account.
 */
export class GoogleGrants {
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, GoogleGrant>();
  private readonly grants: GoogleGrant[] = [];

  constructor(
    private readonly clock: SandboxClock,
    private readonly accessTokenTtlSeconds: () => number,
  ) {}

  exchange(clientId: string, authorization: GoogleAuthorization): GoogleTokens {
    const alreadyOffline = this.grants.some(
      (grant) =>
        grant.clientId === clientId &&
        grant.channelId === authorization.channelId &&
        grant.refreshToken !== undefined &&
        !grant.revoked,
    );
    const grant: GoogleGrant = {
      clientId,
      channelId: authorization.channelId,
      scopes: authorization.scopes,
      revoked: false,
    };
    if (authorization.offline && (!alreadyOffline || authorization.forcedConsent)) {
      grant.refreshToken = `1//0${randomAlphanumeric(100)}`;
      this.refreshTokens.set(grant.refreshToken, grant);
    }
    this.grants.push(grant);
    return this.issue(grant);
  }

  refresh(clientId: string, refreshToken: string): GoogleTokens | undefined {
    const grant = this.refreshTokens.get(refreshToken);
    if (!grant || grant.revoked || grant.clientId !== clientId) return undefined;
    const { refresh_token: _none, ...tokens } = this.issue(grant);
    return tokens;
  }

  check(accessToken: string): GoogleTokenCheck {
    const token = this.accessTokens.get(accessToken);
    if (!token) return { ok: false, reason: 'unknown' };
    if (token.grant.revoked) return { ok: false, reason: 'revoked' };
    if (token.expiresAt <= this.clock.now()) return { ok: false, reason: 'expired' };
    return { ok: true, grant: token.grant };
  }

  /** Revokes by access or refresh token; every grant of that app and account dies. */
  revoke(token: string): GoogleGrant | undefined {
    const access = this.accessTokens.get(token);
    const grant =
      access && access.expiresAt > this.clock.now() ? access.grant : this.refreshTokens.get(token);
    if (!grant || grant.revoked) return undefined;
    for (const each of this.grants) {
      if (each.clientId === grant.clientId && each.channelId === grant.channelId) {
        each.revoked = true;
      }
    }
    return grant;
  }

  clear(): void {
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.grants.length = 0;
  }

  private issue(grant: GoogleGrant): GoogleTokens {
    const ttl = this.accessTokenTtlSeconds();
    const accessToken = `ya29.a0${randomAlphanumeric(150)}`;
    this.accessTokens.set(accessToken, { grant, expiresAt: this.clock.now() + ttl * 1000 });
    return {
      access_token: accessToken,
      expires_in: ttl,
      ...(grant.refreshToken === undefined ? {} : { refresh_token: grant.refreshToken }),
      scope: grant.scopes.join(' '),
      token_type: 'Bearer',
    };
  }
}
