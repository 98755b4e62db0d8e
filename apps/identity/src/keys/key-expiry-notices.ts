import { OutboxWriter } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { IDENTITY_SCHEMA } from '../database/identity-database.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Keys claimed per transaction, so that a backlog never holds many rows locked for long. */
const BATCH_SIZE = 200;

export type NoticeDays = 7 | 1;

interface DueKey {
  id: string;
  accountId: string;
  name: string;
  start: string;
  expiresAt: Date;
}

/**
 * The `key.expiring` notices: 7 days and 1 day before an active key expires,
 * once each. A key is claimed (marked notified) and its event recorded in the
 * same transaction, and replicas skip the keys another one holds: each notice
 * is recorded exactly once, however many replicas look at the same time.
 * Revoked, expired and rolled keys (their owner replaced them) get none; a
 * key first seen within a day of its expiry gets the 1-day notice only.
 */
@Injectable()
export class KeyExpiryNotices {
  private readonly outbox = new OutboxWriter(IDENTITY_SCHEMA);

  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  /** Records every notice due at `now`; answers how many of each. */
  async recordDue(now: Date): Promise<Record<NoticeDays, number>> {
    // The 1-day notices first: they also settle the 7-day notice of the same keys.
    const oneDay = await this.recordAllDue(1, now);
    const sevenDays = await this.recordAllDue(7, now);
    return { 1: oneDay, 7: sevenDays };
  }

  private async recordAllDue(days: NoticeDays, now: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const recorded = await this.db.transaction((manager) => this.recordBatch(days, now, manager));
      total += recorded;
      if (recorded < BATCH_SIZE) return total;
    }
  }

  private async recordBatch(days: NoticeDays, now: Date, manager: EntityManager): Promise<number> {
    const column = days === 1 ? 'expiry_notified_1d_at' : 'expiry_notified_7d_at';
    // TypeORM answers an UPDATE with [rows, affected count].
    const [keys]: [DueKey[], number] = await manager.query(
      `WITH due AS (
         SELECT id FROM identity.api_keys
         WHERE revoked_at IS NULL AND replaced_by_key_id IS NULL
           AND expires_at > $1::timestamptz AND expires_at <= $2::timestamptz AND ${column} IS NULL
         ORDER BY expires_at
         LIMIT $3
         FOR UPDATE SKIP LOCKED
       )
       UPDATE identity.api_keys k SET
         expiry_notified_1d_at = CASE WHEN $4::int = 1 THEN $1::timestamptz ELSE k.expiry_notified_1d_at END,
         expiry_notified_7d_at = COALESCE(k.expiry_notified_7d_at, $1::timestamptz)
       FROM due WHERE k.id = due.id
       RETURNING k.id, k.account_id AS "accountId", k.name, k.start, k.expires_at AS "expiresAt"`,
      [now, new Date(now.getTime() + days * DAY_MS), BATCH_SIZE, days],
    );
    for (const key of keys) {
      await this.outbox.add(manager, {
        type: 'key.expiring',
        accountId: key.accountId,
        occurredAt: now,
        data: {
          keyId: key.id,
          name: key.name,
          start: key.start,
          expiresAt: key.expiresAt.toISOString(),
          daysLeft: days,
        },
      });
    }
    return keys.length;
  }
}
