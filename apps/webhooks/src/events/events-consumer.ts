import { eventsStreamName, OutboxEventSchema } from '@tally/contracts';
import {
  ensureEventsStream,
  EVENTS_CONSUMER,
  jetStreamInboxPrefix,
  natsConnectionOptions,
} from '@tally/nest-kit';
import {
  AckPolicy,
  type ConsumerMessages,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebhooksConfig } from '../config/webhooks.config.js';
import { WEBHOOKS_CONFIG } from '../config/webhooks.tokens.js';
import { DeliveryQueue } from '../deliveries/delivery-queue.js';
import { EventFanOutRepository } from './event-fan-out.repository.js';

/** Every webhooks process shares the durable consumer EVENTS_CONSUMER: each event is handled by one of them. */
const CONSUMER = EVENTS_CONSUMER;
/** An event not acknowledged within this long (its process died) goes to another process. */
const ACK_WAIT_MS = 30_000;

/**
 * Hears every event of the deployment's stream, records it with a delivery
 * per subscribed endpoint, queues the deliveries, then acknowledges it. A
 * process killed before the acknowledgement leaves the event to be heard
 * again: recording is idempotent, and a queued delivery is not queued twice.
 */
@Injectable()
export class EventsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventsConsumer.name);
  private readonly stopping = new AbortController();
  private connection: NatsConnection | undefined;
  private messages: ConsumerMessages | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
    private readonly fanOut: EventFanOutRepository,
    private readonly deliveries: DeliveryQueue,
  ) {}

  onApplicationBootstrap(): void {
    // A hybrid app (HTTP + microservice) bootstraps twice: one consumer is enough.
    this.running ??= this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.messages?.close().catch(() => undefined);
    await this.running;
    await this.connection?.drain().catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      try {
        await this.consume();
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        this.logger.warn({ msg: 'events consumer stopped; starting again', err: error });
        await this.connection?.close().catch(() => undefined);
        this.connection = undefined;
        await sleep(1000, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }

  private async consume(): Promise<void> {
    // JetStream answers on this service's own inbox: the only one its NATS user may read.
    this.connection = await connect({
      ...natsConnectionOptions({ servers: this.config.NATS_URL, name: 'webhooks-events' }),
      inboxPrefix: jetStreamInboxPrefix('webhooks'),
    });
    const jsm = await jetstreamManager(this.connection);
    const stream = await ensureEventsStream(jsm, this.config.NATS_SUBJECT_PREFIX);
    await jsm.consumers.add(stream, {
      durable_name: CONSUMER,
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(ACK_WAIT_MS),
      deliver_policy: DeliverPolicy.All,
      max_deliver: -1,
    });
    const consumer = await jetstream(this.connection).consumers.get(stream, CONSUMER);
    this.messages = await consumer.consume({ max_messages: 100 });
    this.logger.log({
      msg: 'hearing events',
      stream: eventsStreamName(this.config.NATS_SUBJECT_PREFIX),
    });
    for await (const message of this.messages) {
      await this.handle(message);
      if (this.stopping.signal.aborted) break;
    }
  }

  private async handle(message: JsMsg): Promise<void> {
    const parsed = OutboxEventSchema.safeParse(readJson(message));
    if (!parsed.success) {
      // Nothing will ever read it: say so once and let it go.
      this.logger.error({ msg: 'unreadable event dropped', subject: message.subject });
      message.term();
      return;
    }
    try {
      const pending = await this.fanOut.record(parsed.data);
      await this.deliveries.enqueue(pending);
      message.ack();
    } catch (error) {
      this.logger.warn({
        msg: 'event not handled yet; it comes again',
        eventId: parsed.data.id,
        err: error,
      });
      message.nak(5000);
    }
  }
}

function readJson(message: JsMsg): unknown {
  try {
    return message.json();
  } catch {
    return undefined;
  }
}
