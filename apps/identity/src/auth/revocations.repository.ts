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
      `SELECT seq::text AS seq, kind, credential_id::text AS "credentialId", forget_after AS "forgetAfter",
              recorded_at AS "recordedAt"
       FROM identity.revocations
       WHERE seq > $1 AND forget_after > now()
       ORDER BY seq LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  }
}
