import { ClientNats, MsPattern, NatsRecord } from '@nestjs/microservices';
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception.js';
import type { MsgHdrs, NatsConnection } from '@nats-io/transport-node';
import { TimeoutError } from 'rxjs';
import { withDeadline } from '../async/with-deadline.js';
import { readJsonTextReply } from './json-text-replies.js';
import { ReplyInbox } from './reply-inbox.js';
import { natsConnectionOptions, NatsConnectionSettings } from './nats-connection-options.js';
import { prefixSubject } from './subject-prefix.js';

export interface TallyClientNatsOptions extends NatsConnectionSettings {
  subjectPrefix?: string;
}

/** Nest's NATS client, sending to the deployment's prefixed subjects. */
export class TallyClientNats extends ClientNats {
  private readonly subjectPrefix: string | undefined;
  private replyInbox: ReplyInbox | undefined;

  constructor(options: TallyClientNatsOptions) {
    super(natsConnectionOptions(options));
    this.subjectPrefix = options.subjectPrefix;
  }

  /** The subject as it travels on the wire, with the deployment's prefix. */
  wireSubject(subject: string): string {
    return prefixSubject(this.subjectPrefix, subject);
  }

  /**
   * One request in Nest's wire format, answered by a Nest microservice. Unlike
   * `send()`, which subscribes to a fresh inbox and unsubscribes for every
   * request (three protocol operations for the server and a subscription to
   * build and drop each time), this uses the connection's one shared reply
   * subscription (ReplyInbox). Fails with the handler's error payload, an rxjs
   * TimeoutError after `timeoutMs` (connecting included), NATS's "no
   * responders" or the connection's error.
   */
  async request<TResult>(pattern: string, record: NatsRecord, timeoutMs: number): Promise<TResult> {
    const deadline = Date.now() + timeoutMs;
    // Once a connection exists, connect() settles at once (it, or the outage's rejection):
    // only the first connection can keep a request waiting, so only it needs a timer.
    const connecting = this.connect();
    const connection = (await (this.natsClient
      ? connecting
      : withDeadline(connecting, timeoutMs, () => new TimeoutError()))) as NatsConnection;
    const packet = this.assignPacketId({ pattern, data: record });
    const serialized = this.serializer.serialize(packet) as { data: string; headers: unknown };
    const reply = await this.replyInboxOf(connection).request(
      this.normalizePattern(pattern),
      serialized.data,
      {
        timeoutMs: Math.max(1, deadline - Date.now()),
        headers: this.mergeHeaders(serialized.headers) as MsgHdrs | undefined,
      },
    );
    if (reply.data.length === 0) throw new EmptyResponseException(pattern);
    const message = readJsonTextReply(reply) ?? (await this.deserializer.deserialize(reply));
    if (message.err !== undefined && message.err !== null) throw message.err;
    return message.response as TResult;
  }

  /** The connection's inbox for answers: a new one for a new connection, or when the last one failed. */
  private replyInboxOf(connection: NatsConnection): ReplyInbox {
    if (this.replyInbox?.connection !== connection || !this.replyInbox.open)
      this.replyInbox = new ReplyInbox(connection);
    return this.replyInbox;
  }

  protected override normalizePattern(pattern: MsPattern): string {
    return prefixSubject(this.subjectPrefix, super.normalizePattern(pattern));
  }
}
