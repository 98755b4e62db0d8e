import type { MigrationInterface, QueryRunner } from 'typeorm';

const WEBHOOKS_PERMISSIONS = ['webhooks:read', 'webhooks:write'];

/** Webhooks: `full-access` holds their permissions, and the built-in `webhooks-admin` only those. */
export class WebhooksPermissions1765300100000 implements MigrationInterface {
  name = 'WebhooksPermissions1765300100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `UPDATE identity.roles
       SET permissions = permissions || ARRAY(
         SELECT p FROM unnest($1::text[]) WITH ORDINALITY AS added(p, i)
         WHERE NOT p = ANY (permissions) ORDER BY i)
       WHERE account_id IS NULL AND name = 'full-access'`,
      [WEBHOOKS_PERMISSIONS],
    );
    await runner.query(
      `INSERT INTO identity.roles (name, description, permissions)
       VALUES ('webhooks-admin', 'Manage webhook endpoints and their deliveries.', $1::text[])
       ON CONFLICT (name) WHERE account_id IS NULL DO NOTHING`,
      [WEBHOOKS_PERMISSIONS],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      "DELETE FROM identity.roles WHERE account_id IS NULL AND name = 'webhooks-admin'",
    );
    await runner.query(
      `UPDATE identity.roles
       SET permissions = ARRAY(
         SELECT p FROM unnest(permissions) WITH ORDINALITY AS kept(p, i)
         WHERE NOT p = ANY ($1::text[]) ORDER BY i)
       WHERE account_id IS NULL AND name = 'full-access'`,
      [WEBHOOKS_PERMISSIONS],
    );
  }
}
