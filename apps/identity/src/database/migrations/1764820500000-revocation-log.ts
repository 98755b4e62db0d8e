import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A numbered log of every credential taken back (a key revoked or cut short by
 * a roll, a session ended, an access token or an OAuth client revoked, any of
 * them deleted while active), which gateways read from their last number on.
 *
 * The database writes it, from triggers, in the same transaction as the change
 * itself: no code path can revoke without logging, and a revocation whose
 * event is lost on the bus is still in the log. Writers take turns on the log
 * until they commit, so its numbers follow commit order: a reader that has
 * seen number N will never later find a smaller one it missed.
 */
export class RevocationLog1764820500000 implements MigrationInterface {
  name = 'RevocationLog1764820500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE identity.revocations (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind varchar(16) NOT NULL CHECK (kind IN ('api_key', 'session', 'oauth_token', 'oauth_client')),
        credential_id uuid NOT NULL,
        forget_after timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX revocations_forget_after_idx ON identity.revocations (forget_after)',
    );

    // EXCLUSIVE lets readers (ACCESS SHARE) through and holds other writers
    // until this transaction ends. The newest row is never pruned: the highest
    // number tells a gateway whether its cursor belongs to this log.
    await runner.query(`
      CREATE FUNCTION identity.record_revocation(revoked_kind text, revoked_id uuid, remember_until timestamptz)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        recorded bigint;
      BEGIN
        LOCK TABLE identity.revocations IN EXCLUSIVE MODE;
        INSERT INTO identity.revocations (kind, credential_id, forget_after)
          VALUES (revoked_kind, revoked_id, remember_until)
          RETURNING seq INTO recorded;
        DELETE FROM identity.revocations WHERE forget_after < now() AND seq < recorded;
      END $$`);

    // A key's cached verdict lives no longer than the key did before the change.
    await runner.query(`
      CREATE FUNCTION identity.api_key_taken_back() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM identity.record_revocation('api_key', OLD.id, OLD.expires_at);
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER api_keys_revoked AFTER UPDATE OF revoked_at, expires_at ON identity.api_keys
        FOR EACH ROW
        WHEN ((OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL) OR NEW.expires_at < OLD.expires_at)
        EXECUTE FUNCTION identity.api_key_taken_back()`);
    await runner.query(`
      CREATE TRIGGER api_keys_deleted AFTER DELETE ON identity.api_keys
        FOR EACH ROW WHEN (OLD.revoked_at IS NULL) EXECUTE FUNCTION identity.api_key_taken_back()`);

    await runner.query(`
      CREATE FUNCTION identity.session_taken_back() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM identity.record_revocation('session', OLD.id, OLD.expires_at);
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER sessions_ended AFTER UPDATE OF revoked_at ON identity.sessions
        FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
        EXECUTE FUNCTION identity.session_taken_back()`);
    await runner.query(`
      CREATE TRIGGER sessions_deleted AFTER DELETE ON identity.sessions
        FOR EACH ROW WHEN (OLD.revoked_at IS NULL) EXECUTE FUNCTION identity.session_taken_back()`);

    await runner.query(`
      CREATE FUNCTION identity.token_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM identity.record_revocation('oauth_token', NEW.jti, NEW.expires_at);
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER revoked_tokens_added AFTER INSERT ON identity.revoked_tokens
        FOR EACH ROW EXECUTE FUNCTION identity.token_revoked()`);

    // Access tokens live an hour (ACCESS_TOKEN_LIFETIME_SECONDS): those the
    // client obtained before its revocation are all expired an hour later.
    await runner.query(`
      CREATE FUNCTION identity.oauth_client_taken_back() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM identity.record_revocation('oauth_client', OLD.id, now() + interval '1 hour');
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER oauth_clients_revoked AFTER UPDATE OF revoked_at ON identity.oauth_clients
        FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
        EXECUTE FUNCTION identity.oauth_client_taken_back()`);
    await runner.query(`
      CREATE TRIGGER oauth_clients_deleted AFTER DELETE ON identity.oauth_clients
        FOR EACH ROW WHEN (OLD.revoked_at IS NULL) EXECUTE FUNCTION identity.oauth_client_taken_back()`);

    // What gateways must still refuse from before the log existed; cached keys
    // and sessions of that time have long left the gateways' caches.
    await runner.query(`
      INSERT INTO identity.revocations (kind, credential_id, forget_after, recorded_at)
      SELECT kind, credential_id, forget_after, revoked_at FROM (
        SELECT 'oauth_token' AS kind, jti AS credential_id, expires_at AS forget_after, revoked_at
        FROM identity.revoked_tokens WHERE expires_at > now()
        UNION ALL
        SELECT 'oauth_client', id, revoked_at + interval '1 hour', revoked_at
        FROM identity.oauth_clients WHERE revoked_at > now() - interval '1 hour'
      ) AS still_refused
      ORDER BY revoked_at`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER oauth_clients_deleted ON identity.oauth_clients');
    await runner.query('DROP TRIGGER oauth_clients_revoked ON identity.oauth_clients');
    await runner.query('DROP TRIGGER revoked_tokens_added ON identity.revoked_tokens');
    await runner.query('DROP TRIGGER sessions_deleted ON identity.sessions');
    await runner.query('DROP TRIGGER sessions_ended ON identity.sessions');
    await runner.query('DROP TRIGGER api_keys_deleted ON identity.api_keys');
    await runner.query('DROP TRIGGER api_keys_revoked ON identity.api_keys');
    for (const fn of [
      'oauth_client_taken_back()',
      'token_revoked()',
      'session_taken_back()',
      'api_key_taken_back()',
      'record_revocation(text, uuid, timestamptz)',
    ]) {
      await runner.query(`DROP FUNCTION identity.${fn}`);
    }
    await runner.query('DROP TABLE identity.revocations');
  }
}
