// Creators for the benchmark account, written straight into the creators
// schema: the benchmark measures reading them, not connecting them (the
// connect flow is covered by the end-to-end tests against the sandbox).
import pg from 'pg';

/** Inserts `count` connected TikTok creators with stats under the account. */
export async function seedCreators(databaseUrl, accountId, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO creators.creators
         (account_id, platform, external_id, username, display_name, avatar_url, bio, is_verified,
          profile_url, scopes, follower_count, following_count, likes_count, video_count,
          connected_at, last_synced_at, created_at)
       SELECT $1, 'TIKTOK', 'bench-open-id-' || n, 'bench.creator.' || n, 'Bench Creator ' || n,
              'https://p16-sign.tiktokcdn.com/avatar/bench-' || n || '.jpeg', 'Creator number ' || n, n % 5 = 0,
              'https://www.tiktok.com/@bench.creator.' || n,
              ARRAY['user.info.basic', 'user.info.profile', 'user.info.stats', 'video.list'],
              10000 * n, 100 + n, 500000 * n, 40 + n,
              now() - n * interval '1 hour', now() - n * interval '1 minute', now() - n * interval '1 hour'
       FROM generate_series(1, $2::int) AS n`,
      [accountId, count],
    );
  } finally {
    await client.end();
  }
}
