import type { CreateKeyInput } from '@tally/contracts';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SecretHasher } from '../src/crypto/secret-hasher.js';
import { ApiKeysRepository } from '../src/keys/api-keys.repository.js';
import { ApiKeysService } from '../src/keys/api-keys.service.js';
import { KeyExpiryNotices } from '../src/keys/key-expiry-notices.js';
import { RolesRepository } from '../src/roles/roles.repository.js';
import { openIdentityDatabase } from './support/identity-database.js';
import { IdentityFixtures, type TestAccount } from './support/identity-fixtures.js';
import { identityTestConfig } from './support/identity-test-config.js';
import { RecordingBus } from './support/recording-bus.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Keys with this in their name cannot have events recorded (see the trigger below). */
const REFUSED = 'outbox-refuses';

interface OutboxRow {
  type: string;
  accountId: string;
  data: Record<string, unknown>;
}

/** The identity schema's outbox: `key.revoked` with the revocation, `key.expiring` with the notice. */
describe('key events in the identity outbox', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let keys: ApiKeysService;
  let notices: KeyExpiryNotices;
  let account: TestAccount;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
    const repository = new ApiKeysRepository(db);
    keys = new ApiKeysService(
      db,
      repository,
      new RolesRepository(db),
      fixtures.auditService(),
      new RecordingBus().client,
      fixtures.credentialOwners(),
      new SecretHasher(identityTestConfig().KEY_HASH_SECRET),
    );
    notices = new KeyExpiryNotices(db);
    // A failing event insert, for the keys of the tests that need one (other files share the table).
    await db.query(`
      CREATE OR REPLACE FUNCTION identity.test_refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.data->>'name' LIKE '%${REFUSED}%' THEN RAISE EXCEPTION 'outbox refused'; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE OR REPLACE TRIGGER test_refuse_outbox BEFORE INSERT ON identity.outbox_events
        FOR EACH ROW EXECUTE FUNCTION identity.test_refuse_outbox()`);
  });

  afterAll(async () => {
    await db.query('DROP TRIGGER IF EXISTS test_refuse_outbox ON identity.outbox_events');
    await db.query('DROP FUNCTION IF EXISTS identity.test_refuse_outbox()');
    await db.destroy();
  });

  beforeEach(async () => {
    account = await fixtures.account();
  });

  function createKey(overrides: Partial<CreateKeyInput> = {}) {
    return keys.create(fixtures.sessionOf(account), {
      name: `key ${randomUUID().slice(0, 8)}`,
      type: 'secret',
      environment: 'production',
      roles: ['read-only'],
      expiresInDays: 90,
      ...overrides,
    });
  }

  /** Deletes a key whose events the outbox refuses: the notices' scans would meet it again. */
  async function forget(keyId: string): Promise<void> {
    await db.query('DELETE FROM identity.api_keys WHERE id = $1', [keyId]);
  }

  async function eventsOfAccount(): Promise<OutboxRow[]> {
    return db.query(
      `SELECT type, account_id AS "accountId", data FROM identity.outbox_events
       WHERE account_id = $1 ORDER BY occurred_at, data->>'daysLeft' DESC`,
      [account.id],
    );
  }

  describe('key.revoked', () => {
    it('is recorded once, with the revocation', async () => {
      const key = await createKey();

      const revoked = await keys.revoke(fixtures.sessionOf(account), key.id);
      await keys.revoke(fixtures.sessionOf(account), key.id);

      expect(await eventsOfAccount()).toEqual([
        {
          type: 'key.revoked',
          accountId: account.id,
          data: { keyId: key.id, name: key.name, start: key.start, revokedAt: revoked.revokedAt },
        },
      ]);
    });

    it('is not recorded when the revocation rolls back, and the key stays active', async () => {
      const key = await createKey({ name: `${REFUSED} revoke` });

      await expect(keys.revoke(fixtures.sessionOf(account), key.id)).rejects.toThrow(
        'outbox refused',
      );

      expect(await eventsOfAccount()).toEqual([]);
      expect((await keys.get(fixtures.sessionOf(account), key.id)).revokedAt).toBeNull();
      await forget(key.id);
    });
  });

  describe('key.expiring', () => {
    it('is recorded 7 days and 1 day before the key expires, once each', async () => {
      const key = await createKey();
      const expiresAt = new Date(key.expiresAt).getTime();

      await notices.recordDue(new Date(expiresAt - 8 * DAY_MS));
      const tooEarly = await eventsOfAccount();
      await notices.recordDue(new Date(expiresAt - 7 * DAY_MS + HOUR_MS));
      await notices.recordDue(new Date(expiresAt - 3 * DAY_MS));
      await notices.recordDue(new Date(expiresAt - 20 * HOUR_MS));
      await notices.recordDue(new Date(expiresAt - HOUR_MS));

      expect(tooEarly).toEqual([]);
      const data = { keyId: key.id, name: key.name, start: key.start, expiresAt: key.expiresAt };
      expect(await eventsOfAccount()).toEqual([
        { type: 'key.expiring', accountId: account.id, data: { ...data, daysLeft: 7 } },
        { type: 'key.expiring', accountId: account.id, data: { ...data, daysLeft: 1 } },
      ]);
    });

    it('sends only the 1-day notice to a key first seen within a day of its expiry', async () => {
      const key = await createKey();
      const expiresAt = new Date(key.expiresAt).getTime();

      await notices.recordDue(new Date(expiresAt - 12 * HOUR_MS));
      await notices.recordDue(new Date(expiresAt - 6 * HOUR_MS));

      const events = await eventsOfAccount();
      expect(events.map((event) => event.data.daysLeft)).toEqual([1]);
    });

    it('is never recorded for a revoked or an expired key', async () => {
      const revoked = await createKey();
      await keys.revoke(fixtures.sessionOf(account), revoked.id);
      const expiresAt = new Date(revoked.expiresAt).getTime();

      await notices.recordDue(new Date(expiresAt - 3 * DAY_MS));
      await notices.recordDue(new Date(expiresAt + HOUR_MS));
      const expired = await createKey();
      await notices.recordDue(new Date(new Date(expired.expiresAt).getTime() + HOUR_MS));

      expect((await eventsOfAccount()).map((event) => event.type)).toEqual(['key.revoked']);
    });

    it('is recorded once however many replicas look at the same time', async () => {
      const created = await Promise.all([createKey(), createKey(), createKey()]);
      const at = new Date(new Date(created[2].expiresAt).getTime() - 2 * DAY_MS);

      await Promise.all([notices.recordDue(at), notices.recordDue(at), notices.recordDue(at)]);

      const events = await eventsOfAccount();
      expect(events.map((event) => event.data.keyId).sort()).toEqual(
        created.map((key) => key.id).sort(),
      );
    });

    it('is not recorded, nor the key marked notified, when its transaction rolls back', async () => {
      const key = await createKey({ name: `${REFUSED} expiry` });
      const at = new Date(new Date(key.expiresAt).getTime() - 2 * DAY_MS);

      await expect(notices.recordDue(at)).rejects.toThrow('outbox refused');

      expect(await eventsOfAccount()).toEqual([]);
      const [row] = (await db.query(
        'SELECT expiry_notified_7d_at AS "notifiedAt" FROM identity.api_keys WHERE id = $1',
        [key.id],
      )) as { notifiedAt: Date | null }[];
      expect(row.notifiedAt).toBeNull();
      await forget(key.id);
    });
  });
});
