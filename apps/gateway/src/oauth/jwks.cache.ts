import type { Jwks } from '@tally/contracts';
import { Injectable } from '@nestjs/common';
import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import { IdentityClient } from '../identity/identity.client.js';

const FRESH_FOR_MS = 5 * 60_000;
const MIN_REFETCH_INTERVAL_MS = 10_000;

/**
 * The public keys that sign access tokens, fetched from identity and kept for
 * a few minutes; an unknown key id triggers a refetch, at most every 10 s.
 */
@Injectable()
export class JwksCache {
  private jwks: Jwks | undefined;
  // Built once per fetch: jose imports each public key on first use and keeps it.
  private keySet: { jwks: Jwks; verifyKey: JWTVerifyGetKey } | undefined;
  private fetchedAt = 0;
  private inflight: Promise<Jwks> | undefined;

  constructor(private readonly identity: IdentityClient) {}

  async get(): Promise<Jwks> {
    if (this.jwks && Date.now() - this.fetchedAt < FRESH_FOR_MS) return this.jwks;
    return this.refresh();
  }

  /** The keys ready for jwtVerify, rebuilt only when the JWKS changes. */
  async verificationKeys(): Promise<JWTVerifyGetKey> {
    const jwks = await this.get();
    if (this.keySet?.jwks !== jwks) this.keySet = { jwks, verifyKey: createLocalJWKSet(jwks) };
    return this.keySet.verifyKey;
  }

  /** For a token signed by a key we do not know yet (a rotation since the last fetch). */
  async refreshForUnknownKey(kid: string | undefined): Promise<Jwks> {
    const known = this.jwks?.keys.some((key) => key.kid === kid);
    if (known || Date.now() - this.fetchedAt < MIN_REFETCH_INTERVAL_MS) return this.get();
    return this.refresh();
  }

  private refresh(): Promise<Jwks> {
    this.inflight ??= this.identity
      .jwks()
      .then((jwks) => {
        this.jwks = jwks;
        this.fetchedAt = Date.now();
        return jwks;
      })
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }
}
