import { createRedis, runMigrations } from '@tally/nest-kit';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UNREAD_PROFILE } from '../src/connections/creator-connections.js';
import { CreatorsRepository } from '../src/creators/creators.repository.js';
import { CREATORS_SCHEMA, creatorsDatabaseOptions } from '../src/database/creators-database.js';
import {
  type GrantRevocation,
  GrantRevoker,
  type RevokeUpstream,
} from '../src/revocations/grant-revoker.js';
import { TokenLockFactory } from '../src/tokens/token-locks.js';

describe('GrantRevoker', () => {
  let db: DataSource;
  let redis: Redis;
  let creators: CreatorsRepository;
  let sut: GrantRevoker;

  beforeAll(async () => {
    const url = process.env.DATABASE_URL as string;
    db = await new DataSource(creatorsDatabaseOptions(url, 4, 'creators-data-tests')).initialize();
    await runMigrations(db, CREATORS_SCHEMA);
    redis = createRedis({
      url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
    });
    creators = new CreatorsRepository(db);
    sut = new GrantRevoker(creators, new TokenLockFactory(redis, 1000));
  });

  afterAll(async () => {
    await redis?.quit();
    await db?.destroy();
  });

  /** A platform user of the test's own. */
  const newGrant = () => `open-${randomUUID()}`;

  /** An account's creator on the platform user's grant. */
  async function connectedCreator(externalId: string): Promise<{ id: string; accountId: string }> {
    const accountId = randomUUID();
    const { id } = await creators.upsertConnected(
      {
        accountId,
        platform: 'TIKTOK',
        externalId,
        externalUserId: null,
        scopes: ['user.info.basic'],
        profile: UNREAD_PROFILE,
      },
      db.manager,
    );
    return { id, accountId };
  }

  /** A platform that answers `answer`, counting its calls. */
  function platform(answer: () => Promise<'revoked' | 'grant_gone'>) {
    const calls: string[] = [];
    const revokeUpstream: RevokeUpstream = async () => {
      calls.push('revoke');
      return answer();
    };
    return { calls, revokeUpstream };
  }

  const settled = async (revocation: GrantRevocation) => revocation;

  describe('revoke', () => {
    it('revokes a grant no account holds any more', async () => {
      const upstream = platform(async () => 'revoked');

      const result = await sut.revoke(
        { platform: 'TIKTOK', externalId: newGrant(), ...upstream },
        settled,
      );

      expect(result).toEqual({ outcome: 'revoked' });
      expect(upstream.calls).toHaveLength(1);
    });

    it('leaves the grant alone while another account has the creator connected', async () => {
      const externalId = newGrant();
      await connectedCreator(externalId);
      const upstream = platform(async () => 'revoked');

      const result = await sut.revoke({ platform: 'TIKTOK', externalId, ...upstream }, settled);

      expect(result).toEqual({ outcome: 'grant_in_use' });
      expect(upstream.calls).toHaveLength(0);
    });

    it('does not count the creator that leaves with the revocation', async () => {
      const externalId = newGrant();
      const leaving = await connectedCreator(externalId);
      const upstream = platform(async () => 'revoked');

      const result = await sut.revoke(
        { platform: 'TIKTOK', externalId, leavingCreatorId: leaving.id, ...upstream },
        settled,
      );

      expect(result).toEqual({ outcome: 'revoked' });
      expect(upstream.calls).toHaveLength(1);
    });

    it('counts the other accounts beside the creator that leaves', async () => {
      const externalId = newGrant();
      const leaving = await connectedCreator(externalId);
      await connectedCreator(externalId);
      const upstream = platform(async () => 'revoked');

      const result = await sut.revoke(
        { platform: 'TIKTOK', externalId, leavingCreatorId: leaving.id, ...upstream },
        settled,
      );

      expect(result).toEqual({ outcome: 'grant_in_use' });
      expect(upstream.calls).toHaveLength(0);
    });

    it('tells a grant the platform no longer knows apart from a revoked one', async () => {
      const upstream = platform(async () => 'grant_gone');

      const result = await sut.revoke(
        { platform: 'TIKTOK', externalId: newGrant(), ...upstream },
        settled,
      );

      expect(result).toEqual({ outcome: 'grant_gone' });
    });

    it('answers failed, with the reason, when the platform cannot be reached, so that the caller retries later', async () => {
      const unreachable = new Error('connect ECONNREFUSED');
      const upstream = platform(async () => {
        throw unreachable;
      });

      const result = await sut.revoke(
        { platform: 'TIKTOK', externalId: newGrant(), ...upstream },
        settled,
      );

      expect(result).toEqual({ outcome: 'failed', error: unreachable });
      expect(upstream.calls).toHaveLength(1);
    });

    it('revokes once when every account that has the creator leaves at the same time', async () => {
      const externalId = newGrant();
      const leaving = await Promise.all([1, 2, 3].map(() => connectedCreator(externalId)));
      const upstream = platform(async () => 'revoked');

      const outcomes = await Promise.all(
        leaving.map((creator) =>
          sut.revoke(
            { platform: 'TIKTOK', externalId, leavingCreatorId: creator.id, ...upstream },
            async (revocation) => {
              // What a disconnect does once the grant is settled: its creator goes.
              await creators.delete(creator.accountId, creator.id, db.manager);
              return revocation.outcome;
            },
          ),
        ),
      );

      expect(upstream.calls).toHaveLength(1);
      expect(outcomes.sort()).toEqual(['grant_in_use', 'grant_in_use', 'revoked']);
    });
  });
});
