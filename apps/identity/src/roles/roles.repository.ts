import { AppError, type Permission, type RoleView } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface RoleRow {
  id: string;
  name: string;
  description: string;
  permissions: Permission[];
  builtIn: boolean;
  createdAt: Date;
}

const SELECT_ROLE = `
  SELECT id, name, description, permissions, account_id IS NULL AS "builtIn", created_at AS "createdAt"
  FROM identity.roles`;

function toView(row: RoleRow): RoleView {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class RolesRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  /** Built-in roles and the account's own, built-in first. */
  async listForAccount(accountId: string): Promise<RoleView[]> {
    const rows: RoleRow[] = await this.db.query(
      `${SELECT_ROLE} WHERE account_id IS NULL OR account_id = $1 ORDER BY account_id NULLS FIRST, name`,
      [accountId],
    );
    return rows.map(toView);
  }

  /** Finds every role by id or name among those the account may use, or names the unknown ones. */
  async resolveAll(accountId: string, references: string[]): Promise<RoleView[]> {
    const unique = [...new Set(references)];
    const roles = await this.resolve(accountId, unique);
    const unknown = unique.filter(
      (reference) => !roles.some((role) => role.id === reference || role.name === reference),
    );
    if (unknown.length > 0) {
      throw new AppError(
        'validation_failed',
        `Unknown roles: ${unknown.join(', ')}.`,
        unknown.map((reference) => ({
          field: 'roles',
          reason: `no role "${reference}" in this account`,
        })),
      );
    }
    return roles;
  }

  /** Finds roles by id or name among those the account may use; unknown references are left out. */
  private async resolve(accountId: string, references: string[]): Promise<RoleView[]> {
    const ids = references.filter((reference) => UUID_PATTERN.test(reference));
    const rows: RoleRow[] = await this.db.query(
      `${SELECT_ROLE} WHERE (account_id IS NULL OR account_id = $1) AND (id = ANY($2::uuid[]) OR name = ANY($3::text[]))`,
      [accountId, ids, references],
    );
    return rows.map(toView);
  }

  async create(
    accountId: string,
    role: { name: string; description: string; permissions: Permission[] },
  ): Promise<RoleView | null> {
    const rows: RoleRow[] = await this.db.query(
      `INSERT INTO identity.roles (account_id, name, description, permissions)
       SELECT $1::uuid, $2::varchar, $3::varchar, $4::text[]
       WHERE NOT EXISTS (SELECT 1 FROM identity.roles WHERE account_id IS NULL AND name = $2)
       ON CONFLICT DO NOTHING
       RETURNING id, name, description, permissions, false AS "builtIn", created_at AS "createdAt"`,
      [accountId, role.name, role.description, role.permissions],
    );
    return rows[0] ? toView(rows[0]) : null;
  }
}
