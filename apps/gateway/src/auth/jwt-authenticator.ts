import {
  ACCESS_TOKEN_AUDIENCE,
  ENVIRONMENTS,
  isPermission,
  Permission,
  Principal,
  Revocation,
  TallyTokenClaims,
} from '@tally/contracts';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import { JwksCache } from '../oauth/jwks.cache.js';
import { PUBLIC_BASE_URL } from '../oauth/well-known.controller.js';
import { invalidToken } from './credentials.js';
import { RevocationFeed } from './revocation/revocation-feed.js';

/**
 * OAuth access tokens (ES256 JWTs) checked locally against identity's JWKS,
 * with the revoked tokens and clients the revocation feed tells of, each
 * remembered until the tokens it stops would have expired anyway.
 */
@Injectable()
export class JwtAuthenticator implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly revokedTokens = new Map<string, number>();
  /** Client id → tokens issued up to `issuedUpTo` are refused, until `until`. */
  private readonly revokedClients = new Map<string, { issuedUpTo: number; until: number }>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly jwks: JwksCache,
    revocations: RevocationFeed,
    @Inject(PUBLIC_BASE_URL) private readonly issuer: string,
  ) {
    revocations.onRevoked((revoked) => {
      for (const revocation of revoked) {
        if (revocation.kind === 'oauth_token')
          remember(this.revokedTokens, revocation.credentialId, revocation.forgetAfter);
        if (revocation.kind === 'oauth_client') this.refuseClientTokens(revocation);
      }
    });
  }

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(() => this.forgetExpired(), 60_000);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  async authenticate(token: string): Promise<Principal> {
    let header;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw invalidToken('The bearer token is neither a Tally API key nor a valid access token.');
    }
    let payload: Partial<TallyTokenClaims> & { exp?: number; jti?: string; iat?: number };
    try {
      ({ payload } = await this.verify(token));
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw this.refusal(error);
      await this.jwks.refreshForUnknownKey(header.kid);
      try {
        ({ payload } = await this.verify(token));
      } catch (retryError) {
        throw this.refusal(retryError);
      }
    }
    if (!payload.jti || this.revokedTokens.has(payload.jti))
      throw invalidToken('The access token has been revoked.');
    if (!payload.cid || this.isClientRefused(payload.cid, payload.iat))
      throw invalidToken('The OAuth client of this token has been revoked or paused.');
    if (
      !payload.account_id ||
      !payload.environment ||
      !ENVIRONMENTS.includes(payload.environment) ||
      !payload.exp
    ) {
      throw invalidToken('The access token is missing Tally claims.');
    }
    const permissions = (payload.scope ?? '').split(' ').filter(isPermission) as Permission[];
    return {
      accountId: payload.account_id,
      credentialType: 'oauth_client',
      credentialId: payload.cid,
      environment: payload.environment,
      permissions,
      expiresAt: new Date(payload.exp * 1000).toISOString(),
    };
  }

  private async verify(token: string) {
    return jwtVerify<Partial<TallyTokenClaims>>(token, await this.jwks.verificationKeys(), {
      issuer: this.issuer,
      audience: ACCESS_TOKEN_AUDIENCE,
      algorithms: ['ES256'],
    });
  }

  private refusal(error: unknown) {
    if (error instanceof errors.JWTExpired) return invalidToken('The access token has expired.');
    if (error instanceof errors.JOSEError) return invalidToken('The access token is not valid.');
    return error;
  }

  /**
   * A revoked client gets no new tokens; a paused one gets them again once
   * enabled. Either way, the tokens it was issued before then are refused.
   * Without `recordedAt` (an older identity), all of its tokens are.
   */
  private refuseClientTokens(revocation: Revocation): void {
    const until = Date.parse(revocation.forgetAfter);
    const issuedUpTo = revocation.recordedAt ? Date.parse(revocation.recordedAt) : until;
    const known = this.revokedClients.get(revocation.credentialId);
    this.revokedClients.set(revocation.credentialId, {
      issuedUpTo: Math.max(known?.issuedUpTo ?? 0, issuedUpTo),
      until: Math.max(known?.until ?? 0, until),
    });
  }

  private isClientRefused(clientId: string, issuedAt: number | undefined): boolean {
    const refused = this.revokedClients.get(clientId);
    if (!refused) return false;
    // `iat` has whole seconds: a token of the second the client was paused is refused too.
    return issuedAt === undefined || issuedAt * 1000 <= refused.issuedUpTo;
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [jti, expiresAt] of this.revokedTokens)
      if (expiresAt <= now) this.revokedTokens.delete(jti);
    for (const [id, refused] of this.revokedClients)
      if (refused.until <= now) this.revokedClients.delete(id);
  }
}

function remember(revoked: Map<string, number>, id: string, forgetAfter: string): void {
  revoked.set(id, Math.max(revoked.get(id) ?? 0, Date.parse(forgetAfter)));
}
