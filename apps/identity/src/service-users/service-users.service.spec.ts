import type { CreateKeyInput, Permission } from '@tally/contracts';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { RecordingBus } from '../../test/support/recording-bus.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { ApiKeysRepository } from '../keys/api-keys.repository.js';
import { ApiKeysService } from '../keys/api-keys.service.js';
import { OAuthClientsRepository } from '../oauth/oauth-clients.repository.js';
import { OAuthClientsService } from '../oauth/oauth-clients.service.js';
import { ServiceUsersRepository } from './service-users.repository.js';
import { ServiceUsersService } from './service-users.service.js';

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

describe('ServiceUsersService', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let hasher: SecretHasher;
  let keys: ApiKeysService;
  let clients: OAuthClientsService;
  let sut: ServiceUsersService;

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
    const bus = new RecordingBus().client;
    keys = fixtures.apiKeysService(bus, hasher);
    clients = fixtures.oauthClientsService(bus, hasher);
    sut = new ServiceUsersService(
      db,
      new ServiceUsersRepository(db),
      new ApiKeysRepository(db),
      new OAuthClientsRepository(db),
      keys,
      clients,
      fixtures.auditService(),
      bus,
    );
  });

  describe('create', () => {
    it('creates an enabled service user that owns nothing yet', async () => {
      const account = await fixtures.account();

      const created = await sut.create(fixtures.sessionOf(account), {
        name: 'billing-sync',
        description: 'Nightly billing export',
      });

      expect(created).toEqual({
        id: expect.any(String),
        name: 'billing-sync',
        description: 'Nightly billing export',
        enabled: true,
        createdAt: expect.any(String),
        disabledAt: null,
        activeKeys: 0,
        activeOAuthClients: 0,
      });
      expect(await fixtures.auditActions(account)).toEqual(['service_user.created']);
    });

    it('refuses a name the account already uses, whatever its case', async () => {
      const account = await fixtures.account();
      await sut.create(fixtures.sessionOf(account), { name: 'billing-sync' });

      await expect(
        sut.create(fixtures.sessionOf(account), { name: 'Billing-Sync' }),
      ).rejects.toMatchObject({ code: 'conflict', details: [{ field: 'name', reason: 'taken' }] });
    });

    it('allows a name that another account uses', async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      await sut.create(fixtures.sessionOf(other), { name: 'billing-sync' });

      const created = await sut.create(fixtures.sessionOf(account), { name: 'billing-sync' });

      expect(created.name).toBe('billing-sync');
    });
  });

  describe('list', () => {
    it("lists the account's service users, not its members nor another account's", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      await fixtures.member(account, 'admin');
      await sut.create(fixtures.sessionOf(other), { name: 'elsewhere' });
      const first = await sut.create(fixtures.sessionOf(account), { name: 'first' });
      const second = await sut.create(fixtures.sessionOf(account), { name: 'second' });

      const page = await sut.list(fixtures.sessionOf(account), { limit: 10 });

      expect(page.items.map((user) => user.id).sort()).toEqual([first.id, second.id].sort());
    });
  });

  describe('get', () => {
    it('counts the keys and OAuth clients it owns that still work', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const robot = await sut.create(caller, { name: 'robot' });
      await keys.create(caller, keyInput({ ownerUserId: robot.id }));
      const revoked = await keys.create(caller, keyInput({ ownerUserId: robot.id }));
      await keys.revoke(caller, revoked.id);
      await clients.create(caller, {
        name: 'robot client',
        environment: 'production',
        roles: ['read-only'],
        ownerUserId: robot.id,
      });

      const found = await sut.get(caller, robot.id);

      expect(found).toMatchObject({ activeKeys: 1, activeOAuthClients: 1 });
    });

    it("answers not found for another account's service user", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const theirs = await sut.create(fixtures.sessionOf(other), { name: 'theirs' });

      await expect(sut.get(fixtures.sessionOf(account), theirs.id)).rejects.toMatchObject({
        code: 'not_found',
      });
    });

    it('answers not found for a member: a person is no service user', async () => {
      const account = await fixtures.account();

      await expect(sut.get(fixtures.sessionOf(account), account.ownerId)).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });

  describe('update', () => {
    it('renames and re-describes it', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const robot = await sut.create(caller, { name: 'robot' });

      const updated = await sut.update(caller, robot.id, {
        name: 'renamed',
        description: 'now described',
      });

      expect(updated).toMatchObject({
        name: 'renamed',
        description: 'now described',
        enabled: true,
      });
      expect(await fixtures.auditActions(account)).toEqual([
        'service_user.created',
        'service_user.updated',
      ]);
    });

    it('disables and enables it again', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const robot = await sut.create(caller, { name: 'robot' });

      const disabled = await sut.update(caller, robot.id, { enabled: false });
      const enabled = await sut.update(caller, robot.id, { enabled: true });

      expect(disabled).toMatchObject({ enabled: false, disabledAt: expect.any(String) });
      expect(enabled).toMatchObject({ enabled: true, disabledAt: null });
      expect(await fixtures.auditActions(account)).toEqual([
        'service_user.created',
        'service_user.disabled',
        'service_user.enabled',
      ]);
    });

    it('refuses a name another of its service users has', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      await sut.create(caller, { name: 'taken' });
      const robot = await sut.create(caller, { name: 'robot' });

      await expect(sut.update(caller, robot.id, { name: 'TAKEN' })).rejects.toMatchObject({
        code: 'conflict',
      });
      expect((await sut.get(caller, robot.id)).name).toBe('robot');
    });

    it("answers not found for another account's service user, and leaves it enabled", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const theirs = await sut.create(fixtures.sessionOf(other), { name: 'theirs' });

      await expect(
        sut.update(fixtures.sessionOf(account), theirs.id, { enabled: false }),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect((await sut.get(fixtures.sessionOf(other), theirs.id)).enabled).toBe(true);
    });
  });

  describe('remove', () => {
    it('deletes it, revoking what it owns, and says how much', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const robot = await sut.create(caller, { name: 'robot' });
      await keys.create(caller, keyInput({ ownerUserId: robot.id }));
      await keys.create(caller, keyInput({ ownerUserId: robot.id }));
      await clients.create(caller, {
        name: 'robot client',
        environment: 'production',
        roles: ['read-only'],
        ownerUserId: robot.id,
      });

      const deleted = await sut.remove(caller, robot.id);

      expect(deleted).toEqual({ deleted: true, keysRevoked: 2, oauthClientsRevoked: 1 });
      await expect(sut.get(caller, robot.id)).rejects.toMatchObject({ code: 'not_found' });
      expect((await sut.list(caller, { limit: 10 })).items).toEqual([]);
      expect(await fixtures.auditActions(account)).toEqual(
        expect.arrayContaining(['service_user.deleted', 'key.revoked', 'oauth_client.revoked']),
      );
    });

    it('frees its name for a new service user', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const robot = await sut.create(caller, { name: 'robot' });
      await sut.remove(caller, robot.id);

      const again = await sut.create(caller, { name: 'robot' });

      expect(again.id).not.toBe(robot.id);
    });

    it('answers not found the second time', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const robot = await sut.create(caller, { name: 'robot' });
      await sut.remove(caller, robot.id);

      await expect(sut.remove(caller, robot.id)).rejects.toMatchObject({ code: 'not_found' });
    });
  });

  describe('keys for a service user', () => {
    it('may be created by anyone allowed to manage keys, within what they hold', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');
      const robot = await fixtures.serviceUser(account, 'robot');
      const caller = fixtures.sessionAs(account, member.id, KEY_MANAGER);

      const created = await keys.create(caller, keyInput({ ownerUserId: robot }));

      expect(created.owner).toEqual({ id: robot, kind: 'service', name: 'robot', enabled: true });
      expect(created.createdBy).toMatchObject({ type: 'user', id: member.id });
    });

    it('refuses a role with a permission the creator does not hold, and stores no key', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');
      const robot = await fixtures.serviceUser(account);
      const caller = fixtures.sessionAs(account, member.id, KEY_MANAGER);

      await expect(
        keys.create(caller, keyInput({ ownerUserId: robot, roles: ['creators-manager'] })),
      ).rejects.toMatchObject({ code: 'insufficient_scope' });
      const owned = await keys.list(caller, { limit: 10 }, { ownerUserId: robot });
      expect(owned.items).toEqual([]);
    });

    it('are listed by owner', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const robot = await fixtures.serviceUser(account);
      const robots = await keys.create(caller, keyInput({ ownerUserId: robot }));
      await keys.create(caller, keyInput());

      const owned = await keys.list(caller, { limit: 10 }, { ownerUserId: robot });

      expect(owned.items.map((key) => key.id)).toEqual([robots.id]);
    });

    it('may be OAuth clients too', async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');
      const robot = await fixtures.serviceUser(account, 'robot');

      const created = await clients.create(
        fixtures.sessionAs(account, member.id, ['oauth-clients:write', 'creators:read']),
        {
          name: 'robot client',
          environment: 'production',
          roles: ['read-only'],
          ownerUserId: robot,
        },
      );

      expect(created.owner).toMatchObject({ id: robot, kind: 'service' });
    });
  });
});
