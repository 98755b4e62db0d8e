import type { MigrationInterface, QueryRunner } from 'typeorm';

const USERS_PERMISSIONS = ['users:read', 'users:write'];

/**
 * An account is an organisation: people who are invited, change roles, reset
 * passwords and leave (soft-deleted, so that what they did keeps their name),
 * and service users, its machine identities. Every API key and OAuth client
 * belongs to one of them, and may be paused without being revoked.
 *
 * Pausing a credential, or disabling its owner, is logged in
 * identity.revocations by triggers, as revocations are: the gateways drop
 * what they cached, and a lost event only delays that.
 */
export class TeamsAndServiceUsers1765500000000 implements MigrationInterface {
  name = 'TeamsAndServiceUsers1765500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE identity.users
        ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'human' CHECK (kind IN ('human', 'service')),
        ADD COLUMN name varchar(100),
        ADD COLUMN description varchar(500) NOT NULL DEFAULT '',
        ADD COLUMN disabled_at timestamptz,
        ADD COLUMN deleted_at timestamptz,
        ADD COLUMN password_changed_at timestamptz,
        ALTER COLUMN email DROP NOT NULL,
        ALTER COLUMN password_hash DROP NOT NULL,
        ALTER COLUMN account_role DROP NOT NULL`);
    await runner.query(`
      ALTER TABLE identity.users ADD CONSTRAINT users_kind_fields CHECK (
        (kind = 'human' AND email IS NOT NULL AND password_hash IS NOT NULL AND account_role IS NOT NULL)
        OR (kind = 'service' AND name IS NOT NULL AND email IS NULL AND password_hash IS NULL
            AND account_role IS NULL))`);
    // A removed member's email may join again (this account or another).
    await runner.query('DROP INDEX identity.users_email_unique');
    await runner.query(
      'CREATE UNIQUE INDEX users_email_unique ON identity.users (lower(email)) WHERE deleted_at IS NULL',
    );
    await runner.query(
      `CREATE UNIQUE INDEX users_service_name_unique ON identity.users (account_id, lower(name))
       WHERE kind = 'service' AND deleted_at IS NULL`,
    );
    await runner.query(
      'CREATE INDEX users_account_page_idx ON identity.users (account_id, kind, created_at DESC, id DESC)',
    );

    for (const table of ['api_keys', 'oauth_clients']) {
      await runner.query(`
        ALTER TABLE identity.${table}
          ADD COLUMN owner_user_id uuid REFERENCES identity.users(id),
          ADD COLUMN disabled_at timestamptz,
          ADD COLUMN metadata jsonb NOT NULL DEFAULT '{}'`);
      // The user who created it, else the account's first owner.
      await runner.query(`
        UPDATE identity.${table} c SET owner_user_id = COALESCE(c.created_by_user_id, (
          SELECT u.id FROM identity.users u
          WHERE u.account_id = c.account_id AND u.account_role = 'owner'
          ORDER BY u.created_at, u.id LIMIT 1))`);
      await runner.query(`ALTER TABLE identity.${table} ALTER COLUMN owner_user_id SET NOT NULL`);
      await runner.query(
        `CREATE INDEX ${table}_owner_idx ON identity.${table} (owner_user_id, created_at DESC, id DESC)`,
      );
    }

    await runner.query(`
      CREATE TABLE identity.invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
        email varchar(320) NOT NULL,
        account_role varchar(16) NOT NULL CHECK (account_role IN ('owner', 'admin', 'member')),
        token_hash bytea NOT NULL,
        invited_by_name varchar(300),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES identity.users(id),
        revoked_at timestamptz
      )`);
    await runner.query(
      'CREATE UNIQUE INDEX invitations_token_unique ON identity.invitations (token_hash)',
    );
    await runner.query(
      `CREATE INDEX invitations_pending_idx ON identity.invitations (account_id, created_at DESC, id DESC)
       WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );

    await runner.query(`
      CREATE TABLE identity.password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES identity.users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await runner.query(
      'CREATE UNIQUE INDEX password_resets_token_unique ON identity.password_resets (token_hash)',
    );
    await runner.query(
      'CREATE INDEX password_resets_user_idx ON identity.password_resets (user_id, created_at)',
    );

    // A paused or re-enabled key: gateways drop their cached verdict either way.
    await runner.query(`
      CREATE FUNCTION identity.api_key_state_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM identity.record_revocation('api_key', NEW.id, NEW.expires_at);
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER api_keys_paused AFTER UPDATE OF disabled_at ON identity.api_keys
        FOR EACH ROW
        WHEN (OLD.disabled_at IS DISTINCT FROM NEW.disabled_at AND NEW.revoked_at IS NULL)
        EXECUTE FUNCTION identity.api_key_state_changed()`);
    // A paused client's tokens are refused; enabled again, it gets new ones.
    await runner.query(`
      CREATE TRIGGER oauth_clients_paused AFTER UPDATE OF disabled_at ON identity.oauth_clients
        FOR EACH ROW
        WHEN (OLD.disabled_at IS NULL AND NEW.disabled_at IS NOT NULL AND NEW.revoked_at IS NULL)
        EXECUTE FUNCTION identity.oauth_client_taken_back()`);

    // A user disabled, enabled, deleted or given another role: what it owns and its sessions follow.
    await runner.query(`
      CREATE FUNCTION identity.user_state_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was_active boolean := OLD.disabled_at IS NULL AND OLD.deleted_at IS NULL;
        is_active boolean := NEW.disabled_at IS NULL AND NEW.deleted_at IS NULL;
        owned record;
      BEGIN
        IF was_active IS DISTINCT FROM is_active THEN
          FOR owned IN SELECT id, expires_at FROM identity.api_keys
                       WHERE owner_user_id = NEW.id AND revoked_at IS NULL AND expires_at > now() LOOP
            PERFORM identity.record_revocation('api_key', owned.id, owned.expires_at);
          END LOOP;
        END IF;
        IF was_active AND NOT is_active THEN
          FOR owned IN SELECT id FROM identity.oauth_clients
                       WHERE owner_user_id = NEW.id AND revoked_at IS NULL AND disabled_at IS NULL LOOP
            PERFORM identity.record_revocation('oauth_client', owned.id, now() + interval '1 hour');
          END LOOP;
          UPDATE identity.sessions SET revoked_at = now()
            WHERE user_id = NEW.id AND revoked_at IS NULL;
        ELSIF is_active AND OLD.account_role IS DISTINCT FROM NEW.account_role THEN
          FOR owned IN SELECT id, expires_at FROM identity.sessions
                       WHERE user_id = NEW.id AND revoked_at IS NULL AND expires_at > now() LOOP
            PERFORM identity.record_revocation('session', owned.id, owned.expires_at);
          END LOOP;
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER users_state_changed AFTER UPDATE OF disabled_at, deleted_at, account_role
        ON identity.users FOR EACH ROW EXECUTE FUNCTION identity.user_state_changed()`);

    await runner.query(
      `UPDATE identity.roles
       SET permissions = permissions || ARRAY(
         SELECT p FROM unnest($1::text[]) WITH ORDINALITY AS added(p, i)
         WHERE NOT p = ANY (permissions) ORDER BY i)
       WHERE account_id IS NULL AND name = 'full-access'`,
      [USERS_PERMISSIONS],
    );
    await runner.query(
      `INSERT INTO identity.roles (name, description, permissions)
       VALUES ('users-admin', 'Manage the team, service users and their keys and OAuth clients.', $1::text[])
       ON CONFLICT (name) WHERE account_id IS NULL DO NOTHING`,
      [[...USERS_PERMISSIONS, 'keys:read', 'keys:write', 'oauth-clients:write']],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      "DELETE FROM identity.roles WHERE account_id IS NULL AND name = 'users-admin'",
    );
    await runner.query(
      `UPDATE identity.roles
       SET permissions = ARRAY(
         SELECT p FROM unnest(permissions) WITH ORDINALITY AS kept(p, i)
         WHERE NOT p = ANY ($1::text[]) ORDER BY i)
       WHERE account_id IS NULL AND name = 'full-access'`,
      [USERS_PERMISSIONS],
    );
    await runner.query('DROP TRIGGER users_state_changed ON identity.users');
    await runner.query('DROP FUNCTION identity.user_state_changed()');
    await runner.query('DROP TRIGGER oauth_clients_paused ON identity.oauth_clients');
    await runner.query('DROP TRIGGER api_keys_paused ON identity.api_keys');
    await runner.query('DROP FUNCTION identity.api_key_state_changed()');
    await runner.query('DROP TABLE identity.password_resets');
    await runner.query('DROP TABLE identity.invitations');
    for (const table of ['api_keys', 'oauth_clients']) {
      await runner.query(
        `ALTER TABLE identity.${table} DROP COLUMN metadata, DROP COLUMN disabled_at, DROP COLUMN owner_user_id`,
      );
    }
    await runner.query('DROP INDEX identity.users_account_page_idx');
    await runner.query('DROP INDEX identity.users_service_name_unique');
    await runner.query('DROP INDEX identity.users_email_unique');
    await runner.query(
      "DELETE FROM identity.users WHERE kind = 'service' OR deleted_at IS NOT NULL",
    );
    await runner.query('CREATE UNIQUE INDEX users_email_unique ON identity.users (lower(email))');
    await runner.query(`
      ALTER TABLE identity.users
        DROP CONSTRAINT users_kind_fields,
        DROP COLUMN password_changed_at, DROP COLUMN deleted_at, DROP COLUMN disabled_at,
        DROP COLUMN description, DROP COLUMN name, DROP COLUMN kind,
        ALTER COLUMN email SET NOT NULL,
        ALTER COLUMN password_hash SET NOT NULL,
        ALTER COLUMN account_role SET NOT NULL`);
  }
}
