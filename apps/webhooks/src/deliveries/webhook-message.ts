import { webhookSignature } from './webhook-signature.js';

/** An event as the webhooks schema keeps it. */
export interface WebhookEventRecord {
  id: string;
  type: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export interface WebhookMessage {
  body: string;
  headers: Record<string, string>;
}

/**
 * The request of one attempt, in the Standard Webhooks shape: the body
 * `{type, timestamp, data}`, `webhook-id` the event's id (the same for every
 * attempt and every endpoint, so that receivers can deduplicate), and
 * `webhook-timestamp` this attempt's time, both signed with every live secret.
 */
export function webhookMessage(
  event: WebhookEventRecord,
  secrets: readonly string[],
  attemptAt: Date,
): WebhookMessage {
  const body = JSON.stringify({
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: event.data,
  });
  const timestamp = Math.floor(attemptAt.getTime() / 1000);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Tally-Webhooks/1.0',
      'webhook-id': event.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': webhookSignature({ id: event.id, timestamp, body }, secrets),
    },
  };
}
