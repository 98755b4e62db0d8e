import {
  CreatorsPing,
  CreatorSynced,
  GatewayKeysUsed,
  IdentityKeyRevoked,
  IdentityKeysVerify,
  type EventPayloadOf,
  type ReplyOf,
} from '@tally/contracts';
import { Controller, Module } from '@nestjs/common';
import { connect, errors } from '@nats-io/transport-node';
import { waitFor } from '@tally/testing';
import { Handles } from '../src/messaging/handles.decorator.js';
import type { ServiceClient } from '../src/nats/service-client.js';
import {
  AuthorizedBus,
  publishRefusal,
  subscriptionRefused,
  violationsOf,
} from './support/authorized-bus.js';

const heardByIdentity: string[] = [];

@Controller()
class IdentityHandlers {
  @Handles(IdentityKeysVerify)
  verify(): ReplyOf<typeof IdentityKeysVerify> {
    return { valid: false, reason: 'unknown' };
  }

  @Handles(GatewayKeysUsed)
  keysUsed(event: EventPayloadOf<typeof GatewayKeysUsed>): void {
    heardByIdentity.push(...event.uses.map((use) => `used ${use.keyId}`));
  }

  @Handles(CreatorSynced)
  synced(event: EventPayloadOf<typeof CreatorSynced>): void {
    heardByIdentity.push(`synced ${event.creatorId}`);
  }
}

@Module({ controllers: [IdentityHandlers] })
class IdentityProbe {}

@Controller()
class CreatorsHandlers {
  @Handles(CreatorsPing)
  ping(): ReplyOf<typeof CreatorsPing> {
    return { service: 'creators', status: 'ok' };
  }
}

@Module({ controllers: [CreatorsHandlers] })
class CreatorsProbe {}

const CREATOR_ID = '6f1c1f43-52a4-4c1e-9a57-1f1f7d3a2b10';
const ACCOUNT_ID = '0b9f5c55-9f0e-4a8c-b1f3-9c1f6f0a7e21';

describe('the NATS users of deploy/nats (one per service, under the subject prefix)', () => {
  let bus: AuthorizedBus;
  let gateway: ServiceClient;
  let identity: ServiceClient;
  let syncWorker: ServiceClient;
  const revokedKeysHeardByGateway: string[] = [];

  beforeAll(async () => {
    bus = await AuthorizedBus.start(process.env.NATS_SUBJECT_PREFIX);
    await bus.microservice('identity', IdentityProbe);
    await bus.microservice('creators', CreatorsProbe);
    gateway = bus.client('gateway');
    identity = bus.client('identity');
    syncWorker = bus.client('sync-worker');
    gateway.subscribe(IdentityKeyRevoked, (event) => revokedKeysHeardByGateway.push(event.keyId));
  });

  afterAll(async () => {
    await bus?.close();
  });

  describe('what each service does', () => {
    it("answers the gateway's key verification from identity", async () => {
      const reply = await gateway.request(IdentityKeysVerify, { key: 'tly_sk_unknown' });

      expect(reply).toEqual({ valid: false, reason: 'unknown' });
    });

    it("answers the gateway's ping from creators", async () => {
      const reply = await gateway.request(CreatorsPing, {});

      expect(reply).toEqual({ service: 'creators', status: 'ok' });
    });

    it("brings identity's revocations to the gateway", async () => {
      const heard = await waitFor(
        async () => {
          await identity.emit(IdentityKeyRevoked, { keyId: 'key-1', accountId: ACCOUNT_ID });
          return revokedKeysHeardByGateway;
        },
        (keys) => keys.includes('key-1'),
      );

      expect(heard).toContain('key-1');
    });

    it("brings the gateway's key uses to identity", async () => {
      await gateway.emit(GatewayKeysUsed, {
        uses: [{ keyId: 'key-2', at: new Date().toISOString() }],
      });

      const heard = await waitFor(
        async () => heardByIdentity,
        (events) => events.includes('used key-2'),
      );
      expect(heard).toContain('used key-2');
    });

    it("brings the sync worker's events to identity", async () => {
      await syncWorker.emit(CreatorSynced, {
        accountId: ACCOUNT_ID,
        creatorId: CREATOR_ID,
        syncedAt: new Date().toISOString(),
        videos: 3,
        videosChanged: 1,
      });

      const heard = await waitFor(
        async () => heardByIdentity,
        (events) => events.includes(`synced ${CREATOR_ID}`),
      );
      expect(heard).toContain(`synced ${CREATOR_ID}`);
    });
  });

  describe('who may connect', () => {
    it('refuses a connection without a user', async () => {
      const failure = await connect({ servers: [bus.server.url], reconnect: false }).catch(
        (error: unknown) => error,
      );

      expect(failure).toBeInstanceOf(errors.AuthorizationError);
    });

    it("refuses a service's user with another service's password", async () => {
      const failure = await connect({
        servers: [bus.server.url],
        user: 'gateway',
        pass: bus.passwords.identity,
        reconnect: false,
      }).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(errors.AuthorizationError);
    });
  });

  describe('what each service may not do', () => {
    it("does not let the gateway publish identity's revocations", async () => {
      const connection = await bus.connectionAs('gateway');
      const violations = violationsOf(connection);
      const subject = bus.wire(IdentityKeyRevoked.subject);

      connection.publish(subject, JSON.stringify({ data: { keyId: 'forged', accountId: 'x' } }));

      expect(await publishRefusal(violations, subject)).toBeDefined();
      expect(revokedKeysHeardByGateway).not.toContain('forged');
    });

    it("does not let the gateway answer identity's requests", async () => {
      const connection = await bus.connectionAs('gateway');

      expect(
        await subscriptionRefused(connection, bus.wire(IdentityKeysVerify.subject), 'identity'),
      ).toBe(true);
    });

    it("does not let creators answer identity's requests", async () => {
      const connection = await bus.connectionAs('creators');

      expect(
        await subscriptionRefused(connection, bus.wire(IdentityKeysVerify.subject), 'identity'),
      ).toBe(true);
    });

    it('does not let the sync worker send identity a request', async () => {
      const connection = await bus.connectionAs('sync-worker');
      const violations = violationsOf(connection);
      const subject = bus.wire(IdentityKeysVerify.subject);

      connection.publish(subject, '{}', { reply: '_INBOX.sync-worker' });

      expect(await publishRefusal(violations, subject)).toBeDefined();
    });

    it('does not let the sync worker listen to anything', async () => {
      const connection = await bus.connectionAs('sync-worker');

      expect(await subscriptionRefused(connection, bus.wire(IdentityKeyRevoked.subject))).toBe(
        true,
      );
    });

    it('does not let identity read the replies meant for the gateway', async () => {
      const connection = await bus.connectionAs('identity');

      expect(await subscriptionRefused(connection, '_INBOX.>')).toBe(true);
    });

    it("does not let the gateway ask outside the deployment's prefix", async () => {
      const connection = await bus.connectionAs('gateway');
      const violations = violationsOf(connection);

      connection.publish('elsewhere.identity.keys.verify', '{}');

      expect(await publishRefusal(violations, 'elsewhere.identity.keys.verify')).toBeDefined();
    });

    it('lets the gateway subscribe where its role says it may (the control for the refusals)', async () => {
      const connection = await bus.connectionAs('gateway');

      expect(await subscriptionRefused(connection, bus.wire(IdentityKeyRevoked.subject))).toBe(
        false,
      );
    });
  });
});
