import type { PageRequest, PageResult, WebhookDeliveryView } from '@tally/contracts';
import { keysetPage, keysetQuery, preparedQuery } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENDPOINT_COLUMNS, type EndpointRow } from '../endpoints/endpoint-rows.js';
import type { WebhookEventRecord } from './webhook-message.js';

interface DeliveryRow {
  id: string;
  sortValue: string;
  eventId: string;
  eventType: WebhookDeliveryView['eventType'];
  status: WebhookDeliveryView['status'];
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastDurationMs: number | null;
  lastResponse: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const SELECT_DELIVERY = `
  SELECT d.id, d.created_at::text AS "sortValue", d.event_id AS "eventId", ev.type AS "eventType",
         d.status, d.attempts, d.last_status_code AS "lastStatusCode", d.last_error AS "lastError",
         d.last_duration_ms AS "lastDurationMs", d.last_response AS "lastResponse",
         d.next_attempt_at AS "nextAttemptAt", d.created_at AS "createdAt", d.updated_at AS "updatedAt"
  FROM webhooks.deliveries d JOIN webhooks.events ev ON ev.id = d.event_id`;

function toDeliveryView(row: DeliveryRow): WebhookDeliveryView {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    lastDurationMs: row.lastDurationMs,
    lastResponse: row.lastResponse,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What one attempt needs: the delivery, its endpoint (secrets sealed) and its event. */
export interface DeliveryTarget {
  id: string;
  status: WebhookDeliveryView['status'];
  attempts: number;
  endpoint: EndpointRow;
  event: WebhookEventRecord;
}

/** How an attempt went, as the log records it. */
export interface AttemptRecord {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  response: string | null;
}

export interface FailedAttempt extends AttemptRecord {
  /** When the next attempt runs; null when this was the last. */
  nextAttemptAt: Date | null;
  at: Date;
  /** An endpoint failing every delivery since this time is disabled, with `disableReason`. */
  disableIfFailingSince: Date;
  disableReason: string;
}

export interface FailedOutcome {
  /** No attempt follows: the last one failed, or the endpoint is disabled. */
  failedForGood: boolean;
  /** This failure disabled the endpoint (it has failed every delivery for too long). */
  endpointDisabled: boolean;
}

/** The deliveries table: the log customers read, and the state every attempt reads and records. */
@Injectable()
export class DeliveriesRepository {
  constructor(private readonly db: DataSource) {}

  /** Whether the account has this endpoint, and whether it is enabled; null when it has none. */
  async endpointState(accountId: string, endpointId: string): Promise<{ enabled: boolean } | null> {
    const [row] = (await this.db.query(
      'SELECT enabled FROM webhooks.endpoints WHERE id = $1 AND account_id = $2',
      [endpointId, accountId],
    )) as { enabled: boolean }[];
    return row ?? null;
  }

  /** An endpoint's deliveries, newest first; keyset on (created_at, id). */
  async page(endpointId: string, request: PageRequest): Promise<PageResult<WebhookDeliveryView>> {
    const keyset = keysetQuery(request, 'd.created_at', 'd.id', 2);
    const rows = await preparedQuery<DeliveryRow>(
      this.db,
      `${SELECT_DELIVERY} WHERE d.endpoint_id = $1 AND ${keyset.condition}
       ORDER BY d.created_at ${keyset.order}, d.id ${keyset.order} LIMIT ${keyset.fetch}`,
      [endpointId, ...keyset.params],
    );
    return keysetPage(rows, request, toDeliveryView);
  }

  async find(endpointId: string, deliveryId: string): Promise<WebhookDeliveryView | null> {
    const [row] = await preparedQuery<DeliveryRow>(
      this.db,
      `${SELECT_DELIVERY} WHERE d.id = $1 AND d.endpoint_id = $2`,
      [deliveryId, endpointId],
    );
    return row ? toDeliveryView(row) : null;
  }

  /** Makes a delivery not yet delivered pending again, due now (its attempts keep counting). */
  async requeue(endpointId: string, deliveryId: string): Promise<WebhookDeliveryView | null> {
    await this.db.query(
      `UPDATE webhooks.deliveries SET status = 'pending', next_attempt_at = now(), updated_at = now()
       WHERE id = $1 AND endpoint_id = $2 AND status <> 'delivered'`,
      [deliveryId, endpointId],
    );
    return this.find(endpointId, deliveryId);
  }

  /** The delivery with its endpoint and event, or null when it is gone (its endpoint deleted, or aged out). */
  async target(deliveryId: string): Promise<DeliveryTarget | null> {
    const [delivery] = (await this.db.query(
      `SELECT d.id, d.status, d.attempts, d.endpoint_id AS "endpointId",
              ev.id AS "eventId", ev.type, ev.occurred_at AS "occurredAt", ev.data
       FROM webhooks.deliveries d JOIN webhooks.events ev ON ev.id = d.event_id
       WHERE d.id = $1`,
      [deliveryId],
    )) as (Omit<DeliveryTarget, 'endpoint' | 'event'> &
      Omit<WebhookEventRecord, 'id'> & { endpointId: string; eventId: string })[];
    if (!delivery) return null;
    const [endpoint] = (await this.db.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhooks.endpoints WHERE id = $1`,
      [delivery.endpointId],
    )) as EndpointRow[];
    if (!endpoint) return null;
    return {
      id: delivery.id,
      status: delivery.status,
      attempts: delivery.attempts,
      endpoint,
      event: {
        id: delivery.eventId,
        type: delivery.type,
        occurredAt: delivery.occurredAt,
        data: delivery.data,
      },
    };
  }

  /** A 2xx: the delivery is done, and its endpoint no longer failing. */
  async recordDelivered(target: DeliveryTarget, attempt: AttemptRecord): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE webhooks.deliveries SET status = 'delivered', attempts = attempts + 1,
           last_status_code = $2, last_error = NULL, last_duration_ms = $3, last_response = $4,
           next_attempt_at = NULL, updated_at = now()
         WHERE id = $1`,
        [target.id, attempt.statusCode, attempt.durationMs, attempt.response],
      );
      await manager.query(
        `UPDATE webhooks.endpoints SET failing_since = NULL
         WHERE id = $1 AND failing_since IS NOT NULL`,
        [target.endpoint.id],
      );
    });
  }

  /**
   * A failed attempt: the endpoint is failing since now unless it already
   * was, and is disabled when it has failed every delivery since
   * `disableIfFailingSince`; the delivery waits for its next attempt, or has
   * failed for good when none comes (the last attempt, or the endpoint disabled).
   */
  async recordFailed(target: DeliveryTarget, attempt: FailedAttempt): Promise<FailedOutcome> {
    return this.db.transaction(async (manager) => {
      const [, recorded] = (await manager.query(
        `UPDATE webhooks.deliveries SET status = $2, attempts = attempts + 1, last_status_code = $3,
           last_error = $4, last_duration_ms = $5, last_response = $6, next_attempt_at = $7,
           updated_at = now()
         WHERE id = $1 AND status = 'pending'`,
        [
          target.id,
          attempt.nextAttemptAt ? 'pending' : 'failed',
          attempt.statusCode,
          attempt.error,
          attempt.durationMs,
          attempt.response,
          attempt.nextAttemptAt,
        ],
      )) as [unknown, number];
      // Another run finished it meanwhile: this stale failure says nothing of the endpoint.
      if (recorded === 0) return { failedForGood: true, endpointDisabled: false };
      const [rows] = (await manager.query(
        `UPDATE webhooks.endpoints e SET
           failing_since = COALESCE(e.failing_since, $2),
           enabled = e.enabled AND COALESCE(e.failing_since, $2) > $3,
           disabled_reason = CASE WHEN e.enabled AND COALESCE(e.failing_since, $2) <= $3
                             THEN $4 ELSE e.disabled_reason END,
           updated_at = CASE WHEN e.enabled AND COALESCE(e.failing_since, $2) <= $3
                        THEN now() ELSE e.updated_at END
         FROM webhooks.endpoints before WHERE e.id = $1 AND before.id = e.id
         RETURNING before.enabled AND NOT e.enabled AS "disabledNow", e.enabled`,
        [target.endpoint.id, attempt.at, attempt.disableIfFailingSince, attempt.disableReason],
      )) as [{ disabledNow: boolean; enabled: boolean }[], number];
      const endpointEnabled = rows[0]?.enabled ?? false;
      if (attempt.nextAttemptAt && !endpointEnabled) {
        // No attempt follows for a disabled endpoint.
        await manager.query(
          `UPDATE webhooks.deliveries SET status = 'failed', next_attempt_at = NULL WHERE id = $1`,
          [target.id],
        );
      }
      return {
        failedForGood: !attempt.nextAttemptAt || !endpointEnabled,
        endpointDisabled: rows[0]?.disabledNow ?? false,
      };
    });
  }

  /** A 410 Gone: the delivery failed for good and the endpoint is disabled, saying why. */
  async recordGone(target: DeliveryTarget, attempt: AttemptRecord, reason: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE webhooks.deliveries SET status = 'failed', attempts = attempts + 1,
           last_status_code = $2, last_error = $3, last_duration_ms = $4, last_response = $5,
           next_attempt_at = NULL, updated_at = now()
         WHERE id = $1 AND status = 'pending'`,
        [target.id, attempt.statusCode, reason, attempt.durationMs, attempt.response],
      );
      await manager.query(
        `UPDATE webhooks.endpoints SET enabled = false, disabled_reason = $2, updated_at = now()
         WHERE id = $1 AND enabled`,
        [target.endpoint.id, reason],
      );
    });
  }

  /** A delivery of a disabled endpoint is not sent: it fails, saying so (a retry sends it once enabled). */
  async recordSkipped(deliveryId: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE webhooks.deliveries SET status = 'failed', last_error = $2, next_attempt_at = NULL,
         updated_at = now()
       WHERE id = $1 AND status = 'pending'`,
      [deliveryId, reason],
    );
  }

  /** Pending deliveries whose next attempt was due before `dueBefore`, oldest first. */
  async overdue(dueBefore: Date, limit: number): Promise<{ id: string; nextAttemptAt: Date }[]> {
    return this.db.query(
      `SELECT id, next_attempt_at AS "nextAttemptAt" FROM webhooks.deliveries
       WHERE status = 'pending' AND next_attempt_at < $1
       ORDER BY next_attempt_at LIMIT $2`,
      [dueBefore, limit],
    );
  }

  /** Deletes up to `limit` deliveries created before `before`; answers how many. */
  async deleteDeliveriesBefore(before: Date, limit: number): Promise<number> {
    const [, count] = (await this.db.query(
      `DELETE FROM webhooks.deliveries WHERE id IN (
         SELECT id FROM webhooks.deliveries WHERE created_at < $1 LIMIT $2)`,
      [before, limit],
    )) as [unknown, number];
    return count;
  }

  /** Deletes up to `limit` events received before `before` that no delivery refers to any more. */
  async deleteEventsBefore(before: Date, limit: number): Promise<number> {
    const [, count] = (await this.db.query(
      `DELETE FROM webhooks.events WHERE id IN (
         SELECT ev.id FROM webhooks.events ev
         WHERE ev.received_at < $1
           AND NOT EXISTS (SELECT 1 FROM webhooks.deliveries d WHERE d.event_id = ev.id)
         LIMIT $2)`,
      [before, limit],
    )) as [unknown, number];
    return count;
  }
}
