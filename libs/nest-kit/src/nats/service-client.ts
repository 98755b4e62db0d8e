import { REQUEST_ID_HEADER } from '@tally/contracts';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { firstValueFrom, timeout } from 'rxjs';
import { RequestContext } from '../request-context/request-context.js';
import { NATS_CLIENT, NATS_CLIENT_OPTIONS } from './nats-tokens.js';
import { toAppError } from './rpc-error-mapping.js';
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

  constructor(
    @Inject(NATS_CLIENT) private readonly client: TallyClientNats,
    @Inject(NATS_CLIENT_OPTIONS) private readonly options: ServiceClientOptions,
  ) {
    this.client.status.subscribe((status) => {
      this.status = status as BusStatus;
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

  async request<TResult>(
    subject: string,
    payload: object,
    options: { timeoutMs?: number } = {},
  ): Promise<TResult> {
    const record = new NatsRecordBuilder(payload).setHeaders(this.headers()).build();
    try {
      return await firstValueFrom(
        this.client
          .send<TResult>(subject, record)
          .pipe(timeout(options.timeoutMs ?? this.options.requestTimeoutMs)),
      );
    } catch (failure) {
      const { error, unexpected } = toAppError(subject, failure);
      if (unexpected) this.logger.error({ msg: `Request to ${subject} failed`, err: failure });
      throw error;
    }
  }

  async emit(subject: string, payload: object): Promise<void> {
    const record = new NatsRecordBuilder(payload).setHeaders(this.headers()).build();
    try {
      await firstValueFrom(this.client.emit(subject, record), { defaultValue: undefined });
    } catch (failure) {
      throw toAppError(subject, failure).error;
    }
  }

  private headers() {
    const headers = natsHeaders();
    const requestId = RequestContext.requestId();
    if (requestId) headers.set(REQUEST_ID_HEADER, requestId);
    return headers;
  }
}
