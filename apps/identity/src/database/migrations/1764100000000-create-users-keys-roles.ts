import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, roles, API keys, dashboard sessions, login attempts and the audit log. */
export class CreateUsersKeysRoles1764100000000 implements MigrationInterface {
  name = 'CreateUsersKeysRoles1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE identity.users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
        email varchar(320) NOT NULL,
        password_hash text NOT NULL,
        account_role varchar(16) NOT NULL CHECK (account_role IN ('owner', 'admin', 'member')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz
      )`);
    await runner.query('CREATE UNIQUE INDEX users_email_unique ON identity.users (lower(email))');
    await runner.query('CREATE INDEX users_account_idx ON identity.users (account_id)');

    await runner.query(`
      CREATE TABLE identity.roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid REFERENCES identity.accounts(id) ON DELETE CASCADE,
        name varchar(64) NOT NULL,
        description varchar(500) NOT NULL DEFAULT '',
        permissions text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Built-in roles have no account; an account's own role names are unique within it.
    await runner.query(
      'CREATE UNIQUE INDEX roles_builtin_name_unique ON identity.roles (name) WHERE account_id IS NULL',
    );
    await runner.query(
      'CREATE UNIQUE INDEX roles_account_name_unique ON identity.roles (account_id, name) WHERE account_id IS NOT NULL',
    );
    await runner.query(`
      INSERT INTO identity.roles (name, description, permissions) VALUES
        ('read-only', 'Read creators, their stats and videos.', ARRAY['creators:read']),
        ('creators-manager', 'Connect, read, sync and disconnect creators.', ARRAY['creators:read','creators:write','creators:sync']),
        ('key-admin', 'Manage API keys and OAuth clients.', ARRAY['keys:read','keys:write','oauth-clients:write']),
        ('full-access', 'Everything, including account administration.',
          ARRAY['creators:read','creators:write','creators:sync','keys:read','keys:write','oauth-clients:write','account:admin'])`);

    await runner.query(`
      CREATE TABLE identity.api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        type varchar(16) NOT NULL CHECK (type IN ('secret', 'publishable')),
        environment varchar(16) NOT NULL CHECK (environment IN ('development', 'production')),
        start varchar(16) NOT NULL,
        hash bytea NOT NULL,
        allowed_origins text[] NOT NULL DEFAULT '{}',
        created_by_user_id uuid REFERENCES identity.users(id) ON DELETE SET NULL,
        created_by_key_id uuid REFERENCES identity.api_keys(id) ON DELETE SET NULL,
        replaced_by_key_id uuid REFERENCES identity.api_keys(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await runner.query('CREATE UNIQUE INDEX api_keys_hash_unique ON identity.api_keys (hash)');
    await runner.query(
      'CREATE INDEX api_keys_account_page_idx ON identity.api_keys (account_id, created_at DESC, id DESC)',
    );
    await runner.query(`
      CREATE TABLE identity.api_key_roles (
        key_id uuid NOT NULL REFERENCES identity.api_keys(id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES identity.roles(id) ON DELETE RESTRICT,
        PRIMARY KEY (key_id, role_id)
      )`);

    await runner.query(`
      CREATE TABLE identity.sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES identity.users(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        csrf_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query(
      'CREATE UNIQUE INDEX sessions_token_unique ON identity.sessions (token_hash)',
    );

    await runner.query(`
      CREATE TABLE identity.login_attempts (
        id bigserial PRIMARY KEY,
        email varchar(320) NOT NULL,
        ip varchar(64) NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX login_attempts_email_idx ON identity.login_attempts (lower(email), attempted_at)',
    );
    await runner.query(
      'CREATE INDEX login_attempts_ip_idx ON identity.login_attempts (ip, attempted_at)',
    );

    await runner.query(`
      CREATE TABLE identity.audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
        actor_type varchar(32) NOT NULL,
        actor_id varchar(64),
        action varchar(64) NOT NULL,
        target_type varchar(32),
        target_id varchar(64),
        metadata jsonb NOT NULL DEFAULT '{}',
        request_id varchar(128),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX audit_events_account_page_idx ON identity.audit_events (account_id, created_at DESC, id DESC)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'login_attempts',
      'sessions',
      'api_key_roles',
      'api_keys',
      'roles',
      'users',
    ]) {
      await runner.query(`DROP TABLE identity.${table}`);
    }
  }
}
