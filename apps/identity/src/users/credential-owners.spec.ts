import {
  PERMISSIONS,
  type CreateKeyInput,
  type Permission,
  type Principal,
} from '@tally/contracts';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures, type TestAccount } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { RecordingBus } from '../../test/support/recording-bus.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { ApiKeysRepository } from '../keys/api-keys.repository.js';
import { ApiKeysService } from '../keys/api-keys.service.js';
import { KeyVerificationService } from '../keys/key-verification.service.js';
import { ACCOUNT_ROLE_PERMISSIONS } from './account-roles.js';
import { CredentialOwners } from './credential-owners.js';

/** Manages keys, but is no owner: no account:admin. */
const KEY_MANAGER: Permission[] = ['keys:read', 'keys:write', 'creators:read'];

function keyInput(overrides: Partial<CreateKeyInput> = {}): CreateKeyInput {
  return {
    name: 'ingest job',
    type: 'secret',
    environment: 'production',
    roles: ['read-only'],
    expiresInDays: 90,
    ...overrides,
  };
}

describe('CredentialOwners', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let hasher: SecretHasher;
  let keys: ApiKeysService;
  let sut: CredentialOwners;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
    hasher = new SecretHasher(identityTestConfig().KEY_HASH_SECRET);
  });

  afterAll(async () => {
    await db.destroy();
  });

  beforeEach(() => {
    keys = fixtures.apiKeysService(new RecordingBus().client, hasher);
    sut = fixtures.credentialOwners();
  });

  /** A member without account:admin, who may manage keys. */
  async function keyManager(account: TestAccount): Promise<Principal> {
    const member = await fixtures.member(account, 'member');
    return fixtures.sessionAs(account, member.id, KEY_MANAGER);
  }

  async function disable(userId: string): Promise<void> {
    await db.query('UPDATE identity.users SET disabled_at = now() WHERE id = $1', [userId]);
  }

  describe('without ownerUserId', () => {
    it('gives a key made from the dashboard to the signed-in user', async () => {
      const account = await fixtures.account();
      const admin = await fixtures.member(account, 'admin');

      const created = await keys.create(
        fixtures.sessionAs(account, admin.id, ACCOUNT_ROLE_PERMISSIONS.admin),
        keyInput(),
      );

      expect(created.owner).toMatchObject({ id: admin.id, kind: 'human', enabled: true });
    });

    it("gives a key made with a key to that key's owner", async () => {
      const account = await fixtures.account();
      const robot = await fixtures.serviceUser(account);
      const parent = await keys.create(
        fixtures.sessionOf(account),
        keyInput({ roles: ['key-admin', 'read-only'], ownerUserId: robot }),
      );
      const verified = await new KeyVerificationService(new ApiKeysRepository(db), hasher).verify(
        parent.key,
      );
      if (!verified.valid) throw new Error(`the parent key is refused: ${verified.reason}`);

      const created = await keys.create(verified.principal, keyInput());

      expect(created.owner).toMatchObject({ id: robot, kind: 'service' });
      expect(created.createdBy).toMatchObject({ type: 'key', id: parent.id });
    });

    it("gives a credential made by an OAuth client to the client's owner", async () => {
      const account = await fixtures.account();
      const robot = await fixtures.serviceUser(account);
      const client = await fixtures
        .oauthClientsService(new RecordingBus().client, hasher)
        .create(fixtures.sessionOf(account), {
          name: 'robot client',
          environment: 'production',
          roles: ['key-admin'],
          ownerUserId: robot,
        });
      const asClient: Principal = {
        accountId: account.id,
        credentialType: 'oauth_client',
        credentialId: client.id,
        environment: 'production',
        permissions: client.permissions,
        expiresAt: null,
      };

      expect(await sut.ownerFor(asClient, undefined)).toBe(robot);
    });

    it("falls back to the account's first owner when the caller has no user", async () => {
      const account = await fixtures.account();
      await fixtures.member(account, 'owner');
      const userless: Principal = { ...fixtures.keyOf(account, randomUUID(), PERMISSIONS) };
      delete userless.userId;

      expect(await sut.ownerFor(userless, undefined)).toBe(account.ownerId);
    });
  });

  describe('with ownerUserId', () => {
    it('takes a service user of the account, named by a caller without account:admin', async () => {
      const account = await fixtures.account();
      const robot = await fixtures.serviceUser(account);

      expect(await sut.ownerFor(await keyManager(account), robot)).toBe(robot);
    });

    it('takes the caller themselves', async () => {
      const account = await fixtures.account();
      const caller = await keyManager(account);

      expect(await sut.ownerFor(caller, caller.userId)).toBe(caller.userId);
    });

    it('takes another member for a caller with account:admin', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');

      const created = await keys.create(
        fixtures.sessionOf(account),
        keyInput({ ownerUserId: member.id }),
      );

      expect(created.owner).toMatchObject({ id: member.id, kind: 'human' });
    });

    it('refuses another member for a caller without account:admin', async () => {
      const account = await fixtures.account();
      const colleague = await fixtures.member(account, 'member');

      await expect(sut.ownerFor(await keyManager(account), colleague.id)).rejects.toMatchObject({
        code: 'insufficient_scope',
        details: [{ field: 'ownerUserId' }],
      });
    });

    it('refuses a user of another account as invalid, and creates no key', async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const theirs = await fixtures.serviceUser(other);
      const caller = fixtures.sessionOf(account);

      await expect(keys.create(caller, keyInput({ ownerUserId: theirs }))).rejects.toMatchObject({
        code: 'validation_failed',
        details: [{ field: 'ownerUserId' }],
      });
      expect((await keys.list(caller, { limit: 10 })).items).toEqual([]);
    });

    it('refuses an id that is no user as invalid', async () => {
      const account = await fixtures.account();

      await expect(sut.ownerFor(fixtures.sessionOf(account), randomUUID())).rejects.toMatchObject({
        code: 'validation_failed',
      });
    });

    it('refuses a disabled service user as a conflict, and creates no key', async () => {
      const account = await fixtures.account();
      const robot = await fixtures.serviceUser(account);
      await disable(robot);
      const caller = fixtures.sessionOf(account);

      await expect(keys.create(caller, keyInput({ ownerUserId: robot }))).rejects.toMatchObject({
        code: 'conflict',
        details: [{ field: 'ownerUserId', reason: 'disabled' }],
      });
      expect((await keys.list(caller, { limit: 10 })).items).toEqual([]);
    });

    it('refuses a deleted service user as no user of the account', async () => {
      const account = await fixtures.account();
      const robot = await fixtures.serviceUser(account);
      await db.query('UPDATE identity.users SET deleted_at = now() WHERE id = $1', [robot]);

      await expect(sut.ownerFor(fixtures.sessionOf(account), robot)).rejects.toMatchObject({
        code: 'validation_failed',
      });
    });
  });
});
