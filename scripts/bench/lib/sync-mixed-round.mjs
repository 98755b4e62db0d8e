// The mixed round of the sync benchmark: TikTok, Instagram and YouTube
// creators of one fresh account connected together through the API, their
// first syncs done by the same workers under each platform's limit as the
// sandbox enforces it; then a scheduled full sync of every YouTube creator,
// which the quota cannot hold: scheduled work must stop at YouTube's pacing
// line (and so leave the reserve), its jobs put off, not failed.
import { sleep } from '../../lib/exec.mjs';
import { checkVideos } from './sync-completeness.mjs';
import { connectCreators } from './sync-connect.mjs';
import {
  backlogSettled,
  failureReasons,
  jobsByPlatform,
  queueScheduledSyncs,
} from './sync-mixed-queue.mjs';
import { callsBetween, callsUnder, rateLimitedBetween, TIKTOK_ENDPOINTS } from './sync-sandbox.mjs';
import { startWorkers } from './sync-workers.mjs';
import { scheduledCapAt } from './sync-youtube-pacing.mjs';
import { createAccountWithKeys } from './tally.mjs';

export const PLATFORMS = ['TIKTOK', 'INSTAGRAM', 'YOUTUBE'];
const POLL_MS = 500;
const seconds = (ms) => Number((ms / 1000).toFixed(1));

/** The account's creators per platform: how many, how many synced, and when the last sync ended. */
async function creatorsByPlatform(db, accountId) {
  const { rows } = await db.query(
    `SELECT id, account_id, platform, username, last_synced_at
       FROM creators.creators WHERE account_id = $1`,
    [accountId],
  );
  return rows;
}

/** Per platform: synced creators, and creators per minute from the first connect to that platform's last sync. */
function throughput(rows, platform, startedAt) {
  const synced = rows.filter((row) => row.platform === platform && row.last_synced_at);
  const lastMs = Math.max(startedAt, ...synced.map((row) => row.last_synced_at.getTime()));
  const spanS = (lastMs - startedAt) / 1000;
  return {
    connected: rows.filter((row) => row.platform === platform).length,
    synced: synced.length,
    spanS: seconds(lastMs - startedAt),
    creatorsPerMinute: spanS > 0 ? Number(((synced.length / spanS) * 60).toFixed(1)) : 0,
  };
}

/** Polls until the backlog has settled (or the deadline); true when it timed out. */
async function waitUntilSettled({ children, queue }, { deadline, ready = () => true }) {
  for (;;) {
    await children.guard(sleep(POLL_MS));
    if (ready() && (await backlogSettled(queue))) return false;
    if (Date.now() > deadline) return true;
  }
}

/** The creators to seed and connect, the platforms taking turns so that they arrive mixed. */
function mixedCreators(settings, runId) {
  const lists = PLATFORMS.map((platform) =>
    Array.from({ length: settings.creators[platform] }, (_, index) => ({
      platform,
      username: `bench.${runId}.mix.${platform.slice(0, 2).toLowerCase()}.${index}`,
    })),
  );
  const longest = Math.max(...lists.map((list) => list.length));
  const mixed = [];
  for (let index = 0; index < longest; index += 1) {
    for (const list of lists) if (index < list.length) mixed.push(list[index]);
  }
  return mixed;
}

function tiktokFigures(before, after, span, limitPerMinute) {
  const share = (endpoint) => {
    const calls = callsBetween(before, after, endpoint);
    const budget = (limitPerMinute * span.spanS) / 60;
    return { ...calls, budgetShare: budget > 0 ? Number((calls.ok / budget).toFixed(3)) : 0 };
  };
  const rateLimited = rateLimitedBetween(before, after);
  return {
    ...span,
    videoList: share(TIKTOK_ENDPOINTS.videoList),
    userInfo: share(TIKTOK_ENDPOINTS.userInfo),
    rateLimited,
    rateLimitedTotal: Object.values(rateLimited).reduce((sum, count) => sum + count, 0),
  };
}

/** Token exchanges and refreshes are Graph calls outside the per-user budget. */
const UNBUDGETED_GRAPH = /access_token$/;

function instagramFigures(before, after, span, callsPerHour) {
  const graph = callsUnder(before, after, '/instagram-graph/');
  const budgeted = Object.entries(graph.byEndpoint)
    .filter(([endpoint]) => !UNBUDGETED_GRAPH.test(endpoint))
    .reduce((sum, [, calls]) => sum + calls.calls, 0);
  const perCreator = span.connected > 0 ? budgeted / span.connected : 0;
  return {
    ...span,
    graph,
    budgetedCalls: budgeted,
    callsPerCreator: Number(perCreator.toFixed(1)),
    callsPerHour,
    budgetShare: Number((perCreator / callsPerHour).toFixed(3)),
    refusedTotal: graph.refused + graph.rateLimited,
  };
}

export async function measureMixedRound(context) {
  const { children, base, sandbox, queue, db, workerEnv, settings, runId, step } = context;
  const mixed = settings.mixed;
  const creators = mixedCreators(mixed, runId);
  for (const platform of PLATFORMS) {
    const usernames = creators
      .filter((creator) => creator.platform === platform)
      .map((creator) => creator.username);
    await children.guard(sandbox.addCreators(usernames, mixed.videos[platform], platform));
  }
  const account = await children.guard(createAccountWithKeys(base, { total: 2 }));
  const names = await startWorkers(children, workerEnv, {
    count: mixed.workers,
    concurrency: settings.concurrencyPerWorker,
    round: 'mixed',
    freePort: context.freePort,
  });

  const before = await sandbox.stats();
  const quotaBefore = await sandbox.youtubeQuota();
  const startedAt = Date.now();
  let connect;
  const connecting = connectCreators(base, account.fullAccess, creators, {
    withinMs: settings.connectWithinMs,
  }).then((outcome) => {
    connect = outcome;
    step(
      `sync pipeline, mixed: ${outcome.connected} of ${creators.length} creators connected in ${outcome.seconds} s`,
    );
  });
  const firstTimedOut = await waitUntilSettled(context, {
    deadline: startedAt + settings.roundTimeoutMs,
    ready: () => connect !== undefined,
  });
  await children.guard(connecting);
  const firstEndedAt = Date.now();
  const afterFirst = await sandbox.stats();
  const quotaAfterFirst = await sandbox.youtubeQuota();
  const rows = await creatorsByPlatform(db, account.accountId);
  const platformOf = new Map(rows.map((row) => [row.id, row.platform]));
  const firstJobs = await jobsByPlatform(queue, platformOf);
  const firstFailures = await failureReasons(queue);
  const span = Object.fromEntries(
    PLATFORMS.map((platform) => [platform, throughput(rows, platform, startedAt)]),
  );

  // Scheduled full syncs of every YouTube creator: more units than the quota has left.
  const youtubeCreators = rows
    .filter((row) => row.platform === 'YOUTUBE' && row.last_synced_at)
    .map((row) => ({ creatorId: row.id, accountId: row.account_id }));
  step(
    `sync pipeline, mixed: queueing ${youtubeCreators.length} scheduled full YouTube syncs ` +
      `(${quotaAfterFirst.used} of ${quotaAfterFirst.limit} units spent)`,
  );
  await queue.clean(0, 0, 'completed');
  await queue.clean(0, 0, 'failed');
  const scheduledAt = Date.now();
  await queueScheduledSyncs(queue, youtubeCreators);
  const scheduledTimedOut = await waitUntilSettled(context, {
    deadline: scheduledAt + settings.roundTimeoutMs,
  });
  const endedAt = Date.now();
  const after = await sandbox.stats();
  const quotaAfter = await sandbox.youtubeQuota();
  const pacing = await scheduledCapAt(endedAt, {
    unitsPerDay: mixed.youtubeUnitsPerDay,
    reserveUnits: mixed.youtubeReserveUnits,
  });
  const scheduledCounts = await queue.getJobCounts('completed', 'failed', 'delayed');
  const scheduledReasons = await failureReasons(queue);
  await Promise.all(names.map((name) => children.stopOne(name)));
  await queue.obliterate({ force: true });

  const videos = {};
  for (const platform of PLATFORMS) {
    videos[platform] = await checkVideos(db, sandbox, account.accountId, platform);
  }
  const youtubeCalls = (from, to) => callsUnder(from, to, '/youtube-api/');
  const youtubeFirst = youtubeCalls(before, afterFirst);
  const youtubeScheduled = youtubeCalls(afterFirst, after);
  return {
    workers: mixed.workers,
    connect,
    firstSyncs: {
      elapsedS: seconds(firstEndedAt - startedAt),
      timedOut: firstTimedOut,
      failed: firstJobs.failed,
      putOff: firstJobs.putOff,
      failureReasons: firstFailures,
    },
    tiktok: tiktokFigures(before, afterFirst, span.TIKTOK, settings.limitPerMinute),
    instagram: instagramFigures(before, afterFirst, span.INSTAGRAM, mixed.instagramCallsPerHour),
    youtube: {
      ...span.YOUTUBE,
      unitsPerDay: quotaAfter.limit,
      reserveUnits: mixed.youtubeReserveUnits,
      unitsBefore: quotaBefore.used,
      unitsAfterFirstSyncs: quotaAfterFirst.used,
      unitsAfterScheduled: quotaAfter.used,
      budgetShare: Number(((quotaAfter.used - quotaBefore.used) / quotaAfter.limit).toFixed(3)),
      firstSyncCalls: youtubeFirst,
      scheduled: {
        queued: youtubeCreators.length,
        completed: scheduledCounts.completed,
        failed: scheduledCounts.failed,
        putOff: scheduledCounts.delayed,
        failureReasons: scheduledReasons,
        seconds: seconds(endedAt - scheduledAt),
        timedOut: scheduledTimedOut,
        calls: youtubeScheduled,
        unitsSpent: quotaAfter.used - quotaAfterFirst.used,
        pacingCap: pacing.cap,
        scheduledBudget: pacing.scheduledBudget,
        dayShare: pacing.dayShare,
        stoppedAtCap: quotaAfter.used <= Math.max(pacing.cap, quotaAfterFirst.used),
      },
      refusedTotal:
        youtubeFirst.refused +
        youtubeFirst.rateLimited +
        youtubeScheduled.refused +
        youtubeScheduled.rateLimited,
    },
    videos,
  };
}
