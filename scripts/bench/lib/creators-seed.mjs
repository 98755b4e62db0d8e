// Creators and videos for the benchmark account, written straight into the
// creators schema: the benchmark measures reading them, not connecting or
// syncing them (those flows are covered by the end-to-end tests against the sandbox).
import pg from 'pg';

/**
 * Inserts `count` connected TikTok creators with stats under the account;
 * returns their ids, newest first (the order of the account's list).
 */
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
    const { rows } = await client.query(
      'SELECT id FROM creators.creators WHERE account_id = $1 ORDER BY created_at DESC, id DESC',
      [accountId],
    );
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

/** Inserts `count` TikTok videos with metrics for the creator, one a day back from now. */
export async function seedVideos(databaseUrl, creatorId, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO creators.videos
         (creator_id, external_id, title, description, view_count, like_count, comment_count,
          share_count, duration, cover_url, share_url, published_at)
       SELECT $1, (7300000000000000000 + n)::text, 'Bench video ' || n,
              'What happened on day ' || n || ' #bench #tally', 150000 * n, 9000 * n, 300 * n,
              40 * n, 15 + n % 45,
              'https://p16-sign.tiktokcdn.com/obj/bench-cover-' || n || '.jpeg?x-expires=1767225600',
              'https://www.tiktok.com/@bench.creator.1/video/' || (7300000000000000000 + n),
              now() - n * interval '1 day'
       FROM generate_series(1, $2::int) AS n`,
      [creatorId, count],
    );
  } finally {
    await client.end();
  }
}
