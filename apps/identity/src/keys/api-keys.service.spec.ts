import {
  IdentityKeyRevoked,
  IdentityKeyRolled,
  KEY_EXPIRY_DAYS,
  parseApiKey,
  PERMISSIONS,
  type CreateKeyInput,
  type Permission,
} from '@tally/contracts';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  backToThePresent,
  DAY_MS,
  MINUTE_MS,
  travelInTime,
} from '../../test/support/date-travel.js';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { RecordingBus } from '../../test/support/recording-bus.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { RolesRepository } from '../roles/roles.repository.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';
import { KeyVerificationService } from './key-verification.service.js';

const KEY_WRITER: Permission[] = ['keys:read', 'keys:write'];

function keyInput(overrides: Partial<CreateKeyInput> = {}): CreateKeyInput {
  return {
    name: 'reporting job',
    type: 'secret',
    environment: 'production',
    roles: ['read-only'],
    expiresInDays: 90,
    ...overrides,
  };
}

/** Whether `at` lies within a minute of `expected`: the service reads the clock itself. */
function isAbout(at: string, expected: number): boolean {
  return Math.abs(new Date(at).getTime() - expected) < MINUTE_MS;
}

describe('ApiKeysService', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let hasher: SecretHasher;
  let bus: RecordingBus;
  let verification: KeyVerificationService;
  let sut: ApiKeysService;

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
    const keys = new ApiKeysRepository(db);
    bus = new RecordingBus();
    verification = new KeyVerificationService(keys, hasher);
    sut = new ApiKeysService(
      db,
      keys,
      new RolesRepository(db),
      fixtures.auditService(),
      bus.client,
      fixtures.credentialOwners(),
      hasher,
    );
  });

  afterEach(() => {
    backToThePresent();
  });

  describe('create', () => {
    it('returns the key once, well formed, and it verifies with the permissions of its roles', async () => {
      const account = await fixtures.account();

      const created = await sut.create(
        fixtures.sessionOf(account),
        keyInput({ roles: ['creators-manager'] }),
      );

      expect(parseApiKey(created.key)).toEqual({ type: 'secret', start: created.start });
      expect(await verification.verify(created.key)).toMatchObject({
        valid: true,
        principal: {
          accountId: account.id,
          credentialType: 'secret_key',
          credentialId: created.id,
          environment: 'production',
          permissions: ['creators:read', 'creators:sync', 'creators:write'],
        },
      });
    });

    it('lets a caller grant part of what it holds', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account, ['creators:read', ...KEY_WRITER]);

      const created = await sut.create(caller, keyInput({ roles: ['read-only'] }));

      expect(created.permissions).toEqual(['creators:read']);
    });

    it('refuses to grant a permission the caller does not hold, and stores no key', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account, ['creators:read', ...KEY_WRITER]);

      await expect(
        sut.create(caller, keyInput({ roles: ['read-only', 'creators-manager'] })),
      ).rejects.toMatchObject({ code: 'insufficient_scope', status: 403 });
      expect((await sut.list(caller, { limit: 10 })).items).toEqual([]);
    });

    it('refuses a custom role that grants more than the caller holds', async () => {
      const account = await fixtures.account();
      const adminRole = await fixtures.role(account, ['account:admin']);
      const caller = fixtures.sessionOf(account, KEY_WRITER);

      await expect(sut.create(caller, keyInput({ roles: [adminRole.id] }))).rejects.toMatchObject({
        code: 'insufficient_scope',
      });
    });

    it('grants a custom role of the account, by name', async () => {
      const account = await fixtures.account();
      const syncRole = await fixtures.role(account, ['creators:sync']);

      const created = await sut.create(
        fixtures.sessionOf(account),
        keyInput({ roles: [syncRole.name] }),
      );

      expect(created.roles).toEqual([{ id: syncRole.id, name: syncRole.name }]);
    });

    it("refuses another account's role as unknown", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const othersRole = await fixtures.role(other, ['creators:read']);

      await expect(
        sut.create(fixtures.sessionOf(account), keyInput({ roles: [othersRole.id] })),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        message: expect.stringContaining(othersRole.id),
      });
    });

    it('refuses a publishable key whose roles grant more than creators:read', async () => {
      const account = await fixtures.account();

      await expect(
        sut.create(
          fixtures.sessionOf(account),
          keyInput({ type: 'publishable', roles: ['creators-manager'] }),
        ),
      ).rejects.toMatchObject({ code: 'validation_failed' });
    });

    it('gives a publishable key its allowed origins', async () => {
      const account = await fixtures.account();

      const created = await sut.create(
        fixtures.sessionOf(account),
        keyInput({ type: 'publishable', allowedOrigins: ['https://app.example.com'] }),
      );

      expect(await verification.verify(created.key)).toMatchObject({
        valid: true,
        principal: {
          credentialType: 'publishable_key',
          allowedOrigins: ['https://app.example.com'],
        },
      });
    });

    it('refuses allowed origins on a secret key', async () => {
      const account = await fixtures.account();

      await expect(
        sut.create(
          fixtures.sessionOf(account),
          keyInput({ type: 'secret', allowedOrigins: ['https://app.example.com'] }),
        ),
      ).rejects.toMatchObject({ code: 'validation_failed' });
    });

    it.each(KEY_EXPIRY_DAYS)('makes a key of %i days expire that many days ahead', async (days) => {
      const account = await fixtures.account();

      const created = await sut.create(
        fixtures.sessionOf(account),
        keyInput({ expiresInDays: days }),
      );

      expect(isAbout(created.expiresAt, Date.now() + days * DAY_MS)).toBe(true);
    });

    it('names the signed-in user as the creator of a key made from the dashboard', async () => {
      const account = await fixtures.account();

      const created = await sut.create(fixtures.sessionOf(account), keyInput());

      expect(created.createdBy).toMatchObject({ type: 'user', id: account.ownerId });
    });

    it('names the key, not its user, as the creator of a key made with a key', async () => {
      const account = await fixtures.account();
      const parent = await sut.create(
        fixtures.sessionOf(account),
        keyInput({ roles: ['full-access'] }),
      );

      const created = await sut.create(
        fixtures.keyOf(account, parent.id, parent.permissions),
        keyInput(),
      );

      expect(created.createdBy).toMatchObject({ type: 'key', id: parent.id, name: parent.name });
    });

    it('refuses a key minting a key of another environment than its own, and stores none', async () => {
      const account = await fixtures.account();
      const development = fixtures.keyOf(account, randomUUID(), PERMISSIONS, 'development');

      await expect(
        sut.create(development, keyInput({ environment: 'production' })),
      ).rejects.toMatchObject({ code: 'insufficient_scope', details: [{ field: 'environment' }] });
      expect((await sut.list(fixtures.sessionOf(account), { limit: 10 })).items).toEqual([]);
    });

    it('lets a key mint keys of its own environment, and a person keys of either', async () => {
      const account = await fixtures.account();
      const parent = await sut.create(
        fixtures.sessionOf(account),
        keyInput({ environment: 'development', roles: ['full-access'] }),
      );
      const development = fixtures.keyOf(account, parent.id, parent.permissions, 'development');

      const minted = await sut.create(development, keyInput({ environment: 'development' }));
      const madeByHand = await sut.create(
        fixtures.sessionOf(account, PERMISSIONS, 'development'),
        keyInput({ environment: 'production' }),
      );

      expect([minted.environment, madeByHand.environment]).toEqual(['development', 'production']);
    });

    it('records the creation in the audit log', async () => {
      const account = await fixtures.account();

      await sut.create(fixtures.sessionOf(account), keyInput());

      expect(await fixtures.auditActions(account)).toEqual(['key.created']);
    });
  });

  describe('get', () => {
    it("answers not found for another account's key", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const othersKey = await sut.create(fixtures.sessionOf(other), keyInput());

      await expect(sut.get(fixtures.sessionOf(account), othersKey.id)).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });

  describe('list', () => {
    it("lists the caller's account's keys and no other", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const own = await sut.create(fixtures.sessionOf(account), keyInput());
      await sut.create(fixtures.sessionOf(other), keyInput());

      const page = await sut.list(fixtures.sessionOf(account), { limit: 10 });

      expect(page.items.map((key) => key.id)).toEqual([own.id]);
    });

    it('never shows the key itself', async () => {
      const account = await fixtures.account();
      await sut.create(fixtures.sessionOf(account), keyInput());

      const page = await sut.list(fixtures.sessionOf(account), { limit: 10 });

      expect(page.items[0]).not.toHaveProperty('key');
    });
  });

  describe('revoke', () => {
    it('makes the key fail verification as revoked', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await sut.create(caller, keyInput());

      await sut.revoke(caller, created.id);

      expect(await verification.verify(created.key)).toEqual({ valid: false, reason: 'revoked' });
    });

    it('tells the gateways the key is revoked', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await sut.create(caller, keyInput());

      await sut.revoke(caller, created.id);

      expect(bus.eventsOf(IdentityKeyRevoked)).toEqual([
        { keyId: created.id, accountId: account.id },
      ]);
    });

    it('keeps the first revocation when revoked twice, and tells no one twice', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await sut.create(caller, keyInput());
      const first = await sut.revoke(caller, created.id);

      const second = await sut.revoke(caller, created.id);

      expect(second.revokedAt).toBe(first.revokedAt);
      expect(bus.eventsOf(IdentityKeyRevoked)).toHaveLength(1);
      expect(await fixtures.auditActions(account)).toEqual(['key.created', 'key.revoked']);
    });

    it("answers not found for another account's key, which keeps working", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const othersKey = await sut.create(fixtures.sessionOf(other), keyInput());

      await expect(sut.revoke(fixtures.sessionOf(account), othersKey.id)).rejects.toMatchObject({
        code: 'not_found',
      });
      expect(await verification.verify(othersKey.key)).toMatchObject({ valid: true });
    });

    it('lets a caller revoke a key that holds more than the caller does', async () => {
      const account = await fixtures.account();
      const powerful = await sut.create(
        fixtures.sessionOf(account),
        keyInput({ roles: ['full-access'] }),
      );

      const revoked = await sut.revoke(fixtures.sessionOf(account, ['keys:write']), powerful.id);

      expect(revoked.revokedAt).not.toBeNull();
    });

    it('revokes the key even when the gateways cannot be told', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await sut.create(caller, keyInput());
      bus.goDown();

      await sut.revoke(caller, created.id);

      expect(await verification.verify(created.key)).toEqual({ valid: false, reason: 'revoked' });
    });
  });

  describe('roll', () => {
    it("issues a working replacement with the old key's name, type, environment, roles and lifetime", async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(
        caller,
        keyInput({ name: 'nightly', environment: 'development', expiresInDays: 180 }),
      );

      const replacement = await sut.roll(caller, old.id, {});

      expect(replacement).toMatchObject({
        name: 'nightly',
        type: 'secret',
        environment: 'development',
        roles: old.roles,
      });
      expect(replacement.key).not.toBe(old.key);
      expect(isAbout(replacement.expiresAt, Date.now() + 180 * DAY_MS)).toBe(true);
      expect(await verification.verify(replacement.key)).toMatchObject({ valid: true });
    });

    it("keeps a publishable key's allowed origins", async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(
        caller,
        keyInput({ type: 'publishable', allowedOrigins: ['https://shop.example.com'] }),
      );

      const replacement = await sut.roll(caller, old.id, {});

      expect(replacement.allowedOrigins).toEqual(['https://shop.example.com']);
    });

    it('points the old key at its replacement', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(caller, keyInput());

      const replacement = await sut.roll(caller, old.id, { gracePeriodDays: 1 });

      expect((await sut.get(caller, old.id)).replacedBy).toBe(replacement.id);
    });

    it('ends the old key at once without a grace period', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(caller, keyInput());

      await sut.roll(caller, old.id, {});

      expect(await verification.verify(old.key)).toEqual({ valid: false, reason: 'expired' });
    });

    it('keeps the old key working until the grace period ends', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(caller, keyInput());

      await sut.roll(caller, old.id, { gracePeriodDays: 3 });

      expect(await verification.verify(old.key)).toMatchObject({ valid: true });
      const { expiresAt } = await sut.get(caller, old.id);
      expect(isAbout(expiresAt, Date.now() + 3 * DAY_MS)).toBe(true);
    });

    it('refuses the old key once the grace period is over, and not the new one', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(caller, keyInput());
      const replacement = await sut.roll(caller, old.id, { gracePeriodDays: 3 });

      travelInTime(3 * DAY_MS + MINUTE_MS);

      expect(await verification.verify(old.key)).toEqual({ valid: false, reason: 'expired' });
      expect(await verification.verify(replacement.key)).toMatchObject({ valid: true });
    });

    it("never lets a grace period outlast the old key's own expiry", async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(caller, keyInput({ expiresInDays: 30 }));
      travelInTime(29 * DAY_MS);

      await sut.roll(caller, old.id, { gracePeriodDays: 7 });

      expect((await sut.get(caller, old.id)).expiresAt).toBe(old.expiresAt);
    });

    it('tells the gateways which key replaces the old one and until when the old one works', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(caller, keyInput());

      const replacement = await sut.roll(caller, old.id, { gracePeriodDays: 2 });

      const [event] = bus.eventsOf(IdentityKeyRolled);
      expect(event).toMatchObject({
        keyId: old.id,
        accountId: account.id,
        replacedBy: replacement.id,
      });
      expect(isAbout(event.graceUntil, Date.now() + 2 * DAY_MS)).toBe(true);
    });

    it('refuses to roll a revoked key', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(caller, keyInput());
      await sut.revoke(caller, old.id);

      await expect(sut.roll(caller, old.id, {})).rejects.toMatchObject({ code: 'conflict' });
    });

    it('refuses to roll a key twice', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(caller, keyInput());
      await sut.roll(caller, old.id, { gracePeriodDays: 1 });

      await expect(sut.roll(caller, old.id, {})).rejects.toMatchObject({ code: 'conflict' });
    });

    it('refuses to roll an expired key', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const old = await sut.create(caller, keyInput({ expiresInDays: 30 }));
      travelInTime(30 * DAY_MS + MINUTE_MS);

      await expect(sut.roll(caller, old.id, {})).rejects.toMatchObject({ code: 'conflict' });
    });

    it('refuses a caller who does not hold what the key grants, and leaves the key as it was', async () => {
      const account = await fixtures.account();
      const old = await sut.create(
        fixtures.sessionOf(account),
        keyInput({ roles: ['full-access'] }),
      );
      const caller = fixtures.sessionOf(account, KEY_WRITER);

      await expect(sut.roll(caller, old.id, {})).rejects.toMatchObject({
        code: 'insufficient_scope',
      });
      expect((await sut.get(caller, old.id)).replacedBy).toBeNull();
      expect(await verification.verify(old.key)).toMatchObject({ valid: true });
    });

    it("refuses another member's key to a caller without account:admin, and leaves it as it was", async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');
      const old = await sut.create(
        fixtures.sessionOf(account),
        keyInput({ roles: ['read-only'], ownerUserId: member.id }),
      );
      const caller = fixtures.sessionOf(account, ['creators:read', ...KEY_WRITER]);

      await expect(sut.roll(caller, old.id, {})).rejects.toMatchObject({
        code: 'insufficient_scope',
        status: 403,
      });
      expect((await sut.get(caller, old.id)).replacedBy).toBeNull();
      expect(await verification.verify(old.key)).toMatchObject({ valid: true });
    });

    it("rolls another member's key for account:admin, and a service user's or one's own for any key manager, keeping the owner", async () => {
      const account = await fixtures.account();
      const member = await fixtures.member(account, 'member');
      const robot = await fixtures.serviceUser(account);
      const admin = fixtures.sessionOf(account);
      const manager = fixtures.sessionAs(account, member.id, ['creators:read', ...KEY_WRITER]);
      const [membersKey, robotsKey] = [
        await sut.create(admin, keyInput({ roles: ['read-only'], ownerUserId: member.id })),
        await sut.create(admin, keyInput({ roles: ['read-only'], ownerUserId: robot })),
      ];
      const ownKey = await sut.create(manager, keyInput({ roles: ['read-only'] }));

      const replacements = [
        await sut.roll(admin, membersKey.id, {}),
        await sut.roll(manager, robotsKey.id, {}),
        await sut.roll(manager, ownKey.id, {}),
      ];

      expect(replacements.map((key) => key.owner.id)).toEqual([member.id, robot, member.id]);
    });

    it("answers not found for another account's key", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const othersKey = await sut.create(fixtures.sessionOf(other), keyInput());

      await expect(sut.roll(fixtures.sessionOf(account), othersKey.id, {})).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });
});
