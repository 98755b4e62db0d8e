import type { RevokedCredentialKind } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface LoggedRevocation {
  seq: number;
  kind: RevokedCredentialKind;
  credentialId: string;
  forgetAfter: Date;
  recordedAt: Date;
}

/**
 * Reads identity.revocations, the log the database itself writes whenever a
 * credential is taken back (triggers of migration RevocationLog1764820500000),
 * numbered in commit order.
 */
@Injectable()
export class RevocationsRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  /** The highest number handed out so far; 0 while the log is empty. */
  async latest(): Promise<number> {
    const [row]: { seq: string }[] = await this.db.query(
      'SELECT COALESCE(max(seq), 0)::text AS seq FROM identity.revocations',
    );
    return Number(row?.seq ?? 0);
  }

  /** Revocations numbered above `after` that still matter, oldest first, at most `limit`. */
  async after(after: number, limit: number): Promise<LoggedRevocation[]> {
    const rows: (Omit<LoggedRevocation, 'seq'> & { seq: string })[] = await this.db.query(
      // Ordered by the table's number, not the text the select names `seq`
      // (ORDER BY takes an output column's name first: "10" before "9").
      `SELECT r.seq::text AS seq, r.kind, r.credential_id::text AS "credentialId",
              r.forget_after AS "forgetAfter", r.recorded_at AS "recordedAt"
       FROM identity.revocations r
       WHERE r.seq > $1 AND r.forget_after > now()
       ORDER BY r.seq LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  }
}
