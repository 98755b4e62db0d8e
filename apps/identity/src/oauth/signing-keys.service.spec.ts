import type { PublicJwk } from '@tally/contracts';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { SecretBox } from '../crypto/secret-box.js';
import { SigningKeysRepository, type SigningKeyRow } from './signing-keys.repository.js';
import { SigningKeysService } from './signing-keys.service.js';

const LONG_AGO = new Date('2000-01-01T00:00:00Z');

/**
 * The signing keys this test made, and no others: stored already retired, so
 * that the services of other test files sharing the database never take one of
 * them (sealed under this test's secrets) as their current key.
 */
class OwnSigningKeys extends SigningKeysRepository {
  private readonly kids: string[] = [];

  constructor(private readonly database: DataSource) {
    super(database);
  }

  override async current(manager: EntityManager = this.database.manager) {
    const [row] = await this.own(manager);
    return row ?? null;
  }

  override async published() {
    return this.own(this.database.manager);
  }

  override async insert(
    key: Omit<SigningKeyRow, 'retiresAt'> & { retiresAt: Date; unpublishAt: Date },
    manager: EntityManager,
  ) {
    this.kids.push(key.kid);
    await super.insert({ ...key, retiresAt: LONG_AGO, unpublishAt: LONG_AGO }, manager);
  }

  private async own(manager: EntityManager): Promise<SigningKeyRow[]> {
    const rows: SigningKeyRow[] = await manager.query(
      `SELECT kid, algorithm, public_jwk AS "publicJwk", private_jwk_encrypted AS "privateJwkEncrypted",
              retires_at AS "retiresAt"
         FROM identity.signing_keys WHERE kid = ANY($1::text[]) ORDER BY created_at DESC`,
      [this.kids],
    );
    return rows;
  }
}

const aSecret = () => randomBytes(32).toString('base64url');

describe('SigningKeysService', () => {
  let db: DataSource;
  let keys: OwnSigningKeys;

  beforeAll(async () => {
    db = await openIdentityDatabase();
  });

  afterAll(async () => {
    await db.destroy();
  });

  beforeEach(() => {
    keys = new OwnSigningKeys(db);
  });

  function serviceWith(secrets: Record<string, string>): SigningKeysService {
    return new SigningKeysService(db, identityTestConfig(secrets), keys);
  }

  /** A token signed with the service's current key, checked against its published keys. */
  async function signAndVerify(sut: SigningKeysService): Promise<string> {
    const active = await sut.current();
    const token = await new SignJWT({ sub: 'test' })
      .setProtectedHeader({ alg: 'ES256', kid: active.kid })
      .sign(active.privateKey);
    const { protectedHeader } = await jwtVerify(token, createLocalJWKSet(await sut.jwks()));
    return protectedHeader.kid as string;
  }

  it('still opens a key sealed under KEY_HASH_SECRET, as identity stored them before', async () => {
    const keyHashSecret = aSecret();
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = randomUUID();
    const legacyBox = new SecretBox(keyHashSecret, 'signing-keys');
    const row = {
      kid,
      algorithm: 'ES256',
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } as PublicJwk,
      privateJwkEncrypted: legacyBox.seal(JSON.stringify(await exportJWK(privateKey))),
      retiresAt: LONG_AGO,
      unpublishAt: LONG_AGO,
    };
    await db.transaction((manager) => keys.insert(row, manager));

    const sut = serviceWith({
      KEY_HASH_SECRET: keyHashSecret,
      SIGNING_KEY_ENCRYPTION_KEY: aSecret(),
    });

    expect(await signAndVerify(sut)).toBe(kid);
  });

  it('keeps its signing key when KEY_HASH_SECRET is rotated', async () => {
    const signingSecret = aSecret();
    const before = serviceWith({
      KEY_HASH_SECRET: aSecret(),
      SIGNING_KEY_ENCRYPTION_KEY: signingSecret,
    });
    const kid = (await before.current()).kid;

    const after = serviceWith({
      KEY_HASH_SECRET: aSecret(),
      SIGNING_KEY_ENCRYPTION_KEY: signingSecret,
    });

    expect(await signAndVerify(after)).toBe(kid);
  });

  it('keeps signing with the stored key after SIGNING_KEY_ENCRYPTION_KEY is rotated, the old one listed', async () => {
    const keyHashSecret = aSecret();
    const oldSecret = aSecret();
    const before = serviceWith({
      KEY_HASH_SECRET: keyHashSecret,
      SIGNING_KEY_ENCRYPTION_KEY: oldSecret,
    });
    const kid = await signAndVerify(before);

    const after = serviceWith({
      KEY_HASH_SECRET: keyHashSecret,
      SIGNING_KEY_ENCRYPTION_KEY: aSecret(),
      SIGNING_KEY_ENCRYPTION_PREVIOUS_KEYS: `${aSecret()}, ${oldSecret}`,
    });

    expect(await signAndVerify(after)).toBe(kid);
  });

  it('cannot open the stored key once the old SIGNING_KEY_ENCRYPTION_KEY is no longer listed', async () => {
    const keyHashSecret = aSecret();
    await serviceWith({
      KEY_HASH_SECRET: keyHashSecret,
      SIGNING_KEY_ENCRYPTION_KEY: aSecret(),
    }).current();

    const after = serviceWith({
      KEY_HASH_SECRET: keyHashSecret,
      SIGNING_KEY_ENCRYPTION_KEY: aSecret(),
    });

    await expect(after.current()).rejects.toThrow(/none of the configured secrets/);
  });

  it('seals new keys under SIGNING_KEY_ENCRYPTION_KEY, not KEY_HASH_SECRET', async () => {
    const keyHashSecret = aSecret();
    const signingSecret = aSecret();
    await serviceWith({
      KEY_HASH_SECRET: keyHashSecret,
      SIGNING_KEY_ENCRYPTION_KEY: signingSecret,
    }).current();
    const row = (await keys.current()) as SigningKeyRow;

    expect(() =>
      new SecretBox(keyHashSecret, 'signing-keys').open(row.privateJwkEncrypted),
    ).toThrow();
    expect(new SecretBox(signingSecret, 'signing-keys').open(row.privateJwkEncrypted)).toContain(
      '"d"',
    );
  });
});
