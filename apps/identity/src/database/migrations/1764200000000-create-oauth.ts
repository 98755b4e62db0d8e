import type { MigrationInterface, QueryRunner } from 'typeorm';

/** OAuth 2.0 clients, the keys that sign access tokens, and revoked tokens. */
export class CreateOAuth1764200000000 implements MigrationInterface {
  name = 'CreateOAuth1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE identity.oauth_clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
        client_id varchar(64) NOT NULL UNIQUE,
        secret_hash bytea NOT NULL,
        name varchar(100) NOT NULL,
        environment varchar(16) NOT NULL CHECK (environment IN ('development', 'production')),
        created_by_user_id uuid REFERENCES identity.users(id) ON DELETE SET NULL,
        created_by_key_id uuid REFERENCES identity.api_keys(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await runner.query(
      'CREATE INDEX oauth_clients_account_page_idx ON identity.oauth_clients (account_id, created_at DESC, id DESC)',
    );
    await runner.query(`
      CREATE TABLE identity.oauth_client_roles (
        client_id uuid NOT NULL REFERENCES identity.oauth_clients(id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES identity.roles(id) ON DELETE RESTRICT,
        PRIMARY KEY (client_id, role_id)
      )`);
    await runner.query(`
      CREATE TABLE identity.signing_keys (
        kid varchar(64) PRIMARY KEY,
        algorithm varchar(16) NOT NULL,
        public_jwk jsonb NOT NULL,
        private_jwk_encrypted text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retires_at timestamptz NOT NULL,
        unpublish_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE identity.revoked_tokens (
        jti uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX revoked_tokens_expiry_idx ON identity.revoked_tokens (expires_at)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['revoked_tokens', 'signing_keys', 'oauth_client_roles', 'oauth_clients']) {
      await runner.query(`DROP TABLE identity.${table}`);
    }
  }
}
