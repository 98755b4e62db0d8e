import { eventSubject, type OutboxEvent, type Permission, type Principal } from '@tally/contracts';
import { ensureEventsStream, ServiceClient, TallyClientNats } from '@tally/nest-kit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadWebhooksConfig, type WebhooksConfig } from '../../src/config/webhooks.config.js';
import { startWebhooks } from '../../src/webhooks.app.js';

/**
 * The webhooks service of one test file, on its own NATS subject prefix and
 * Redis key prefix (so its events stream and queues are its own), with a NATS
 * caller and a way to publish events as the other services' relays do.
 */
export class WebhooksHarness {
  private constructor(
    readonly config: WebhooksConfig,
    readonly app: NestFastifyApplication,
    readonly bus: ServiceClient,
    private readonly client: TallyClientNats,
    private readonly nats: NatsConnection,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<WebhooksHarness> {
    const run = randomUUID().slice(0, 8);
    const config = loadWebhooksConfig({
      ...process.env,
      WEBHOOKS_HEALTH_PORT: '0',
      NATS_SUBJECT_PREFIX: `test-${run}`,
      REDIS_KEY_PREFIX: `test-webhooks-${run}:`,
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      ...env,
    });
    const app = await startWebhooks(config, { installSignalHandlers: false });
    const client = new TallyClientNats({
      servers: config.NATS_URL,
      name: 'webhooks-test',
      subjectPrefix: config.NATS_SUBJECT_PREFIX,
    });
    const bus = new ServiceClient(client, { requestTimeoutMs: 10000 });
    const nats = await connect({ servers: config.NATS_URL });
    // The service makes the stream sure at start too; publishing may come first.
    await ensureEventsStream(await jetstreamManager(nats), config.NATS_SUBJECT_PREFIX);
    return new WebhooksHarness(config, app, bus, client, nats);
  }

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  /** Publishes an event on the stream, as a service's outbox relay would; answers it. */
  async publish(
    event: Pick<OutboxEvent, 'type' | 'accountId' | 'data'> & Partial<OutboxEvent>,
  ): Promise<OutboxEvent> {
    const full: OutboxEvent = {
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      ...event,
    };
    await jetstream(this.nats).publish(
      eventSubject(full.type, this.config.NATS_SUBJECT_PREFIX),
      JSON.stringify(full),
      { msgID: full.id },
    );
    return full;
  }

  async stop(): Promise<void> {
    await this.client.close();
    await this.nats.drain();
    await this.app.close();
  }
}

export function principalOf(
  accountId: string = randomUUID(),
  permissions: Permission[] = ['webhooks:read', 'webhooks:write'],
): Principal {
  return {
    accountId,
    credentialType: 'secret_key',
    credentialId: randomUUID(),
    environment: 'production',
    permissions,
    expiresAt: null,
  };
}
