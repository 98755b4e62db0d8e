import { REQUEST_ID_HEADER } from '@tally/contracts';
import { NatsContext, ServerNats } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/transport-node';
import { RequestContext } from '../request-context/request-context.js';
import { natsConnectionOptions, NatsConnectionSettings } from './nats-connection-options.js';
import { prefixSubject } from './subject-prefix.js';

export interface TallyServerNatsOptions extends NatsConnectionSettings {
  /** Queue group: replicas of one service share the messages. */
  queue: string;
  subjectPrefix?: string;
}

/**
 * Nest's NATS server with two additions: every subject is namespaced by the
 * deployment's prefix, and each message is handled inside a request context
 * carrying the caller's request id.
 */
export class TallyServerNats extends ServerNats {
  private readonly subjectPrefix: string | undefined;

  constructor(options: TallyServerNatsOptions) {
    super({
      ...natsConnectionOptions(options),
      queue: options.queue,
      waitOnFirstConnect: true,
      gracefulShutdown: true,
      gracePeriod: 1000,
    });
    this.subjectPrefix = options.subjectPrefix;
    this.setOnProcessingStartHook((_transport, context, done) => {
      const headers = context instanceof NatsContext ? context.getHeaders() : undefined;
      const candidate: unknown = headers?.get?.(REQUEST_ID_HEADER);
      return RequestContext.run({ requestId: RequestContext.acceptOrGenerate(candidate) }, done);
    });
  }

  override bindEvents(client: NatsConnection): void {
    // The base class subscribes with the handler's own pattern; prefixing only the
    // subscribed subject keeps handler lookup on the contract subject.
    const prefixing = {
      subscribe: (subject: string, options: Parameters<NatsConnection['subscribe']>[1]) =>
        client.subscribe(prefixSubject(this.subjectPrefix, subject), options),
    } as unknown as NatsConnection;
    super.bindEvents(prefixing);
  }
}
