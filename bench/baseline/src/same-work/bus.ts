// The edge's questions to the responder: one NATS request each, JSON both
// ways, the request id in a header (as Tally's messages carry it).
import { headers, TimeoutError, type NatsConnection } from '@nats-io/transport-node';
import type { Answer } from './messages.js';
import { Refusal } from './refusal.js';

export class Bus {
  constructor(
    private readonly nats: NatsConnection,
    private readonly timeoutMs: number,
  ) {}

  /** The answer's data; a refusal of the responder's, or a 503/504 without an answer, is thrown. */
  async ask<T>(subject: string, payload: unknown, requestId: string): Promise<T> {
    const messageHeaders = headers();
    messageHeaders.set('x-request-id', requestId);
    let answer: Answer<T>;
    try {
      const message = await this.nats.request(subject, JSON.stringify(payload), {
        timeout: this.timeoutMs,
        headers: messageHeaders,
      });
      answer = message.json<Answer<T>>();
    } catch (error) {
      if (error instanceof TimeoutError || (error as Error).cause instanceof TimeoutError)
        throw new Refusal(504, 'upstream_timeout', 'The service did not answer in time.');
      throw new Refusal(503, 'service_unavailable', 'The service is unavailable.');
    }
    if (!answer.ok) throw new Refusal(answer.error.status, answer.error.code, answer.error.message);
    return answer.data;
  }
}
