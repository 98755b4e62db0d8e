import { IdentityClientRevoked, PERMISSIONS, type CreateOAuthClientInput } from '@tally/contracts';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { RecordingBus } from '../../test/support/recording-bus.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { RolesRepository } from '../roles/roles.repository.js';
import { OAuthClientsRepository } from './oauth-clients.repository.js';
import { OAuthClientsService } from './oauth-clients.service.js';

function clientInput(overrides: Partial<CreateOAuthClientInput> = {}): CreateOAuthClientInput {
  return { name: 'reporting', environment: 'production', roles: ['read-only'], ...overrides };
}

describe('OAuthClientsService', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let hasher: SecretHasher;
  let clients: OAuthClientsRepository;
  let bus: RecordingBus;
  let sut: OAuthClientsService;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
    hasher = new SecretHasher(identityTestConfig().KEY_HASH_SECRET);
    clients = new OAuthClientsRepository(db);
  });

  afterAll(async () => {
    await db.destroy();
  });

  beforeEach(() => {
    bus = new RecordingBus();
    sut = new OAuthClientsService(
      db,
      clients,
      new RolesRepository(db),
      fixtures.auditService(),
      bus.client,
      fixtures.credentialOwners(),
      hasher,
    );
  });

  describe('create', () => {
    it('returns a client id and a secret, of which only a keyed hash is stored', async () => {
      const account = await fixtures.account();

      const created = await sut.create(fixtures.sessionOf(account), clientInput());

      expect(created.clientId).toMatch(/^tly_ci_[0-9A-Za-z]{22}$/);
      expect(created.clientSecret).toMatch(/^tly_cs_[0-9A-Za-z]{43}$/);
      const stored = await clients.findByClientId(created.clientId);
      expect(stored?.secretHash).toEqual(hasher.hash(created.clientSecret));
    });

    it('refuses a key creating a client of another environment than its own', async () => {
      const account = await fixtures.account();
      const productionKey = fixtures.keyOf(account, randomUUID(), PERMISSIONS, 'production');

      await expect(
        sut.create(productionKey, clientInput({ environment: 'development' })),
      ).rejects.toMatchObject({ code: 'insufficient_scope', details: [{ field: 'environment' }] });
    });

    it("gives the client its roles' permissions in its environment", async () => {
      const account = await fixtures.account();

      const created = await sut.create(
        fixtures.sessionOf(account),
        clientInput({ roles: ['creators-manager'], environment: 'development' }),
      );

      expect(created).toMatchObject({
        environment: 'development',
        permissions: ['creators:read', 'creators:sync', 'creators:write'],
        revokedAt: null,
      });
    });

    it('refuses roles that grant a permission the caller does not hold, and stores no client', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account, ['creators:read', 'oauth-clients:write']);

      await expect(
        sut.create(caller, clientInput({ roles: ['creators-manager'] })),
      ).rejects.toMatchObject({ code: 'insufficient_scope', status: 403 });
      expect((await sut.list(caller, { limit: 10 })).items).toEqual([]);
    });

    it("refuses another account's role as unknown", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const othersRole = await fixtures.role(other, ['creators:read']);

      await expect(
        sut.create(fixtures.sessionOf(account), clientInput({ roles: [othersRole.name] })),
      ).rejects.toMatchObject({ code: 'validation_failed' });
    });

    it('records the creation in the audit log', async () => {
      const account = await fixtures.account();

      await sut.create(fixtures.sessionOf(account), clientInput());

      expect(await fixtures.auditActions(account)).toEqual(['oauth_client.created']);
    });
  });

  describe('list', () => {
    it("lists the caller's account's clients and no other", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const own = await sut.create(fixtures.sessionOf(account), clientInput());
      await sut.create(fixtures.sessionOf(other), clientInput());

      const page = await sut.list(fixtures.sessionOf(account), { limit: 10 });

      expect(page.items.map((client) => client.id)).toEqual([own.id]);
    });

    it('never shows a client secret', async () => {
      const account = await fixtures.account();
      await sut.create(fixtures.sessionOf(account), clientInput());

      const page = await sut.list(fixtures.sessionOf(account), { limit: 10 });

      expect(page.items[0]).not.toHaveProperty('clientSecret');
    });
  });

  describe('revoke', () => {
    it('marks the client revoked', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await sut.create(caller, clientInput());

      const revoked = await sut.revoke(caller, created.id);

      expect(revoked.revokedAt).not.toBeNull();
      expect((await clients.findByClientId(created.clientId))?.revokedAt).not.toBeNull();
    });

    it('tells the gateways which client was revoked, and when', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await sut.create(caller, clientInput());

      const revoked = await sut.revoke(caller, created.id);

      expect(bus.eventsOf(IdentityClientRevoked)).toEqual([
        { id: created.id, accountId: account.id, revokedAt: revoked.revokedAt },
      ]);
    });

    it('keeps the first revocation when revoked twice, and tells no one twice', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await sut.create(caller, clientInput());
      const first = await sut.revoke(caller, created.id);

      const second = await sut.revoke(caller, created.id);

      expect(second.revokedAt).toBe(first.revokedAt);
      expect(bus.eventsOf(IdentityClientRevoked)).toHaveLength(1);
    });

    it("answers not found for another account's client, which stays active", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const othersClient = await sut.create(fixtures.sessionOf(other), clientInput());

      await expect(sut.revoke(fixtures.sessionOf(account), othersClient.id)).rejects.toMatchObject({
        code: 'not_found',
      });
      expect((await clients.findByClientId(othersClient.clientId))?.revokedAt).toBeNull();
    });

    it('lets a caller revoke a client that holds more than the caller does', async () => {
      const account = await fixtures.account();
      const powerful = await sut.create(
        fixtures.sessionOf(account),
        clientInput({ roles: ['full-access'] }),
      );

      const revoked = await sut.revoke(
        fixtures.sessionOf(account, ['oauth-clients:write']),
        powerful.id,
      );

      expect(revoked.revokedAt).not.toBeNull();
    });
  });
});
