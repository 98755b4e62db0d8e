import {
  REQUEST_ID_HEADER,
  type EventDeclaration,
  type EventPayloadOf,
  type EventToSend,
  type ReplyOf,
  type RequestDeclaration,
  type RequestOf,
} from '@tally/contracts';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders, type Msg, type NatsConnection } from '@nats-io/transport-node';
import type { Registry } from 'prom-client';
import { firstValueFrom, TimeoutError } from 'rxjs';
import { METRICS_REGISTRY } from '../metrics/metrics.module.js';
import { natsRequestMetrics, type NatsRequestOutcome } from '../metrics/nats-metrics.js';
import type { SubjectMetrics } from '../metrics/subject-metrics.js';
import { RequestContext } from '../request-context/request-context.js';
import { injectTraceContext, withNatsSendSpan } from '../tracing/nats-trace.js';
import { failedRequestOutcome } from './nats-request-outcome.js';
import { NATS_CLIENT, NATS_CLIENT_OPTIONS } from './nats-tokens.js';
import { busLostDuringRequest, toAppError } from './rpc-error-mapping.js';
import { TallyClientNats } from './tally-client-nats.js';

export interface ServiceClientOptions {
  requestTimeoutMs: number;
}

export type BusStatus = 'idle' | 'connected' | 'disconnected' | 'reconnecting';

/**
 * Request-reply and events over NATS for one app. Every message carries the
 * current request id; every failure comes back as an AppError with a code.
 */
@Injectable()
export class ServiceClient implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ServiceClient.name);
  private status: BusStatus = 'idle';
  private readonly reconnectListeners: (() => void)[] = [];
  /** How many times the connection was lost: a request that saw it change lost its bus on the way. */
  private disconnections = 0;
  private readonly requests: SubjectMetrics<NatsRequestOutcome> | undefined;

  constructor(
    @Inject(NATS_CLIENT) private readonly client: TallyClientNats,
    @Inject(NATS_CLIENT_OPTIONS) private readonly options: ServiceClientOptions,
    @Optional() @Inject(METRICS_REGISTRY) metrics?: Registry,
  ) {
    this.requests = metrics && natsRequestMetrics(metrics);
    this.client.status.subscribe((status) => {
      const wasAway = this.status === 'disconnected' || this.status === 'reconnecting';
      this.status = status as BusStatus;
      if (status === 'disconnected') this.disconnections += 1;
      if (wasAway && status === 'connected')
        this.reconnectListeners.forEach((listener) => listener());
    });
  }

  onApplicationBootstrap(): void {
    // Connect early so that readiness reflects the bus; requests retry on their own.
    this.connect().catch((error: unknown) =>
      this.logger.warn(`NATS not reachable yet: ${String(error)}`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }

  get busStatus(): BusStatus {
    return this.status;
  }

  async connect(): Promise<void> {
    await this.client.connect();
  }

  /** Asks the service that answers a declared message; typed by the declaration. */
  request<D extends RequestDeclaration>(
    declaration: D,
    payload: RequestOf<D>,
    options: { timeoutMs?: number } = {},
  ): Promise<ReplyOf<D>> {
    const { subject } = declaration;
    return withNatsSendSpan('request', subject, () =>
      this.send(subject, payload, options.timeoutMs ?? this.options.requestTimeoutMs),
    );
  }

  /** Publishes a declared event; typed by the declaration. */
  emit<D extends EventDeclaration>(declaration: D, payload: EventToSend<D>): Promise<void> {
    const { subject } = declaration;
    return withNatsSendSpan('publish', subject, async () => {
      const record = new NatsRecordBuilder(payload).setHeaders(this.headers()).build();
      try {
        await firstValueFrom(this.client.emit(subject, record), { defaultValue: undefined });
      } catch (failure) {
        throw toAppError(subject, failure).error;
      }
    });
  }

  private async send<T>(subject: string, payload: unknown, timeoutMs: number): Promise<T> {
    const record = new NatsRecordBuilder(payload).setHeaders(this.headers()).build();
    const disconnectionsBefore = this.disconnections;
    const startedAt = performance.now();
    try {
      const reply = await this.client.request<T>(subject, record, timeoutMs);
      this.requests?.record(subject, 'ok', startedAt);
      return reply;
    } catch (failure) {
      // The answer did not come because the bus went away meanwhile, not because the service was slow.
      if (failure instanceof TimeoutError && this.disconnections !== disconnectionsBefore) {
        this.requests?.record(subject, 'unavailable', startedAt);
        throw busLostDuringRequest(subject);
      }
      const { error, unexpected } = toAppError(subject, failure);
      this.requests?.record(subject, failedRequestOutcome(failure, unexpected), startedAt);
      if (unexpected) this.logger.error({ msg: `Request to ${subject} failed`, err: failure });
      throw error;
    }
  }

  /**
   * Listens to an event on every replica (no queue group): for things each
   * process must hear, such as a revoked key to drop from its cache. Keeps
   * trying in the background while NATS is away; NATS resubscribes after reconnects.
   */
  subscribe<D extends EventDeclaration>(
    declaration: D,
    handler: (event: EventPayloadOf<D>) => void,
  ): void {
    const { subject } = declaration;
    // The event is parsed with its schema: one that does not match is dropped like unparsable JSON.
    const read = (data: unknown): EventPayloadOf<D> =>
      declaration.payload.parse(data) as EventPayloadOf<D>;
    const attach = async (): Promise<void> => {
      await this.client.connect();
      this.client.unwrap<NatsConnection>().subscribe(this.client.wireSubject(subject), {
        callback: (error: Error | null, received: Msg) => {
          if (error) return;
          try {
            const packet = JSON.parse(new TextDecoder().decode(received.data)) as {
              data?: unknown;
            };
            if (packet.data !== undefined) handler(read(packet.data));
          } catch (failure) {
            this.logger.warn({ msg: `ignored a malformed ${subject} event`, err: failure });
          }
        },
      });
    };
    const retry = (): void => {
      attach().catch(() => setTimeout(retry, 1000).unref());
    };
    retry();
  }

  /** Runs after the connection comes back from an outage (events may have been missed meanwhile). */
  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  private headers() {
    const headers = natsHeaders();
    const requestId = RequestContext.requestId();
    if (requestId) headers.set(REQUEST_ID_HEADER, requestId);
    injectTraceContext(headers);
    return headers;
  }
}
