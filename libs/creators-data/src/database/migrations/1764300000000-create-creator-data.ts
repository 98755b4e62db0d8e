import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Profiles and stats on creators; tokens, videos, snapshots, sync state, connect states, pending revocations. */
export class CreateCreatorData1764300000000 implements MigrationInterface {
  name = 'CreateCreatorData1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE creators.creators
        ADD COLUMN external_user_id varchar(256),
        ADD COLUMN bio text,
        ADD COLUMN is_verified boolean NOT NULL DEFAULT false,
        ADD COLUMN profile_url text,
        ADD COLUMN scopes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN follower_count bigint,
        ADD COLUMN following_count bigint,
        ADD COLUMN likes_count bigint,
        ADD COLUMN video_count bigint`);
    await runner.query(
      'CREATE INDEX creators_account_created_idx ON creators.creators (account_id, created_at DESC, id DESC)',
    );
    await runner.query(
      'CREATE INDEX creators_account_username_idx ON creators.creators (account_id, platform, lower(username))',
    );
    await runner.query(`
      CREATE TABLE creators.platform_tokens (
        creator_id uuid PRIMARY KEY REFERENCES creators.creators (id) ON DELETE CASCADE,
        key_id varchar(64) NOT NULL,
        access_token bytea NOT NULL,
        refresh_token bytea NOT NULL,
        access_expires_at timestamptz NOT NULL,
        refresh_expires_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE creators.videos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        creator_id uuid NOT NULL REFERENCES creators.creators (id) ON DELETE CASCADE,
        external_id varchar(64) NOT NULL,
        title text,
        description text,
        view_count bigint,
        like_count bigint,
        comment_count bigint,
        share_count bigint,
        duration integer,
        cover_url text,
        share_url text,
        published_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT videos_creator_external_unique UNIQUE (creator_id, external_id)
      )`);
    await runner.query(
      'CREATE INDEX videos_creator_published_idx ON creators.videos (creator_id, published_at DESC, id DESC)',
    );
    await runner.query('CREATE INDEX videos_external_idx ON creators.videos (external_id)');
    await runner.query(`
      CREATE TABLE creators.stats_snapshots (
        id bigserial PRIMARY KEY,
        creator_id uuid NOT NULL REFERENCES creators.creators (id) ON DELETE CASCADE,
        captured_at timestamptz NOT NULL DEFAULT now(),
        follower_count bigint,
        following_count bigint,
        likes_count bigint,
        video_count bigint
      )`);
    await runner.query(
      'CREATE INDEX stats_snapshots_creator_captured_idx ON creators.stats_snapshots (creator_id, captured_at)',
    );
    await runner.query(`
      CREATE TABLE creators.sync_state (
        creator_id uuid PRIMARY KEY REFERENCES creators.creators (id) ON DELETE CASCADE,
        job_id varchar(128) NOT NULL,
        status varchar(16) NOT NULL,
        trigger varchar(16) NOT NULL,
        queued_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        videos integer,
        error text
      )`);
    await runner.query(`
      CREATE TABLE creators.connect_states (
        state_hash bytea PRIMARY KEY,
        account_id uuid NOT NULL,
        platform varchar(16) NOT NULL,
        redirect_url text,
        external_user_id varchar(256),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz
      )`);
    await runner.query(
      'CREATE INDEX connect_states_expires_idx ON creators.connect_states (expires_at)',
    );
    await runner.query(`
      CREATE TABLE creators.pending_revocations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        platform varchar(16) NOT NULL,
        external_id varchar(128) NOT NULL,
        key_id varchar(64) NOT NULL,
        access_token bytea NOT NULL,
        refresh_token bytea NOT NULL,
        access_expires_at timestamptz NOT NULL,
        refresh_expires_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'pending_revocations',
      'connect_states',
      'sync_state',
      'stats_snapshots',
      'videos',
      'platform_tokens',
    ]) {
      await runner.query(`DROP TABLE creators.${table}`);
    }
    await runner.query('DROP INDEX creators.creators_account_username_idx');
    await runner.query('DROP INDEX creators.creators_account_created_idx');
    await runner.query(`
      ALTER TABLE creators.creators
        DROP COLUMN external_user_id, DROP COLUMN bio, DROP COLUMN is_verified, DROP COLUMN profile_url,
        DROP COLUMN scopes, DROP COLUMN follower_count, DROP COLUMN following_count,
        DROP COLUMN likes_count, DROP COLUMN video_count`);
  }
}
