import {
  createInbox,
  errors as natsErrors,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
} from '@nats-io/transport-node';
import { TimeoutError } from 'rxjs';

interface Waiting {
  resolve: (reply: Msg) => void;
  reject: (failure: Error) => void;
  timer: NodeJS.Timeout;
  subject: string;
}

const NO_RESPONDERS = 503;

/**
 * Requests whose answers all arrive on one subscription of the connection
 * (`_INBOX.<id>.*`), as nats.js's own shared inbox does, but without what that
 * costs per request: nats.js builds an Error (`RequestError("cancelled")`,
 * its stack trace included) to settle every request that already succeeded.
 * A request fails with rxjs's TimeoutError when no answer comes in time,
 * NoRespondersError when nothing listens on the subject, or the
 * subscription's error; requests still waiting when the connection closes
 * fail with ClosedConnectionError.
 */
export class ReplyInbox {
  private readonly prefix: string;
  private readonly waiting = new Map<string, Waiting>();
  private sent = 0;
  private ended = false;

  constructor(readonly connection: NatsConnection) {
    this.prefix = createInbox();
    const subscription = connection.subscribe(`${this.prefix}.*`, {
      callback: (error, reply) => (error ? this.failAll(error) : this.settle(reply)),
    });
    void subscription.closed.then(() => this.failAll(new natsErrors.ClosedConnectionError()));
  }

  /**
   * False once its subscription failed (the server refused it) or closed:
   * nats.js drops such a subscription, so its answers would never arrive.
   */
  get open(): boolean {
    return !this.ended;
  }

  request(
    subject: string,
    data: Uint8Array | string,
    options: { timeoutMs: number; headers?: MsgHdrs },
  ): Promise<Msg> {
    this.sent += 1;
    const token = this.sent.toString(36);
    return new Promise<Msg>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(token);
        reject(new TimeoutError());
      }, options.timeoutMs);
      this.waiting.set(token, { resolve, reject, timer, subject });
      try {
        this.connection.publish(subject, data, {
          reply: `${this.prefix}.${token}`,
          headers: options.headers,
        });
      } catch (failure) {
        clearTimeout(timer);
        this.waiting.delete(token);
        reject(failure instanceof Error ? failure : new Error(String(failure)));
      }
    });
  }

  private settle(reply: Msg): void {
    const token = reply.subject.slice(this.prefix.length + 1);
    const waiting = this.waiting.get(token);
    if (!waiting) return; // answered after its timeout
    this.waiting.delete(token);
    clearTimeout(waiting.timer);
    if (reply.data.length === 0 && reply.headers?.code === NO_RESPONDERS) {
      waiting.reject(new natsErrors.NoRespondersError(waiting.subject));
    } else {
      waiting.resolve(reply);
    }
  }

  private failAll(failure: Error): void {
    this.ended = true;
    for (const waiting of this.waiting.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(failure);
    }
    this.waiting.clear();
  }
}
