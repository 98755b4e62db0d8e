import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { natsConnectionOptions } from '../nats/nats-connection-options.js';
import { ensureEventsStream } from './events-stream.js';
import { outboxChannel } from './outbox-channel.js';
import { OutboxListener } from './outbox-listener.js';
import { OutboxRelay } from './outbox-relay.js';

export interface OutboxRelayHostOptions {
  /** The schema whose outbox this process publishes. */
  schema: string;
  /** NATS_URL: every address, credentials included. */
  servers: string[];
  subjectPrefix?: string;
  /** The connection's name in the NATS server's list. */
  connectionName: string;
  /**
   * Where JetStream's replies and acknowledgements come back: the service's
   * own inbox (jetStreamInboxPrefix), the one its NATS user may hear.
   */
  inboxPrefix?: string;
}

const OUTBOX_RELAY_OPTIONS = Symbol('OUTBOX_RELAY_OPTIONS');

/**
 * How long the relay rests between rounds with nothing to publish: writers
 * wake it (NOTIFY), so this only bounds how late an event unheard (while the
 * listening connection was lost) goes out.
 */
const REST_WITHOUT_NEWS_MS = 10_000;

/**
 * Runs this process's outbox relay: a NATS connection of its own, the events
 * stream made sure of, then rounds until shutdown, each as soon as a writer
 * announces a committed event (OutboxListener) rather than by polling. NATS
 * being away at start does not stop the app: the relay keeps trying, and the
 * outbox keeps the events meanwhile.
 */
@Injectable()
export class OutboxRelayHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayHost.name);
  private readonly stopping = new AbortController();
  private connection: NatsConnection | undefined;
  private relay: OutboxRelay | undefined;
  private listener: OutboxListener | undefined;
  private starting: Promise<void> | undefined;

  constructor(
    @Inject(OUTBOX_RELAY_OPTIONS) private readonly options: OutboxRelayHostOptions,
    private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    // A hybrid app (HTTP and a microservice) bootstraps its modules twice: one relay.
    this.starting ??= this.startWhenNatsAnswers();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.starting;
    await this.listener?.stop();
    await this.relay?.stop();
    await this.connection?.drain().catch(() => undefined);
  }

  private async startWhenNatsAnswers(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      try {
        this.connection = await connect({
          ...natsConnectionOptions({
            servers: this.options.servers,
            name: this.options.connectionName,
          }),
          inboxPrefix: this.options.inboxPrefix,
        });
        await ensureEventsStream(
          await jetstreamManager(this.connection),
          this.options.subjectPrefix,
        );
        this.relay = new OutboxRelay(this.db, jetstream(this.connection), {
          schema: this.options.schema,
          subjectPrefix: this.options.subjectPrefix,
          idleMs: REST_WITHOUT_NEWS_MS,
          onError: (error) => this.logger.warn({ msg: 'outbox relay round failed', err: error }),
        });
        if (this.stopping.signal.aborted) return;
        const relay = this.relay;
        this.listener = new OutboxListener(
          (this.db.driver as unknown as { master: Pool }).master.options,
          outboxChannel(this.options.schema),
          () => relay.wake(),
          (error) => this.logger.warn({ msg: 'outbox listener lost its connection', err: error }),
        );
        this.listener.start();
        relay.start();
        return;
      } catch (error) {
        this.logger.warn({ msg: 'outbox relay waits for NATS', err: error });
        await this.connection?.close().catch(() => undefined);
        this.connection = undefined;
        await sleep(1000, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }
}

/** The relay of `options.schema`'s outbox, for an app that has the schema's DataSource. */
export function outboxRelayProviders(options: OutboxRelayHostOptions): Provider[] {
  return [{ provide: OUTBOX_RELAY_OPTIONS, useValue: options }, OutboxRelayHost];
}
