import type { AuditActorRef, Platform } from '@tally/contracts';
import type { DataSource } from 'typeorm';

export interface NewConnectState {
  stateHash: Buffer;
  accountId: string;
  platform: Platform;
  redirectUrl: string | null;
  externalUserId: string | null;
  /** Who started the flow, for the audit log. */
  startedBy: AuditActorRef;
  /** The origin of the page that started the flow: the only one its callback page tells. */
  openerOrigin: string | null;
  expiresAt: Date;
}

export interface ConsumedConnectState {
  accountId: string;
  platform: Platform;
  redirectUrl: string | null;
  externalUserId: string | null;
  /** null for states stored before who started them was kept. */
  startedBy: AuditActorRef | null;
  openerOrigin: string | null;
  expired: boolean;
}

export type ConsumeResult =
  { outcome: 'consumed'; state: ConsumedConnectState } | { outcome: 'used' | 'unknown' };

/** Connect states, stored by hash: a state is a bearer secret until it is used. */
export class ConnectStatesRepository {
  constructor(private readonly db: DataSource) {}

  async insert(state: NewConnectState): Promise<void> {
    await this.db.query(
      `INSERT INTO creators.connect_states
         (state_hash, account_id, platform, redirect_url, external_user_id, started_by,
          opener_origin, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        state.stateHash,
        state.accountId,
        state.platform,
        state.redirectUrl,
        state.externalUserId,
        JSON.stringify(state.startedBy),
        state.openerOrigin,
        state.expiresAt,
      ],
    );
  }

  /** Marks the state used in one statement, so that two callbacks racing with it cannot both win. */
  async consume(stateHash: Buffer): Promise<ConsumeResult> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [ConsumedConnectState[], number] = await this.db.query(
      `UPDATE creators.connect_states SET consumed_at = now()
       WHERE state_hash = $1 AND consumed_at IS NULL
       RETURNING account_id AS "accountId", platform, redirect_url AS "redirectUrl",
                 external_user_id AS "externalUserId", started_by AS "startedBy",
                 opener_origin AS "openerOrigin", expires_at <= now() AS expired`,
      [stateHash],
    );
    if (rows[0]) return { outcome: 'consumed', state: rows[0] };
    const known: unknown[] = await this.db.query(
      'SELECT 1 FROM creators.connect_states WHERE state_hash = $1',
      [stateHash],
    );
    return { outcome: known.length > 0 ? 'used' : 'unknown' };
  }

  /** States are worth nothing a day after they expire; keeping them a day tells "used" from "unknown". */
  async purgeExpired(): Promise<void> {
    await this.db.query(
      "DELETE FROM creators.connect_states WHERE expires_at < now() - interval '1 day'",
    );
  }
}
