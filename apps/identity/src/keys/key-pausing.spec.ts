import {
  CreateKeyInputSchema,
  IdentityCredentialsChanged,
  MAX_CREDENTIAL_METADATA_BYTES,
  UpdateKeyInputSchema,
  type CreatedApiKey,
  type CreatedOAuthClient,
  type CreateKeyInput,
} from '@tally/contracts';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures, type TestAccount } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { RecordingBus } from '../../test/support/recording-bus.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { OAuthClientsRepository } from '../oauth/oauth-clients.repository.js';
import { OAuthClientsService } from '../oauth/oauth-clients.service.js';
import { RevokedTokensRepository } from '../oauth/revoked-tokens.repository.js';
import { SigningKeysRepository } from '../oauth/signing-keys.repository.js';
import { SigningKeysService } from '../oauth/signing-keys.service.js';
import { TokenService } from '../oauth/token.service.js';
import { ServiceUsersRepository } from '../service-users/service-users.repository.js';
import { ServiceUsersService } from '../service-users/service-users.service.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';
import { KeyVerificationService } from './key-verification.service.js';

const config = identityTestConfig();

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

/** A JSON object of exactly `bytes` bytes of UTF-8 JSON. */
function metadataOfBytes(bytes: number): Record<string, string> {
  const envelope = JSON.stringify({ note: '' }).length;
  const metadata = { note: 'x'.repeat(bytes - envelope) };
  if (new TextEncoder().encode(JSON.stringify(metadata)).length !== bytes)
    throw new Error('metadata of the wrong size');
  return metadata;
}

describe('pausing keys and OAuth clients', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let hasher: SecretHasher;
  let bus: RecordingBus;
  let keys: ApiKeysService;
  let clients: OAuthClientsService;
  let serviceUsers: ServiceUsersService;
  let tokens: TokenService;
  let verification: KeyVerificationService;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
    hasher = new SecretHasher(config.KEY_HASH_SECRET);
    verification = new KeyVerificationService(new ApiKeysRepository(db), hasher);
  });

  afterAll(async () => {
    await db.destroy();
  });

  beforeEach(() => {
    bus = new RecordingBus();
    keys = fixtures.apiKeysService(bus.client, hasher);
    clients = fixtures.oauthClientsService(bus.client, hasher);
    serviceUsers = new ServiceUsersService(
      db,
      new ServiceUsersRepository(db),
      new ApiKeysRepository(db),
      new OAuthClientsRepository(db),
      keys,
      clients,
      fixtures.auditService(),
      bus.client,
    );
    tokens = new TokenService(
      config,
      hasher,
      new OAuthClientsRepository(db),
      new RevokedTokensRepository(db),
      new SigningKeysService(db, config, new SigningKeysRepository(db)),
      fixtures.auditService(),
      bus.client,
    );
  });

  async function clientOf(account: TestAccount, ownerUserId?: string): Promise<CreatedOAuthClient> {
    return clients.create(fixtures.sessionOf(account), {
      name: 'reporting',
      environment: 'production',
      roles: ['read-only'],
      ownerUserId,
    });
  }

  async function tokenError(client: CreatedOAuthClient): Promise<string | null> {
    const outcome = await tokens.issue({
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      grantType: 'client_credentials',
    });
    return outcome.ok ? null : outcome.error;
  }

  /** The key ids the gateways were told of as changed, in order. */
  function announcedKeys(): string[] {
    return bus
      .eventsOf(IdentityCredentialsChanged)
      .flatMap((event) => event.revocations)
      .filter((revocation) => revocation.kind === 'api_key')
      .map((revocation) => revocation.credentialId);
  }

  describe('a key', () => {
    it('paused, is refused as disabled, and shows as such', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await keys.create(caller, keyInput());

      const paused = await keys.update(caller, created.id, { enabled: false });

      expect(await verification.verify(created.key)).toMatchObject({
        valid: false,
        reason: 'disabled',
      });
      expect(paused).toMatchObject({
        enabled: false,
        disabledAt: expect.any(String),
        revokedAt: null,
      });
    });

    it('enabled again, works again', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await keys.create(caller, keyInput());
      await keys.update(caller, created.id, { enabled: false });

      const enabled = await keys.update(caller, created.id, { enabled: true });

      expect(await verification.verify(created.key)).toMatchObject({ valid: true });
      expect(enabled).toMatchObject({ enabled: true, disabledAt: null });
      expect(await fixtures.auditActions(account)).toEqual([
        'key.created',
        'key.disabled',
        'key.enabled',
      ]);
    });

    it('paused or enabled, is logged for the gateways and announced to them', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await keys.create(caller, keyInput());

      await keys.update(caller, created.id, { enabled: false });
      await keys.update(caller, created.id, { enabled: true });

      expect(await fixtures.revocationsOf([created.id])).toEqual([
        { kind: 'api_key', credentialId: created.id },
        { kind: 'api_key', credentialId: created.id },
      ]);
      expect(announcedKeys()).toEqual([created.id, created.id]);
    });

    it('renamed, is neither logged nor announced', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await keys.create(caller, keyInput());

      const renamed = await keys.update(caller, created.id, { name: 'renamed' });

      expect(renamed).toMatchObject({ name: 'renamed', enabled: true });
      expect(await fixtures.revocationsOf([created.id])).toEqual([]);
      expect(announcedKeys()).toEqual([]);
    });

    it('revoked, cannot be enabled', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await keys.create(caller, keyInput());
      await keys.revoke(caller, created.id);

      await expect(keys.update(caller, created.id, { enabled: true })).rejects.toMatchObject({
        code: 'conflict',
      });
      expect(await verification.verify(created.key)).toEqual({ valid: false, reason: 'revoked' });
    });

    it('of another account, is not found and keeps working', async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const theirs = await keys.create(fixtures.sessionOf(other), keyInput());

      await expect(
        keys.update(fixtures.sessionOf(account), theirs.id, { enabled: false }),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(await verification.verify(theirs.key)).toMatchObject({ valid: true });
    });
  });

  describe("a service user's keys", () => {
    async function robotWithKeys(
      account: TestAccount,
    ): Promise<{ robot: string; owned: CreatedApiKey[]; othersKey: CreatedApiKey }> {
      const caller = fixtures.sessionOf(account);
      const robot = await fixtures.serviceUser(account);
      const owned = [
        await keys.create(caller, keyInput({ ownerUserId: robot })),
        await keys.create(caller, keyInput({ ownerUserId: robot })),
      ];
      const othersKey = await keys.create(caller, keyInput());
      return { robot, owned, othersKey };
    }

    it('are all refused as disabled while it is disabled, and no other key is', async () => {
      const account = await fixtures.account();
      const { robot, owned, othersKey } = await robotWithKeys(account);

      await serviceUsers.update(fixtures.sessionOf(account), robot, { enabled: false });

      for (const key of owned) {
        expect(await verification.verify(key.key)).toMatchObject({
          valid: false,
          reason: 'disabled',
        });
      }
      expect(await verification.verify(othersKey.key)).toMatchObject({ valid: true });
    });

    it('are each logged for the gateways and announced in one event when it is disabled', async () => {
      const account = await fixtures.account();
      const { robot, owned } = await robotWithKeys(account);
      const ids = owned.map((key) => key.id);

      await serviceUsers.update(fixtures.sessionOf(account), robot, { enabled: false });

      const logged = await fixtures.revocationsOf(ids);
      expect(logged).toHaveLength(ids.length);
      expect(logged).toEqual(
        expect.arrayContaining(ids.map((id) => ({ kind: 'api_key', credentialId: id }))),
      );
      const events = bus.eventsOf(IdentityCredentialsChanged);
      expect(events).toHaveLength(1);
      expect(announcedKeys().sort()).toEqual([...ids].sort());
      expect(await fixtures.auditActions(account)).toContain('service_user.disabled');
    });

    it('work again once it is enabled', async () => {
      const account = await fixtures.account();
      const { robot, owned } = await robotWithKeys(account);
      const caller = fixtures.sessionOf(account);
      await serviceUsers.update(caller, robot, { enabled: false });

      await serviceUsers.update(caller, robot, { enabled: true });

      for (const key of owned) {
        expect(await verification.verify(key.key)).toMatchObject({ valid: true });
      }
    });

    it('show their owner as disabled while it is', async () => {
      const account = await fixtures.account();
      const { robot, owned } = await robotWithKeys(account);
      const caller = fixtures.sessionOf(account);

      await serviceUsers.update(caller, robot, { enabled: false });

      const key = await keys.get(caller, owned[0].id);
      expect(key.owner).toMatchObject({ id: robot, kind: 'service', enabled: false });
      // Paused with its owner, not by itself: enabling the owner restores it.
      expect(key.enabled).toBe(true);
    });

    it('stay paused when paused by themselves, whatever it goes through', async () => {
      const account = await fixtures.account();
      const { robot, owned } = await robotWithKeys(account);
      const caller = fixtures.sessionOf(account);
      const [paused, other] = owned;
      await keys.update(caller, paused.id, { enabled: false });

      await serviceUsers.update(caller, robot, { enabled: false });
      await serviceUsers.update(caller, robot, { enabled: true });

      expect(await verification.verify(paused.key)).toMatchObject({
        valid: false,
        reason: 'disabled',
      });
      expect(await verification.verify(other.key)).toMatchObject({ valid: true });
    });

    it('are refused while it is disabled, even when enabled one by one', async () => {
      const account = await fixtures.account();
      const { robot, owned } = await robotWithKeys(account);
      const caller = fixtures.sessionOf(account);
      await serviceUsers.update(caller, robot, { enabled: false });

      await keys.update(caller, owned[0].id, { enabled: true });

      expect(await verification.verify(owned[0].key)).toMatchObject({
        valid: false,
        reason: 'disabled',
      });
    });

    it('are revoked when it is deleted', async () => {
      const account = await fixtures.account();
      const { robot, owned, othersKey } = await robotWithKeys(account);

      await serviceUsers.remove(fixtures.sessionOf(account), robot);

      for (const key of owned) {
        expect(await verification.verify(key.key)).toEqual({ valid: false, reason: 'revoked' });
      }
      expect(await verification.verify(othersKey.key)).toMatchObject({ valid: true });
    });
  });

  describe('an OAuth client', () => {
    it('paused, gets no token (unauthorized_client)', async () => {
      const account = await fixtures.account();
      const client = await clientOf(account);

      await clients.update(fixtures.sessionOf(account), client.id, { enabled: false });

      expect(await tokenError(client)).toBe('unauthorized_client');
    });

    it('enabled again, gets tokens again', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const client = await clientOf(account);
      await clients.update(caller, client.id, { enabled: false });

      await clients.update(caller, client.id, { enabled: true });

      expect(await tokenError(client)).toBeNull();
    });

    it('paused, is logged for the gateways and announced to them', async () => {
      const account = await fixtures.account();
      const client = await clientOf(account);

      await clients.update(fixtures.sessionOf(account), client.id, { enabled: false });

      expect(await fixtures.revocationsOf([client.id])).toEqual([
        { kind: 'oauth_client', credentialId: client.id },
      ]);
      const announced = bus
        .eventsOf(IdentityCredentialsChanged)
        .flatMap((event) => event.revocations);
      expect(announced).toMatchObject([{ kind: 'oauth_client', credentialId: client.id }]);
    });

    it('of a disabled service user, gets no token until it is enabled', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const robot = await fixtures.serviceUser(account);
      const client = await clientOf(account, robot);

      await serviceUsers.update(caller, robot, { enabled: false });
      const whileDisabled = await tokenError(client);
      await serviceUsers.update(caller, robot, { enabled: true });

      expect(whileDisabled).toBe('unauthorized_client');
      expect(await tokenError(client)).toBeNull();
    });
  });

  describe('metadata', () => {
    const bounded = [
      [
        'CreateKeyInputSchema',
        (metadata: unknown) => CreateKeyInputSchema.safeParse({ ...keyInput(), metadata }),
      ],
      ['UpdateKeyInputSchema', (metadata: unknown) => UpdateKeyInputSchema.safeParse({ metadata })],
    ] as const;

    it.each(bounded)(
      `%s accepts a JSON object of ${MAX_CREDENTIAL_METADATA_BYTES} bytes`,
      (_schema, parse) => {
        expect(parse(metadataOfBytes(MAX_CREDENTIAL_METADATA_BYTES)).success).toBe(true);
      },
    );

    it.each(bounded)(`%s refuses ${MAX_CREDENTIAL_METADATA_BYTES + 1} bytes`, (_schema, parse) => {
      const parsed = parse(metadataOfBytes(MAX_CREDENTIAL_METADATA_BYTES + 1));

      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['metadata']]);
    });

    it.each(bounded)('%s refuses an array, a string and null', (_schema, parse) => {
      for (const notAnObject of [['a', 'b'], 'team: billing', null]) {
        expect(parse(notAnObject).success).toBe(false);
      }
    });

    it('is kept from creation, shown, and replaced whole by an update', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const metadata = { team: 'billing', machine: { host: 'ingest-1', cores: 8 }, tags: ['a'] };
      const created = await keys.create(caller, keyInput({ metadata }));

      const shown = await keys.get(caller, created.id);
      const updated = await keys.update(caller, created.id, { metadata: { ticket: 'OPS-12' } });

      expect(created.metadata).toEqual(metadata);
      expect(shown.metadata).toEqual(metadata);
      expect(updated.metadata).toEqual({ ticket: 'OPS-12' });
      expect((await keys.get(caller, created.id)).metadata).toEqual({ ticket: 'OPS-12' });
    });

    it(`of ${MAX_CREDENTIAL_METADATA_BYTES} bytes, is kept whole`, async () => {
      const account = await fixtures.account();
      const metadata = metadataOfBytes(MAX_CREDENTIAL_METADATA_BYTES);

      const created = await keys.create(fixtures.sessionOf(account), keyInput({ metadata }));

      expect((await keys.get(fixtures.sessionOf(account), created.id)).metadata).toEqual(metadata);
    });

    it('is kept on an OAuth client too, and replaced whole by an update', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await clients.create(caller, {
        name: 'reporting',
        environment: 'production',
        roles: ['read-only'],
        metadata: { team: 'billing' },
      });

      const updated = await clients.update(caller, created.id, { metadata: { ticket: 'OPS-12' } });

      expect(created.metadata).toEqual({ team: 'billing' });
      expect(updated.metadata).toEqual({ ticket: 'OPS-12' });
      expect((await clients.get(caller, created.id)).metadata).toEqual({ ticket: 'OPS-12' });
    });

    it('is an empty object when none is given, and survives a rename', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const created = await keys.create(caller, keyInput());
      await keys.update(caller, created.id, { metadata: { team: 'billing' } });

      const renamed = await keys.update(caller, created.id, { name: 'renamed' });

      expect(created.metadata).toEqual({});
      expect(renamed.metadata).toEqual({ team: 'billing' });
    });
  });
});
