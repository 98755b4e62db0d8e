import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_LIFETIME_SECONDS,
  ClientCredentials,
  IdentityTokenRevoked,
  IntrospectionResponse,
  isPermission,
  Jwks,
  OAuthOutcome,
  Revocations,
  TallyTokenClaims,
  TokenQuestion,
  TokenRequest,
  TokenResponse,
} from '@tally/contracts';
import { ServiceClient, announce } from '@tally/nest-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createLocalJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { IdentityConfig } from '../config/identity.config.js';
import { IDENTITY_CONFIG } from '../config/identity.tokens.js';
import { SECRET_HASHER, SecretHasher } from '../crypto/secret-hasher.js';
import { OAuthClientRecord, OAuthClientsRepository } from './oauth-clients.repository.js';
import { RevokedTokensRepository } from './revoked-tokens.repository.js';
import { SigningKeysService } from './signing-keys.service.js';

type VerifiedToken = JWTPayload & Partial<TallyTokenClaims>;

const fail = <T>(
  status: 400 | 401,
  error: Extract<OAuthOutcome<T>, { ok: false }>['error'],
  description: string,
): OAuthOutcome<T> => ({
  ok: false,
  status,
  error,
  description,
});

/** The client-credentials grant (RFC 6749 4.4), introspection (RFC 7662) and revocation (RFC 7009). */
@Injectable()
export class TokenService {
  private readonly logger = new Logger(TokenService.name);

  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(SECRET_HASHER) private readonly hasher: SecretHasher,
    private readonly clients: OAuthClientsRepository,
    private readonly revokedTokens: RevokedTokensRepository,
    private readonly signingKeys: SigningKeysService,
    private readonly audit: AuditService,
    private readonly bus: ServiceClient,
  ) {}

  get issuer(): string {
    return this.config.PUBLIC_BASE_URL.replace(/\/$/, '');
  }

  async issue(request: TokenRequest): Promise<OAuthOutcome<TokenResponse>> {
    if (request.grantType !== 'client_credentials') {
      return request.grantType
        ? fail(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.')
        : fail(400, 'invalid_request', 'grant_type is required.');
    }
    const client = await this.authenticate(request);
    if (!client) return fail(401, 'invalid_client', 'Client authentication failed.');
    if (client.disabled)
      return fail(
        400,
        'unauthorized_client',
        'This OAuth client is disabled (paused, or its owner is disabled); it gets tokens again once enabled.',
      );
    let scope = client.permissions;
    if (request.scope !== undefined) {
      const requested = [...new Set(request.scope.split(' ').filter(Boolean))];
      const unknown = requested.filter(
        (item) => !isPermission(item) || !client.permissions.includes(item),
      );
      if (requested.length === 0 || unknown.length > 0) {
        return fail(
          400,
          'invalid_scope',
          `The client may not have: ${unknown.join(' ') || '(empty scope)'}.`,
        );
      }
      scope = client.permissions.filter((permission) => requested.includes(permission));
    }
    const key = await this.signingKeys.current();
    const claims: TallyTokenClaims = {
      scope: scope.join(' '),
      client_id: client.clientId,
      cid: client.id,
      account_id: client.accountId,
      environment: client.environment,
    };
    const accessToken = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'at+jwt' })
      .setIssuer(this.issuer)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setSubject(client.clientId)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${ACCESS_TOKEN_LIFETIME_SECONDS}s`)
      .sign(key.privateKey);
    await this.clients.recordUse(client.id);
    return {
      ok: true,
      value: {
        access_token: accessToken,
        token_type: 'bearer',
        expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
        scope: claims.scope,
      },
    };
  }

  async introspect(question: TokenQuestion): Promise<OAuthOutcome<IntrospectionResponse>> {
    const caller = await this.authenticate(question);
    if (!caller) return fail(401, 'invalid_client', 'Client authentication failed.');
    const token = await this.verify(question.token);
    // A client learns nothing about tokens of other accounts.
    if (!token || token.account_id !== caller.accountId || (await this.isDead(token)))
      return { ok: true, value: { active: false } };
    return {
      ok: true,
      value: {
        active: true,
        scope: token.scope,
        client_id: token.client_id,
        token_type: 'bearer',
        exp: token.exp,
        iat: token.iat,
        sub: token.sub,
        aud: ACCESS_TOKEN_AUDIENCE,
        iss: token.iss,
        jti: token.jti,
      },
    };
  }

  async revoke(question: TokenQuestion): Promise<OAuthOutcome<Record<string, never>>> {
    const caller = await this.authenticate(question);
    if (!caller) return fail(401, 'invalid_client', 'Client authentication failed.');
    const token = await this.verify(question.token);
    // RFC 7009: an unknown or foreign token is not an error; the answer is the same.
    if (token?.jti && token.exp && token.cid === caller.id) {
      const expiresAt = new Date(token.exp * 1000);
      await this.revokedTokens.add(token.jti, caller.accountId, expiresAt);
      await this.audit.record(
        { accountId: caller.accountId, credentialType: 'oauth_client', credentialId: caller.id },
        'oauth_token.revoked',
        { type: 'oauth_token', id: token.jti },
      );
      await announce(this.bus, this.logger, IdentityTokenRevoked, {
        jti: token.jti,
        expiresAt: expiresAt.toISOString(),
      });
    }
    return { ok: true, value: {} };
  }

  jwks(): Promise<Jwks> {
    return this.signingKeys.jwks();
  }

  async revocations(): Promise<Revocations> {
    const since = new Date(Date.now() - ACCESS_TOKEN_LIFETIME_SECONDS * 1000);
    const [tokens, clients] = await Promise.all([
      this.revokedTokens.unexpired(),
      this.clients.revokedSince(since),
    ]);
    return {
      tokens: tokens.map((token) => ({ jti: token.jti, expiresAt: token.expiresAt.toISOString() })),
      clients: clients.map((client) => ({
        id: client.id,
        revokedAt: client.revokedAt.toISOString(),
      })),
    };
  }

  private async authenticate(credentials: ClientCredentials): Promise<OAuthClientRecord | null> {
    if (typeof credentials.clientId !== 'string' || typeof credentials.clientSecret !== 'string')
      return null;
    const client = await this.clients.findByClientId(credentials.clientId);
    if (!client || client.revokedAt) return null;
    return this.hasher.matches(credentials.clientSecret, client.secretHash) ? client : null;
  }

  private async verify(token: string): Promise<VerifiedToken | null> {
    if (typeof token !== 'string' || token.length > 4096) return null;
    try {
      const { payload } = await jwtVerify<Partial<TallyTokenClaims>>(
        token,
        createLocalJWKSet(await this.jwks()),
        {
          issuer: this.issuer,
          audience: ACCESS_TOKEN_AUDIENCE,
          algorithms: ['ES256'],
        },
      );
      return payload;
    } catch {
      return null;
    }
  }

  private async isDead(token: VerifiedToken): Promise<boolean> {
    if (!token.jti || (await this.revokedTokens.isRevoked(token.jti))) return true;
    const client = token.client_id ? await this.clients.findByClientId(token.client_id) : null;
    return !client || client.revokedAt !== null || client.disabled;
  }
}
