import {
  type CreatedWebhookEndpoint,
  type OutboxEvent,
  type Principal,
  type WebhookEventType,
  WebhooksCreateEndpoint,
} from '@tally/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebhooksHarness } from './webhooks-harness.js';

/**
 * A harness on a subject prefix of its own. (The harness's own `test-<run>.`
 * is refused by the config, which wants plain subject tokens.)
 */
export function startHarness(env: Record<string, string> = {}): Promise<WebhooksHarness> {
  return WebhooksHarness.start({
    NATS_SUBJECT_PREFIX: `deliveries${randomBytes(4).toString('hex')}`,
    ...env,
  });
}

/** A delivery row as the tests read it. */
export interface DeliveryRecord {
  id: string;
  endpointId: string;
  eventId: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastResponse: string | null;
  lastDurationMs: number | null;
  nextAttemptAt: Date | null;
}

export interface EndpointState {
  enabled: boolean;
  disabledReason: string | null;
  failingSince: Date | null;
}

export function createEndpoint(
  harness: WebhooksHarness,
  principal: Principal,
  url: string,
  events: string[] = ['*'],
): Promise<CreatedWebhookEndpoint> {
  return harness.bus.request(WebhooksCreateEndpoint, { principal, input: { url, events } });
}

/** Some `data` for each event type, as the producers send it. */
export function sampleData(type: WebhookEventType): Record<string, unknown> {
  const creator = { creatorId: randomUUID(), platform: 'tiktok', username: 'ada' };
  const key = { keyId: randomUUID(), name: 'CI', start: 'tk_live_ab' };
  const samples: Record<WebhookEventType, Record<string, unknown>> = {
    'creator.connected': { ...creator, externalId: 'x1', externalUserId: null, reconnected: false },
    'creator.synced': {
      ...creator,
      syncedAt: new Date().toISOString(),
      videos: 3,
      videosChanged: 1,
      stats: { followers: 10, following: 2, likes: 5, videoCount: 3, totalViews: 99 },
      changes: { followers: 1, following: 0, likes: null, videoCount: 0, totalViews: 9 },
    },
    'creator.sync_failed': { ...creator, reason: 'the platform said no' },
    'creator.reauth_required': { ...creator, reason: 'grant expired' },
    'creator.disconnected': { ...creator, externalId: 'x1' },
    'key.expiring': { ...key, expiresAt: new Date().toISOString(), daysLeft: 7 },
    'key.revoked': { ...key, revokedAt: new Date().toISOString() },
    'webhook.test': { endpointId: randomUUID(), message: 'hello' },
  };
  return samples[type];
}

export function publishEvent(
  harness: WebhooksHarness,
  accountId: string,
  type: WebhookEventType = 'creator.synced',
): Promise<OutboxEvent> {
  return harness.publish({ type, accountId, data: sampleData(type) });
}

export async function deliveryOf(
  harness: WebhooksHarness,
  endpointId: string,
  eventId: string,
): Promise<DeliveryRecord | undefined> {
  const rows: DeliveryRecord[] = await harness.db.query(
    `SELECT id, endpoint_id AS "endpointId", event_id AS "eventId", status, attempts,
            last_status_code AS "lastStatusCode", last_error AS "lastError",
            last_response AS "lastResponse", last_duration_ms AS "lastDurationMs",
            next_attempt_at AS "nextAttemptAt"
     FROM webhooks.deliveries WHERE endpoint_id = $1 AND event_id = $2`,
    [endpointId, eventId],
  );
  return rows[0];
}

/** Waits until the delivery of the event to the endpoint is as `done` says; answers it. */
export async function waitForDelivery(
  harness: WebhooksHarness,
  endpointId: string,
  eventId: string,
  done: (delivery: DeliveryRecord) => boolean,
  timeoutMs = 20_000,
): Promise<DeliveryRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const delivery = await deliveryOf(harness, endpointId, eventId);
    if (delivery && done(delivery)) return delivery;
    if (Date.now() > deadline) {
      throw new Error(`delivery not as expected in time: ${JSON.stringify(delivery)}`);
    }
    await sleep(50);
  }
}

export async function endpointState(
  harness: WebhooksHarness,
  endpointId: string,
): Promise<EndpointState> {
  const rows: EndpointState[] = await harness.db.query(
    `SELECT enabled, disabled_reason AS "disabledReason", failing_since AS "failingSince"
     FROM webhooks.endpoints WHERE id = $1`,
    [endpointId],
  );
  return rows[0];
}
