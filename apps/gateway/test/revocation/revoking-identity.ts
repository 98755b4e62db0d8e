import {
  ACCESS_TOKEN_AUDIENCE,
  AppError,
  formatApiKey,
  IdentitySubjects,
  type Jwks,
  type Principal,
  type Revocation,
  type RevocationChanges,
  type RevokedCredentialKind,
  type SessionVerification,
  type TallyTokenClaims,
  type VerifyKeyReply,
  type WhoAmI,
} from '@tally/contracts';
import { RpcErrorFilter, TallyServerNats } from '@tally/nest-kit';
import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { createHash, randomBytes, randomUUID } from 'node:crypto';

const HOUR_MS = 3_600_000;

interface Credential {
  principal: Principal;
  revoked: boolean;
}

/**
 * Plays identity for one gateway: keys, sessions and access tokens it issued,
 * and a revocation log read with a cursor, as the real one is. It never
 * publishes an event, so the gateway can learn of a revocation only by
 * resyncing. Verifications can be held before they are answered.
 */
export class RevokingIdentity {
  private readonly keys = new Map<string, Credential>();
  private readonly sessions = new Map<string, Credential & { csrfHash: string }>();
  private readonly log: (Revocation & { seq: number })[] = [];
  private signingKey: { privateKey: CryptoKey; jwk: Jwks['keys'][number] } | undefined;
  private held: Promise<void> | undefined;
  private releaseHeld: (() => void) | undefined;
  private resyncRefused = false;
  private microservice: INestMicroservice | undefined;
  /** Key verifications asked of this identity so far. */
  verifications = 0;

  constructor(private readonly issuer: string) {}

  async start(): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    this.signingKey = {
      privateKey,
      jwk: {
        ...(await exportJWK(publicKey)),
        kid: 'test-key',
        alg: 'ES256',
        use: 'sig',
      } as Jwks['keys'][number],
    };
    this.microservice = await startResponder(this);
  }

  async stop(): Promise<void> {
    this.release();
    await this.microservice?.close();
  }

  issueKey(): { key: string; keyId: string } {
    const key = formatApiKey('secret', randomBytes(24));
    const principal = this.principal('secret_key');
    this.keys.set(key, { principal, revoked: false });
    return { key, keyId: principal.credentialId };
  }

  openSession(): { sessionToken: string; sessionId: string } {
    const sessionToken = randomBytes(32).toString('base64url');
    const principal = this.principal('session');
    const csrfHash = createHash('sha256').update('csrf').digest('hex');
    this.sessions.set(sessionToken, { principal, revoked: false, csrfHash });
    return { sessionToken, sessionId: principal.credentialId };
  }

  async issueToken(): Promise<{ token: string; jti: string; clientId: string }> {
    if (!this.signingKey) throw new Error('start() the fake identity first');
    const jti = randomUUID();
    const clientId = randomUUID();
    const claims: TallyTokenClaims = {
      scope: 'creators:read',
      client_id: `tly_ci_${clientId}`,
      cid: clientId,
      account_id: randomUUID(),
      environment: 'production',
    };
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: this.signingKey.jwk.kid, typ: 'at+jwt' })
      .setIssuer(this.issuer)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setJti(jti)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(this.signingKey.privateKey);
    return { token, jti, clientId };
  }

  /** Takes a credential back: in the log, and in what verification answers; no event. */
  revoke(kind: RevokedCredentialKind, credentialId: string): void {
    for (const credential of [...this.keys.values(), ...this.sessions.values()])
      if (credential.principal.credentialId === credentialId) credential.revoked = true;
    this.log.push({
      seq: this.log.length + 1,
      kind,
      credentialId,
      forgetAfter: new Date(Date.now() + HOUR_MS).toISOString(),
    });
  }

  /** From now on key verifications are decided at once but answered only on release(). */
  hold(): void {
    this.held = new Promise((resolve) => {
      this.releaseHeld = resolve;
    });
  }

  release(): void {
    this.releaseHeld?.();
    this.held = undefined;
  }

  /** Fails every resync from now on, as an identity that cannot answer would. */
  refuseResyncs(refused = true): void {
    this.resyncRefused = refused;
  }

  async verifyKey(key: string): Promise<VerifyKeyReply> {
    this.verifications += 1;
    const credential = this.keys.get(key);
    const reply: VerifyKeyReply = !credential
      ? { valid: false, reason: 'unknown' }
      : credential.revoked
        ? { valid: false, reason: 'revoked' }
        : { valid: true, principal: credential.principal };
    await this.held;
    return reply;
  }

  verifySession(sessionToken: string): SessionVerification {
    const session = this.sessions.get(sessionToken);
    if (!session || session.revoked) throw new AppError('unauthorized', 'The session has ended.');
    return { principal: session.principal, csrfHash: session.csrfHash };
  }

  jwks(): Jwks {
    if (!this.signingKey) throw new Error('start() the fake identity first');
    return { keys: [this.signingKey.jwk] };
  }

  revocationsSince(after: number): RevocationChanges {
    if (this.resyncRefused) throw new AppError('internal_error', 'The revocation log is away.');
    const revocations = this.log.filter((entry) => entry.seq > after);
    return {
      revocations: revocations.map(({ kind, credentialId, forgetAfter }) => ({
        kind,
        credentialId,
        forgetAfter,
      })),
      cursor: revocations.at(-1)?.seq ?? after,
      more: false,
    };
  }

  private principal(credentialType: Principal['credentialType']): Principal {
    return {
      accountId: randomUUID(),
      credentialType,
      credentialId: randomUUID(),
      environment: 'production',
      permissions: ['creators:read'],
      expiresAt: new Date(Date.now() + HOUR_MS).toISOString(),
    };
  }
}

function whoAmI(principal: Principal): WhoAmI {
  return {
    account: { id: principal.accountId, name: 'Acme' },
    credential: {
      type: principal.credentialType,
      id: principal.credentialId,
      name: null,
      metadata: null,
      owner: null,
    },
    user: null,
    roles: [],
    permissions: principal.permissions,
    environment: principal.environment,
    expiresAt: principal.expiresAt,
  };
}

async function startResponder(identity: RevokingIdentity): Promise<INestMicroservice> {
  @Controller()
  class RevokingIdentityHandler {
    @MessagePattern(IdentitySubjects.verifyKey)
    verifyKey(@Payload() payload: { key: string }): Promise<VerifyKeyReply> {
      return identity.verifyKey(payload.key);
    }

    @MessagePattern(IdentitySubjects.verifySession)
    verifySession(@Payload() payload: { sessionToken: string }): SessionVerification {
      return identity.verifySession(payload.sessionToken);
    }

    @MessagePattern(IdentitySubjects.whoAmI)
    whoAmI(@Payload() payload: { principal: Principal }): WhoAmI {
      return whoAmI(payload.principal);
    }

    @MessagePattern(IdentitySubjects.jwks)
    jwks(): Jwks {
      return identity.jwks();
    }

    @MessagePattern(IdentitySubjects.revocationsSince)
    revocationsSince(@Payload() payload: { after: number }): RevocationChanges {
      return identity.revocationsSince(payload.after);
    }
  }

  @Module({ controllers: [RevokingIdentityHandler] })
  class RevokingIdentityModule {}

  const microservice = await NestFactory.createMicroservice(RevokingIdentityModule, {
    strategy: new TallyServerNats({
      servers: [process.env.NATS_URL ?? 'nats://127.0.0.1:4222'],
      name: 'fake-identity',
      queue: 'identity',
      subjectPrefix: process.env.NATS_SUBJECT_PREFIX,
    }),
    logger: false,
  });
  microservice.useGlobalFilters(new RpcErrorFilter());
  await microservice.listen();
  return microservice;
}
