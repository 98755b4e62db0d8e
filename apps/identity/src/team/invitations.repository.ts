import type { AccountRole, InvitationView, PageRequest, PageResult } from '@tally/contracts';
import { keysetPage, keysetQuery } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

interface InvitationRow {
  id: string;
  sortValue: string;
  email: string;
  accountRole: AccountRole;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** An invitation as its link finds it, whatever its state. */
export interface InvitationByToken {
  id: string;
  accountId: string;
  accountName: string;
  email: string;
  accountRole: AccountRole;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

const SELECT_INVITATION = `
  SELECT i.id, i.created_at::text AS "sortValue", i.email, i.account_role AS "accountRole",
         i.invited_by_name AS "invitedBy", i.created_at AS "createdAt", i.expires_at AS "expiresAt"
  FROM identity.invitations i`;

const IS_PENDING = 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()';

export function toInvitationView(row: InvitationRow): InvitationView {
  return {
    id: row.id,
    email: row.email,
    accountRole: row.accountRole,
    invitedBy: row.invitedBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

@Injectable()
export class InvitationsRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async insert(
    invitation: {
      accountId: string;
      email: string;
      accountRole: AccountRole;
      tokenHash: Buffer;
      invitedByName: string | null;
      expiresAt: Date;
    },
    manager: EntityManager,
  ): Promise<InvitationView> {
    const [row] = await manager.query(
      `WITH created AS (
         INSERT INTO identity.invitations (account_id, email, account_role, token_hash, invited_by_name, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *)
       ${SELECT_INVITATION.replace('identity.invitations i', 'created i')}`,
      [
        invitation.accountId,
        invitation.email,
        invitation.accountRole,
        invitation.tokenHash,
        invitation.invitedByName,
        invitation.expiresAt,
      ],
    );
    return toInvitationView(row as InvitationRow);
  }

  async pendingPage(accountId: string, request: PageRequest): Promise<PageResult<InvitationView>> {
    const keyset = keysetQuery(request, 'i.created_at', 'i.id', 2);
    const rows: InvitationRow[] = await this.db.query(
      `${SELECT_INVITATION} WHERE i.account_id = $1 AND ${IS_PENDING} AND ${keyset.condition}
       ORDER BY i.created_at ${keyset.order}, i.id ${keyset.order} LIMIT ${keyset.fetch}`,
      [accountId, ...keyset.params],
    );
    return keysetPage(rows, request, toInvitationView);
  }

  async countPending(accountId: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS pending FROM identity.invitations i
       WHERE i.account_id = $1 AND ${IS_PENDING}`,
      [accountId],
    );
    return (row as { pending: number }).pending;
  }

  /** Withdraws the pending invitations of `email` (a new one replaces them); returns how many. */
  async revokePendingFor(
    accountId: string,
    email: string,
    manager: EntityManager,
  ): Promise<number> {
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE identity.invitations i SET revoked_at = now()
       WHERE i.account_id = $1 AND lower(i.email) = lower($2) AND ${IS_PENDING}`,
      [accountId, email],
    );
    return affected;
  }

  /** Withdraws a pending invitation; returns its email, or null when there was none pending. */
  async revoke(accountId: string, id: string, manager: EntityManager): Promise<string | null> {
    const [rows]: [{ email: string }[], number] = await manager.query(
      `UPDATE identity.invitations i SET revoked_at = now()
       WHERE i.account_id = $1 AND i.id = $2 AND ${IS_PENDING} RETURNING i.email`,
      [accountId, id],
    );
    return rows[0]?.email ?? null;
  }

  async findByToken(
    tokenHash: Buffer,
    manager: EntityManager = this.db.manager,
    options: { lock?: boolean } = {},
  ): Promise<InvitationByToken | null> {
    const rows: InvitationByToken[] = await manager.query(
      `SELECT i.id, i.account_id AS "accountId", a.name AS "accountName", i.email,
              i.account_role AS "accountRole", i.expires_at AS "expiresAt",
              i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt"
       FROM identity.invitations i JOIN identity.accounts a ON a.id = i.account_id
       WHERE i.token_hash = $1 ${options.lock ? 'FOR UPDATE OF i' : ''}`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markAccepted(id: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE identity.invitations SET accepted_at = now(), accepted_user_id = $2 WHERE id = $1',
      [id, userId],
    );
  }
}
