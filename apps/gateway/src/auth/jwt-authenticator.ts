import {
  ACCESS_TOKEN_AUDIENCE,
  ENVIRONMENTS,
  IdentityClientRevoked,
  IdentityTokenRevoked,
  isPermission,
  Permission,
  Principal,
  TallyTokenClaims,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import { IdentityClient } from '../identity/identity.client.js';
import { JwksCache } from '../oauth/jwks.cache.js';
import { PUBLIC_BASE_URL } from '../oauth/well-known.controller.js';
import { invalidToken } from './credentials.js';

/**
 * OAuth access tokens (ES256 JWTs) checked locally against identity's JWKS,
 * with revoked tokens and clients known from identity's events.
 */
@Injectable()
export class JwtAuthenticator implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JwtAuthenticator.name);
  private readonly revokedTokens = new Map<string, number>();
  private readonly revokedClients = new Map<string, number>();
  private sweeper: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly jwks: JwksCache,
    private readonly identity: IdentityClient,
    bus: ServiceClient,
    @Inject(PUBLIC_BASE_URL) private readonly issuer: string,
  ) {
    bus.subscribe(IdentityTokenRevoked, (event) =>
      this.revokedTokens.set(event.jti, Date.parse(event.expiresAt)),
    );
    bus.subscribe(IdentityClientRevoked, (event) =>
      this.revokedClients.set(event.id, Date.now() + 3_600_000),
    );
    bus.onReconnect(() => void this.loadRevocations());
  }

  onApplicationBootstrap(): void {
    void this.loadRevocations();
    this.sweeper = setInterval(() => this.forgetExpired(), 60_000);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    this.closed = true;
    clearInterval(this.sweeper);
    clearTimeout(this.retry);
  }

  async authenticate(token: string): Promise<Principal> {
    let header;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw invalidToken('The bearer token is neither a Tally API key nor a valid access token.');
    }
    let payload: Partial<TallyTokenClaims> & { exp?: number; jti?: string };
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
    if (!payload.cid || this.revokedClients.has(payload.cid))
      throw invalidToken('The OAuth client of this token has been revoked.');
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

  private async loadRevocations(): Promise<void> {
    try {
      const revocations = await this.identity.revocations();
      for (const token of revocations.tokens)
        this.revokedTokens.set(token.jti, Date.parse(token.expiresAt));
      for (const client of revocations.clients)
        this.revokedClients.set(client.id, Date.parse(client.revokedAt) + 3_600_000);
    } catch (error) {
      if (this.closed) return;
      if (!this.retry) {
        this.logger.warn(
          `could not load revoked tokens yet (${error instanceof Error ? error.message : String(error)}); retrying every 2 s`,
        );
      }
      this.retry = setTimeout(() => void this.loadRevocations(), 2000);
      this.retry.unref();
    }
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [jti, expiresAt] of this.revokedTokens)
      if (expiresAt <= now) this.revokedTokens.delete(jti);
    for (const [id, until] of this.revokedClients) if (until <= now) this.revokedClients.delete(id);
  }
}
