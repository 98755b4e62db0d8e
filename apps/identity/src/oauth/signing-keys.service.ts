import type { Jwks, PublicJwk } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IdentityConfig } from '../config/identity.config.js';
import { IDENTITY_CONFIG } from '../config/identity.tokens.js';
import { RotatingSecretBox } from '../crypto/rotating-secret-box.js';
import { SecretBox } from '../crypto/secret-box.js';
import { SigningKeysRepository } from './signing-keys.repository.js';

const ALGORITHM = 'ES256';
const DAY_MS = 24 * 60 * 60 * 1000;
// Retired keys stay published long enough for the tokens they signed to expire.
const PUBLISH_AFTER_RETIREMENT_MS = 2 * 60 * 60 * 1000;
const BOX_PURPOSE = 'signing-keys';

/**
 * Seals with SIGNING_KEY_ENCRYPTION_KEY; opens with it, the previous ones, and
 * KEY_HASH_SECRET, which sealed the keys stored before SIGNING_KEY_ENCRYPTION_KEY existed.
 */
function signingKeyBox(config: IdentityConfig): RotatingSecretBox {
  const boxFor = (secret: string) => new SecretBox(secret, BOX_PURPOSE);
  return new RotatingSecretBox([
    boxFor(config.SIGNING_KEY_ENCRYPTION_KEY),
    ...config.SIGNING_KEY_ENCRYPTION_PREVIOUS_KEYS.map(boxFor),
    boxFor(config.KEY_HASH_SECRET),
  ]);
}

export interface ActiveSigningKey {
  kid: string;
  privateKey: CryptoKey;
  retiresAt: Date;
}

/**
 * The key that signs access tokens: ES256, rotated every SIGNING_KEY_ROTATION_DAYS.
 * Private keys are stored encrypted (SIGNING_KEY_ENCRYPTION_KEY); the public ones are served as a JWKS.
 */
@Injectable()
export class SigningKeysService {
  private readonly box: RotatingSecretBox;
  private active: ActiveSigningKey | undefined;

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly keys: SigningKeysRepository,
  ) {
    this.box = signingKeyBox(config);
  }

  async current(): Promise<ActiveSigningKey> {
    if (this.active && this.active.retiresAt.getTime() > Date.now()) return this.active;
    const row = (await this.keys.current()) ?? (await this.rotate());
    const privateKey = (await importJWK(
      JSON.parse(this.box.open(row.privateJwkEncrypted)) as JWK,
      ALGORITHM,
    )) as CryptoKey;
    this.active = { kid: row.kid, privateKey, retiresAt: row.retiresAt };
    return this.active;
  }

  async jwks(): Promise<Jwks> {
    if (!(await this.keys.current())) await this.current();
    return { keys: (await this.keys.published()).map((row) => row.publicJwk) };
  }

  /** Makes a new key unless another replica just did (they take turns under a lock). */
  private rotate() {
    return this.db.transaction(async (manager) => {
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('tally:signing-keys'))");
      const existing = await this.keys.current(manager);
      if (existing) return existing;
      const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
      const kid = randomUUID();
      const publicJwk = {
        ...(await exportJWK(publicKey)),
        kid,
        alg: ALGORITHM,
        use: 'sig',
      } as PublicJwk;
      const retiresAt = new Date(Date.now() + this.config.SIGNING_KEY_ROTATION_DAYS * DAY_MS);
      const row = {
        kid,
        algorithm: ALGORITHM,
        publicJwk,
        privateJwkEncrypted: this.box.seal(JSON.stringify(await exportJWK(privateKey))),
        retiresAt,
      };
      await this.keys.insert(
        { ...row, unpublishAt: new Date(retiresAt.getTime() + PUBLISH_AFTER_RETIREMENT_MS) },
        manager,
      );
      return row;
    });
  }
}
