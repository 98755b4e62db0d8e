// Whether every connected creator of an account ended with exactly its
// videos: the rows of creators.videos against the sandbox's public videos
// (or media) of the same user of the platform.
import { inBatches } from './sync-sandbox.mjs';

/** Each creator of the account on `platform` with the external ids of its stored video rows (repeats kept). */
async function storedVideos(db, accountId, platform) {
  const { rows } = await db.query(
    `SELECT c.username,
            COALESCE(array_agg(v.external_id) FILTER (WHERE v.external_id IS NOT NULL), '{}') AS ids
       FROM creators.creators c
       LEFT JOIN creators.videos v ON v.creator_id = c.id
      WHERE c.account_id = $1 AND c.platform = $2
      GROUP BY c.id, c.username`,
    [accountId, platform],
  );
  return rows;
}

/**
 * Duplicates: rows beyond the first with the same external id, per creator.
 * Missing: the sandbox's videos with no row. Unexpected: rows the sandbox does not have.
 */
export async function checkVideos(db, sandbox, accountId, platform = 'TIKTOK') {
  const creators = await storedVideos(db, accountId, platform);
  const perCreator = await inBatches(creators, 20, async ({ username, ids }) => {
    const expected = new Set(await sandbox.videoIds(username, platform));
    const stored = new Set(ids);
    return {
      duplicates: ids.length - stored.size,
      missing: [...expected].filter((id) => !stored.has(id)).length,
      unexpected: [...stored].filter((id) => !expected.has(id)).length,
    };
  });
  const sum = (key) => perCreator.reduce((total, creator) => total + creator[key], 0);
  return {
    creators: creators.length,
    duplicates: sum('duplicates'),
    missing: sum('missing'),
    unexpected: sum('unexpected'),
    creatorsWithDuplicates: perCreator.filter((creator) => creator.duplicates > 0).length,
    creatorsMissingVideos: perCreator.filter((creator) => creator.missing > 0).length,
  };
}
