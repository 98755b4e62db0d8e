import type { Revocation, RevocationChanges } from '@tally/contracts';
import { PrivateDatabase, waitFor } from '@tally/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures, TestAccount } from '../../test/support/identity-fixtures.js';
import { ApiKeysRepository } from '../keys/api-keys.repository.js';
import { OAuthClientsRepository } from '../oauth/oauth-clients.repository.js';
import { RevokedTokensRepository } from '../oauth/revoked-tokens.repository.js';
import { RevocationsRepository } from './revocations.repository.js';
import { RevocationsService } from './revocations.service.js';
import { SessionsRepository } from './sessions.repository.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Earlier tests' revocations stay in the log: each test reads its own. */
function onlyOf(changes: RevocationChanges, ids: string[]): Revocation[] {
  return changes.revocations.filter((revocation) => ids.includes(revocation.credentialId));
}

// The log is read whole (from its start, up to its end) and its writers are
// made to wait: in the shared test database, other spec files revoke meanwhile
// and queue on the same lock, so this file has a database of its own.
describe('RevocationsService', () => {
  let database: PrivateDatabase;
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let keys: ApiKeysRepository;
  let log: RevocationsRepository;
  let sut: RevocationsService;
  let account: TestAccount;

  beforeAll(async () => {
    database = await PrivateDatabase.create();
    db = await openIdentityDatabase(database.url);
    fixtures = new IdentityFixtures(db);
    keys = new ApiKeysRepository(db);
    log = new RevocationsRepository(db);
    sut = new RevocationsService(log);
    account = await fixtures.account();
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  async function key(expiresInMs = 30 * DAY_MS): Promise<string> {
    return keys.insert(
      {
        accountId: account.id,
        name: 'revocable',
        type: 'secret',
        environment: 'production',
        start: 'tly_sk_test',
        hash: randomBytes(32),
        allowedOrigins: [],
        createdBy: { type: 'system' },
        expiresAt: new Date(Date.now() + expiresInMs),
        roleIds: [],
        ownerUserId: account.ownerId,
        metadata: {},
      },
      db.manager,
    );
  }

  async function revokeKey(keyId: string): Promise<void> {
    await keys.revoke(account.id, keyId);
  }

  describe('since', () => {
    it('answers only what was revoked after the cursor', async () => {
      const [first, second] = [await key(), await key()];
      const start = await log.latest();
      await revokeKey(first);
      const afterFirst = await sut.since(start);

      await revokeKey(second);
      const afterSecond = await sut.since(afterFirst.cursor);

      expect(onlyOf(afterFirst, [first, second]).map((r) => r.credentialId)).toEqual([first]);
      expect(onlyOf(afterSecond, [first, second]).map((r) => r.credentialId)).toEqual([second]);
      expect(afterSecond.cursor).toBeGreaterThan(afterFirst.cursor);
      expect(afterFirst.cursor).toBeGreaterThan(start);
    });

    it('answers nothing it already told', async () => {
      const revoked = await key();
      await revokeKey(revoked);
      const caughtUp = await sut.since(await log.latest());

      expect(onlyOf(caughtUp, [revoked])).toEqual([]);
      expect(caughtUp.more).toBe(false);
    });

    it('logs a revoked key until it would have expired anyway', async () => {
      const expiresInMs = 10 * DAY_MS;
      const revoked = await key(expiresInMs);
      const start = await log.latest();

      await revokeKey(revoked);
      const [entry] = onlyOf(await sut.since(start), [revoked]);

      expect(entry).toMatchObject({ kind: 'api_key', credentialId: revoked });
      expect(Date.parse(entry.forgetAfter)).toBeGreaterThan(Date.now() + expiresInMs - HOUR_MS);
    });

    it('logs a key that a roll cut short, but not one whose life it left alone', async () => {
      const [cutShort, leftAlone, replacement] = [await key(), await key(DAY_MS), await key()];
      const start = await log.latest();

      await db.transaction(async (manager) => {
        await keys.retireForRoll(cutShort, replacement, new Date(), manager);
        await keys.retireForRoll(
          leftAlone,
          replacement,
          new Date(Date.now() + 7 * DAY_MS),
          manager,
        );
      });
      const logged = onlyOf(await sut.since(start), [cutShort, leftAlone]);

      expect(logged.map((r) => [r.kind, r.credentialId])).toEqual([['api_key', cutShort]]);
    });

    it('logs an ended session, a revoked access token and a revoked OAuth client', async () => {
      const sessions = new SessionsRepository(db);
      const tokenHash = randomBytes(32);
      const sessionId = await sessions.create({
        userId: account.ownerId,
        accountId: account.id,
        tokenHash,
        csrfHash: randomBytes(32),
        expiresAt: new Date(Date.now() + DAY_MS),
      });
      const clients = new OAuthClientsRepository(db);
      const clientId = await clients.insert(
        {
          accountId: account.id,
          clientId: `tly_ci_${randomUUID()}`,
          secretHash: randomBytes(32),
          name: 'revocable',
          environment: 'production',
          createdByUserId: null,
          createdByKeyId: null,
          roleIds: [],
          ownerUserId: account.ownerId,
          metadata: {},
        },
        db.manager,
      );
      const jti = randomUUID();
      const tokenExpiry = new Date(Date.now() + HOUR_MS);
      const start = await log.latest();

      await sessions.revoke(tokenHash);
      await new RevokedTokensRepository(db).add(jti, account.id, tokenExpiry);
      await clients.revoke(account.id, clientId, db.manager);
      const logged = onlyOf(await sut.since(start), [sessionId, jti, clientId]);

      expect(logged.map((r) => [r.kind, r.credentialId])).toEqual([
        ['session', sessionId],
        ['oauth_token', jti],
        ['oauth_client', clientId],
      ]);
      expect(logged[1].forgetAfter).toBe(tokenExpiry.toISOString());
      // Tokens the client got before its revocation live an hour at most.
      expect(Date.parse(logged[2].forgetAfter)).toBeGreaterThan(Date.now() + HOUR_MS - 60_000);
    });

    it('leaves out revocations of credentials that have expired since', async () => {
      const jti = randomUUID();
      const start = await log.latest();

      await new RevokedTokensRepository(db).add(jti, account.id, new Date(Date.now() - 1000));

      expect(onlyOf(await sut.since(start), [jti])).toEqual([]);
    });

    it('pages through many revocations, oldest first', async () => {
      const revoked = [await key(), await key(), await key()];
      const start = await log.latest();
      for (const id of revoked) await revokeKey(id);

      const pages: RevocationChanges[] = [await sut.since(start, 2)];
      const found = () => pages.flatMap((page) => onlyOf(page, revoked));
      while (found().length < revoked.length && pages.at(-1)?.more)
        pages.push(await sut.since(pages.at(-1)!.cursor, 2));

      expect(pages[0]).toMatchObject({ more: true });
      expect(pages[0].revocations).toHaveLength(2);
      expect(found().map((r) => r.credentialId)).toEqual(revoked);
    });

    it('pages in the order of the numbers, also where they gain a digit', async () => {
      const revoked: string[] = [];
      for (let i = 0; i < 8; i++) revoked.push(await key());
      const start = await log.latest();
      // 9996, 9997, ... 10003: as text, "10000" sorts before "9996".
      await db.query(
        'ALTER TABLE identity.revocations ALTER COLUMN seq RESTART WITH ' +
          Math.max(9996, start + 1),
      );
      for (const id of revoked) await revokeKey(id);

      const pages: RevocationChanges[] = [await sut.since(start, 3)];
      while (pages.at(-1)?.more) pages.push(await sut.since(pages.at(-1)!.cursor, 3));

      expect(pages.flatMap((page) => page.revocations.map((r) => r.credentialId))).toEqual(revoked);
      expect(pages.map((page) => page.cursor)).toEqual(
        [...pages.map((page) => page.cursor)].sort((a, b) => a - b),
      );
    });

    it('starts over from everything that matters when the cursor is beyond the log', async () => {
      const jti = randomUUID();
      await new RevokedTokensRepository(db).add(jti, account.id, new Date(Date.now() + HOUR_MS));
      const latest = await log.latest();

      const pages: RevocationChanges[] = [await sut.since(latest + 1_000_000, 2)];
      while (pages.at(-1)?.more) pages.push(await sut.since(pages.at(-1)!.cursor, 2));
      const everything = await sut.since(0, 1000);

      expect(everything.more).toBe(false);
      expect(pages.flatMap((page) => page.revocations)).toEqual(everything.revocations);
      expect(pages.at(-1)?.cursor).toBe(latest);
      expect(onlyOf(pages.at(-1)!, [jti]).map((r) => r.kind)).toEqual(['oauth_token']);
    });
  });

  describe('the log', () => {
    let holder: QueryRunner;
    let waiter: QueryRunner;

    beforeEach(async () => {
      holder = db.createQueryRunner();
      waiter = db.createQueryRunner();
      await Promise.all([holder.connect(), waiter.connect()]);
    });

    afterEach(async () => {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await Promise.all([holder.release(), waiter.release()]);
    });

    it('numbers revocations in commit order, so that a reader never skips one committed late', async () => {
      const [early, late] = [await key(), await key()];
      // Nothing left to prune: only the ordering can hold the second writer back.
      await db.query(
        `DELETE FROM identity.revocations
         WHERE forget_after < now() AND seq < (SELECT max(seq) FROM identity.revocations)`,
      );
      const start = await log.latest();
      await holder.startTransaction();
      await keys.revoke(account.id, early, holder.manager);
      const [{ pid }]: { pid: number }[] = await waiter.query('SELECT pg_backend_pid() AS pid');
      const [{ pid: holderPid }]: { pid: number }[] = await holder.query(
        'SELECT pg_backend_pid() AS pid',
      );

      const lateRevocation = keys.revoke(account.id, late, waiter.manager);
      const blockers = await waitFor(
        async () =>
          (
            (await db.query('SELECT pg_blocking_pids($1) AS pids', [pid])) as { pids: number[] }[]
          )[0].pids,
        (pids) => pids.includes(holderPid),
        { timeoutMs: 5000, intervalMs: 20 },
      );
      const whileUncommitted = await sut.since(start);
      await holder.commitTransaction();
      await lateRevocation;
      const afterwards = await sut.since(start);

      expect(blockers).toContain(holderPid);
      expect(onlyOf(whileUncommitted, [early, late])).toEqual([]);
      expect(onlyOf(afterwards, [early, late]).map((r) => r.credentialId)).toEqual([early, late]);
    });
  });
});
