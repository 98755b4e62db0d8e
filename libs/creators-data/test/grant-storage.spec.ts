import type { PlatformTokens } from '@tally/platform-kit';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokenCipher, tokenKeyringFrom } from '@tally/nest-kit';
import { creatorsDatabaseOptions } from '../src/database/creators-database.js';
import { PendingRevocationsRepository } from '../src/revocations/pending-revocations.repository.js';
import { PlatformTokensRepository } from '../src/tokens/platform-tokens.repository.js';

/** Grants of every platform's shape, sealed and read back through the real schema. */
describe('grant storage', () => {
  let db: DataSource;
  let cipher: TokenCipher;

  beforeAll(async () => {
    db = new DataSource(creatorsDatabaseOptions(process.env.DATABASE_URL as string, 2));
    await db.initialize();
    cipher = new TokenCipher(tokenKeyringFrom({ TOKEN_ENCRYPTION_PREVIOUS_KEYS: '' }, 'test'));
  });

  afterAll(async () => {
    await db?.destroy();
  });

  async function creator(externalId: string): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO creators.creators (account_id, platform, external_id, scopes)
       VALUES ($1, 'INSTAGRAM', $2, $3) RETURNING id`,
      [randomUUID(), externalId, ['instagram_business_basic']],
    );
    return (row as { id: string }).id;
  }

  // Instagram's long-lived token is refreshed itself: no refresh token, no refresh expiry.
  const longLived = (externalUserId: string): PlatformTokens => ({
    externalUserId,
    scopes: ['instagram_business_basic'],
    accessToken: `IGAA-${randomUUID()}`,
    accessTokenExpiresAt: new Date('2027-02-05T00:00:00Z'),
    refreshToken: null,
    refreshTokenExpiresAt: null,
    tokenType: 'bearer',
  });

  it('keeps a grant without a refresh token, and one with, for a connected creator', async () => {
    const tokens = new PlatformTokensRepository(db, cipher);
    const externalUserId = `1784${Date.now()}`;
    const creatorId = await creator(externalUserId);
    const withoutRefresh = longLived(externalUserId);

    await tokens.store(creatorId, withoutRefresh);
    expect(await tokens.load(creatorId)).toEqual({
      ...withoutRefresh,
      platform: 'INSTAGRAM',
      tokenType: 'Bearer',
    });

    const withRefresh = {
      ...withoutRefresh,
      refreshToken: '1//refresh-token',
      refreshTokenExpiresAt: new Date('2027-06-01T00:00:00Z'),
    };
    await tokens.store(creatorId, withRefresh);
    expect(await tokens.load(creatorId)).toEqual({
      ...withRefresh,
      platform: 'INSTAGRAM',
      tokenType: 'Bearer',
    });
  });

  it('keeps a pending revocation of a grant without a refresh token', async () => {
    const revocations = new PendingRevocationsRepository(db, cipher);
    const grant = longLived(`1785${Date.now()}`);

    const id = await db.transaction((manager) =>
      revocations.add(
        {
          accountId: randomUUID(),
          platform: 'INSTAGRAM',
          externalId: grant.externalUserId,
          tokens: grant,
        },
        manager,
      ),
    );

    expect((await revocations.find(id))?.tokens).toMatchObject({
      accessToken: grant.accessToken,
      refreshToken: null,
      refreshTokenExpiresAt: null,
    });
  });
});
