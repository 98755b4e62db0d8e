import type { AuditActorRef, Platform } from '@tally/contracts';
import type { DataSource } from 'typeorm';
import type { TokenCipher } from '@tally/nest-kit';

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
  /** The PKCE code verifier, where the platform's flow uses one; stored sealed. */
  codeVerifier: string | null;
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
  codeVerifier: string | null;
  expired: boolean;
}

interface ConsumedStateRow extends Omit<ConsumedConnectState, 'codeVerifier'> {
  codeVerifier: Buffer | null;
  codeVerifierKeyId: string | null;
}

/** A sealed verifier opens only for the state it was stored with. */
function verifierBinding(stateHash: Buffer): string {
  return `connect-state:${stateHash.toString('hex')}`;
}

export type ConsumeResult =
  { outcome: 'consumed'; state: ConsumedConnectState } | { outcome: 'used' | 'unknown' };

/** Connect states, stored by hash: a state is a bearer secret until it is used. */
export class ConnectStatesRepository {
  constructor(
    private readonly db: DataSource,
    private readonly cipher: TokenCipher,
  ) {}

  async insert(state: NewConnectState): Promise<void> {
    const verifier =
      state.codeVerifier === null
        ? null
        : this.cipher.seal(state.codeVerifier, verifierBinding(state.stateHash));
    await this.db.query(
      `INSERT INTO creators.connect_states
         (state_hash, account_id, platform, redirect_url, external_user_id, started_by,
          opener_origin, expires_at, code_verifier, code_verifier_key_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        state.stateHash,
        state.accountId,
        state.platform,
        state.redirectUrl,
        state.externalUserId,
        JSON.stringify(state.startedBy),
        state.openerOrigin,
        state.expiresAt,
        verifier?.sealed ?? null,
        verifier?.keyId ?? null,
      ],
    );
  }

  /** Marks the state used in one statement, so that two callbacks racing with it cannot both win. */
  async consume(stateHash: Buffer): Promise<ConsumeResult> {
    // TypeORM answers an UPDATE with [rows, affected count].
    // The verifier leaves the row with its use: a used flow keeps nothing worth stealing.
    const [rows]: [ConsumedStateRow[], number] = await this.db.query(
      `UPDATE creators.connect_states s
       SET consumed_at = now(), code_verifier = NULL, code_verifier_key_id = NULL
       FROM (SELECT state_hash, code_verifier, code_verifier_key_id FROM creators.connect_states
             WHERE state_hash = $1 AND consumed_at IS NULL FOR UPDATE) old
       WHERE s.state_hash = old.state_hash
       RETURNING s.account_id AS "accountId", s.platform, s.redirect_url AS "redirectUrl",
                 s.external_user_id AS "externalUserId", s.started_by AS "startedBy",
                 s.opener_origin AS "openerOrigin", s.expires_at <= now() AS expired,
                 old.code_verifier AS "codeVerifier", old.code_verifier_key_id AS "codeVerifierKeyId"`,
      [stateHash],
    );
    const row = rows[0];
    if (row) {
      const { codeVerifier, codeVerifierKeyId, ...state } = row;
      const verifier =
        codeVerifier === null || codeVerifierKeyId === null
          ? null
          : this.cipher.open(
              { keyId: codeVerifierKeyId, sealed: codeVerifier },
              verifierBinding(stateHash),
            );
      return { outcome: 'consumed', state: { ...state, codeVerifier: verifier } };
    }
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
