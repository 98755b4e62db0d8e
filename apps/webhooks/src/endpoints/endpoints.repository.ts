import type { PageRequest, PageResult, WebhookEndpointView } from '@tally/contracts';
import { keysetPage, keysetQuery, type SealedToken } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ENDPOINT_COLUMNS, type EndpointRow, toEndpointView } from './endpoint-rows.js';

export interface NewEndpoint {
  id: string;
  accountId: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  secret: SealedToken;
  secretStart: string;
}

/** What a PATCH changes; absent fields stay as they are. */
export interface EndpointChanges {
  url?: string;
  events?: string[];
  description?: string | null;
  enabled?: boolean;
}

export interface NewSecret {
  secret: SealedToken;
  secretStart: string;
  /** 0: the old secret stops signing at once. */
  graceHours: number;
}

export interface TestDelivery {
  eventId: string;
  deliveryId: string;
}

/** The endpoints of every account; each method is scoped to one account. */
@Injectable()
export class EndpointsRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  /**
   * Runs `work` holding the account's endpoint lock, so that two creations at
   * once cannot both see room under the limit.
   */
  withAccountLock<T>(accountId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (manager) => {
      await manager.query(
        "SELECT pg_advisory_xact_lock(hashtext('webhooks.endpoints'), hashtext($1))",
        [accountId],
      );
      return work(manager);
    });
  }

  async countForAccount(accountId: string, manager: EntityManager): Promise<number> {
    const [row]: { count: number }[] = await manager.query(
      'SELECT count(*)::int AS count FROM webhooks.endpoints WHERE account_id = $1',
      [accountId],
    );
    return row?.count ?? 0;
  }

  async insert(endpoint: NewEndpoint, manager: EntityManager): Promise<EndpointRow> {
    const rows: EndpointRow[] = await manager.query(
      `INSERT INTO webhooks.endpoints
         (id, account_id, url, events, description, enabled, secret_key_id, secret, secret_start)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${ENDPOINT_COLUMNS}`,
      [
        endpoint.id,
        endpoint.accountId,
        endpoint.url,
        endpoint.events,
        endpoint.description,
        endpoint.enabled,
        endpoint.secret.keyId,
        endpoint.secret.sealed,
        endpoint.secretStart,
      ],
    );
    return rows[0];
  }

  async find(
    accountId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<EndpointRow | null> {
    const rows: EndpointRow[] = await manager.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhooks.endpoints WHERE account_id = $1 AND id = $2`,
      [accountId, id],
    );
    return rows[0] ?? null;
  }

  /** Newest first. */
  async page(accountId: string, request: PageRequest): Promise<PageResult<WebhookEndpointView>> {
    const keyset = keysetQuery(request, 'created_at', 'id', 2);
    const rows: (EndpointRow & { sortValue: string })[] = await this.db.query(
      `SELECT ${ENDPOINT_COLUMNS}, created_at::text AS "sortValue" FROM webhooks.endpoints
       WHERE account_id = $1 AND ${keyset.condition}
       ORDER BY created_at ${keyset.order}, id ${keyset.order} LIMIT ${keyset.fetch}`,
      [accountId, ...keyset.params],
    );
    const now = new Date();
    return keysetPage(rows, request, (row) => toEndpointView(row, now));
  }

  /**
   * Applies the changes. Enabling an endpoint that was disabled forgets why
   * Tally disabled it and since when it failed: it starts afresh.
   */
  async update(
    accountId: string,
    id: string,
    changes: EndpointChanges,
  ): Promise<EndpointRow | null> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [EndpointRow[], number] = await this.db.query(
      `UPDATE webhooks.endpoints SET
         url = COALESCE($3::varchar, url),
         events = COALESCE($4::text[], events),
         description = CASE WHEN $5::boolean THEN $6::varchar ELSE description END,
         disabled_reason = CASE WHEN $7::boolean AND NOT enabled THEN NULL ELSE disabled_reason END,
         failing_since = CASE WHEN $7::boolean AND NOT enabled THEN NULL ELSE failing_since END,
         enabled = COALESCE($7::boolean, enabled),
         updated_at = now()
       WHERE account_id = $1 AND id = $2
       RETURNING ${ENDPOINT_COLUMNS}`,
      [
        accountId,
        id,
        changes.url ?? null,
        changes.events ?? null,
        changes.description !== undefined,
        changes.description ?? null,
        changes.enabled ?? null,
      ],
    );
    return rows[0] ?? null;
  }

  /**
   * Deletes the endpoint and, by cascade, its deliveries; false when there was
   * none. The deliveries are locked first, in the order a delivery worker
   * takes them (its delivery, then its endpoint): deleting the endpoint first
   * would deadlock with a worker recording an attempt at that moment.
   */
  async delete(accountId: string, id: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      await manager.query(
        `SELECT d.id FROM webhooks.deliveries d
         JOIN webhooks.endpoints e ON e.id = d.endpoint_id
         WHERE e.account_id = $1 AND e.id = $2
         ORDER BY d.id FOR UPDATE OF d`,
        [accountId, id],
      );
      const [rows]: [{ id: string }[], number] = await manager.query(
        'DELETE FROM webhooks.endpoints WHERE account_id = $1 AND id = $2 RETURNING id',
        [accountId, id],
      );
      return rows.length > 0;
    });
  }

  /**
   * Makes `next` the signing secret; the current one becomes the previous
   * secret until the grace period ends (none with 0 hours). A previous secret
   * of an earlier rotation is forgotten.
   */
  async rotateSecret(accountId: string, id: string, next: NewSecret): Promise<EndpointRow | null> {
    const [rows]: [EndpointRow[], number] = await this.db.query(
      `UPDATE webhooks.endpoints SET
         previous_secret_key_id = CASE WHEN $6::int > 0 THEN secret_key_id END,
         previous_secret = CASE WHEN $6::int > 0 THEN secret END,
         previous_secret_expires_at =
           CASE WHEN $6::int > 0 THEN now() + make_interval(hours => $6::int) END,
         secret_key_id = $3,
         secret = $4,
         secret_start = $5,
         updated_at = now()
       WHERE account_id = $1 AND id = $2
       RETURNING ${ENDPOINT_COLUMNS}`,
      [accountId, id, next.secret.keyId, next.secret.sealed, next.secretStart, next.graceHours],
    );
    return rows[0] ?? null;
  }

  /**
   * Records a `webhook.test` event of the account and a delivery of it to this
   * endpoint alone, due now; null when the account has no such endpoint.
   */
  async recordTestEvent(
    accountId: string,
    endpointId: string,
    event: { id: string; data: Record<string, unknown> },
  ): Promise<TestDelivery | null> {
    return this.db.transaction(async (manager) => {
      const [endpoint]: { id: string }[] = await manager.query(
        'SELECT id FROM webhooks.endpoints WHERE account_id = $1 AND id = $2 FOR SHARE',
        [accountId, endpointId],
      );
      if (!endpoint) return null;
      await manager.query(
        `INSERT INTO webhooks.events (id, type, account_id, occurred_at, data)
         VALUES ($1, 'webhook.test', $2, now(), $3)`,
        [event.id, accountId, JSON.stringify(event.data)],
      );
      const [delivery]: { id: string }[] = await manager.query(
        `INSERT INTO webhooks.deliveries (endpoint_id, event_id, next_attempt_at)
         VALUES ($1, $2, now()) RETURNING id`,
        [endpointId, event.id],
      );
      return { eventId: event.id, deliveryId: delivery.id };
    });
  }
}
