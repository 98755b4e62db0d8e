import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log keeps readable names of its actors and targets as they were
 * when each event happened, and is searched by actor, action and time. A key
 * says which kind of credential created it (a key minted by a key was shown
 * as made by the user behind that key).
 */
export class AuditNamesAndKeyCreators1764810000000 implements MigrationInterface {
  name = 'AuditNamesAndKeyCreators1764810000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE identity.api_keys
        ADD COLUMN created_by_type varchar(16) NOT NULL DEFAULT 'system'
          CHECK (created_by_type IN ('user', 'key', 'oauth_client', 'system')),
        ADD COLUMN created_by_oauth_client_id uuid REFERENCES identity.oauth_clients(id) ON DELETE SET NULL`);
    await runner.query(`
      UPDATE identity.api_keys SET created_by_type = CASE
        WHEN created_by_key_id IS NOT NULL THEN 'key'
        WHEN created_by_user_id IS NOT NULL THEN 'user'
        ELSE 'system' END`);
    await runner.query('ALTER TABLE identity.api_keys ALTER COLUMN created_by_type DROP DEFAULT');

    await runner.query(`
      ALTER TABLE identity.audit_events
        ADD COLUMN actor_name varchar(300),
        ADD COLUMN target_name varchar(300)`);
    // Events recorded before names were kept get today's names (or the name their metadata kept).
    await runner.query(`
      UPDATE identity.audit_events e SET actor_name = CASE e.actor_type
        WHEN 'system' THEN 'Tally'
        WHEN 'user' THEN (SELECT u.email FROM identity.users u WHERE u.id::text = e.actor_id)
        WHEN 'oauth_client' THEN (SELECT 'OAuth client ''' || c.name || '''' FROM identity.oauth_clients c
                                  WHERE c.id::text = e.actor_id)
        ELSE (SELECT 'API key ''' || k.name || ''' (' || k.start || '…)' FROM identity.api_keys k
              WHERE k.id::text = e.actor_id) END`);
    await runner.query(`
      UPDATE identity.audit_events e SET target_name = COALESCE(CASE e.target_type
        WHEN 'api_key' THEN (SELECT k.name || ' (' || k.start || '…)' FROM identity.api_keys k
                             WHERE k.id::text = e.target_id)
        WHEN 'user' THEN (SELECT u.email FROM identity.users u WHERE u.id::text = e.target_id)
        WHEN 'role' THEN (SELECT r.name FROM identity.roles r WHERE r.id::text = e.target_id)
        WHEN 'oauth_client' THEN (SELECT c.name FROM identity.oauth_clients c WHERE c.id::text = e.target_id)
        END, e.metadata->>'name')`);

    await runner.query(
      `CREATE INDEX audit_events_actor_idx ON identity.audit_events (account_id, actor_id, created_at DESC, id DESC)
       WHERE actor_id IS NOT NULL`,
    );
    await runner.query(
      'CREATE INDEX audit_events_actor_type_idx ON identity.audit_events (account_id, actor_type, created_at DESC, id DESC)',
    );
    // varchar_pattern_ops serves both `action = ...` and the prefixes (`action LIKE 'creator.%'`).
    await runner.query(
      'CREATE INDEX audit_events_action_idx ON identity.audit_events (account_id, action varchar_pattern_ops, created_at DESC, id DESC)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX identity.audit_events_action_idx');
    await runner.query('DROP INDEX identity.audit_events_actor_type_idx');
    await runner.query('DROP INDEX identity.audit_events_actor_idx');
    await runner.query(
      'ALTER TABLE identity.audit_events DROP COLUMN target_name, DROP COLUMN actor_name',
    );
    await runner.query(
      'ALTER TABLE identity.api_keys DROP COLUMN created_by_oauth_client_id, DROP COLUMN created_by_type',
    );
  }
}
