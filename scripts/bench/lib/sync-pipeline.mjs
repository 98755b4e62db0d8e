// The sync pipeline benchmark, as an operator would try it: the TikTok
// sandbox answering after 100 ms and allowing 600 calls per minute per
// endpoint over a sliding minute; 450 creators of 57 videos connected within
// about 10 seconds through the public connect flow (so that the creators
// service's own TikTok calls count against the same limits), their first
// syncs done by 1, 2 and 4 sync-worker processes, one of them SIGKILLed
// halfway when there are 2 or more. Reports creators per minute, the share of
// the video list budget used after the first minute, the sandbox's 429s per
// endpoint, and duplicate and missing videos per creator.
import { join } from 'node:path';
import { ROOT } from '../../lib/env.mjs';
import { sleep } from '../../lib/exec.mjs';
import { measureRound } from './sync-round.mjs';
import { SyncSandbox } from './sync-sandbox.mjs';
import { startTally } from './tally.mjs';

const lib = (path) => import(join(ROOT, path));

export const SYNC_SETTINGS = {
  creators: Number(process.env.BENCH_SYNC_CREATORS ?? 450),
  videosPerCreator: Number(process.env.BENCH_SYNC_VIDEOS ?? 57),
  workerCounts: (process.env.BENCH_SYNC_WORKERS ?? '1,2,4').split(',').map(Number),
  latencyMs: 100,
  limitPerMinute: 600,
  concurrencyPerWorker: 10,
  connectWithinMs: 10_000,
  /** A round that has not finished by then is reported as timed out. */
  roundTimeoutMs: 10 * 60_000,
};

/** The sandbox's window is a sliding minute: after this long, a round starts with the whole budget. */
const WINDOW_DRAIN_MS = 61_000;
const CALLBACK_PATH = '/api/v1/connect/tiktok/callback';

/** The TIKTOK_* settings that point the creators service and the workers at this sandbox only. */
async function sandboxEnv(env, sandboxUrl) {
  const tiktok = await lib('libs/tiktok/dist/index.js');
  return {
    TIKTOK_CLIENT_KEY: '',
    TIKTOK_CLIENT_SECRET: '',
    TIKTOK_AUTH_BASE_URL: '',
    TIKTOK_API_BASE_URL: '',
    TIKTOK_SANDBOX_PUBLIC_URL: '',
    TIKTOK_SANDBOX_URL: sandboxUrl,
    TIKTOK_SANDBOX_CLIENT_KEY: env.TIKTOK_SANDBOX_CLIENT_KEY || tiktok.SANDBOX_DEV_CLIENT_KEY,
    TIKTOK_SANDBOX_CLIENT_SECRET:
      env.TIKTOK_SANDBOX_CLIENT_SECRET || tiktok.SANDBOX_DEV_CLIENT_SECRET,
  };
}

/**
 * Starts the sandbox, then identity, creators and the gateway pointed at it
 * (`env` carries their ports and secrets), runs every round; stops the
 * workers it started (the caller stops the rest).
 */
export async function measureSyncPipeline({ children, env: appEnv, freePort, step, runId }) {
  const settings = SYNC_SETTINGS;
  const gatewayUrl = `http://127.0.0.1:${appEnv.PORT}`;
  const sandboxPort = await freePort();
  const tiktokEnv = await sandboxEnv(appEnv, `http://127.0.0.1:${sandboxPort}`);
  const env = { ...appEnv, ...tiktokEnv, PUBLIC_BASE_URL: gatewayUrl };
  step(
    `sync pipeline: TikTok sandbox at ${settings.latencyMs} ms, ${settings.limitPerMinute} calls/min per endpoint (sliding minute)`,
  );
  const sandbox = await SyncSandbox.start(children, env, {
    port: sandboxPort,
    redirectUri: `${gatewayUrl}${CALLBACK_PATH}`,
    limitPerMinute: settings.limitPerMinute,
    latencyMs: settings.latencyMs,
  });
  step('sync pipeline: starting identity, creators and the gateway');
  const base = await startTally(children, env);
  const workerEnv = {
    ...env,
    TIKTOK_RATE_LIMIT_PER_MINUTE: String(settings.limitPerMinute),
    SYNC_SCHEDULER_ENABLED: 'false',
  };
  const pg = (await import('pg')).default;
  const db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
  const { Queue } = await import('bullmq');
  const { Redis } = await import('ioredis');
  const connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('creator-sync', { connection, prefix: `${env.REDIS_KEY_PREFIX}bull` });
  const context = {
    children,
    base,
    sandbox,
    queue,
    db,
    workerEnv,
    settings,
    runId,
    freePort,
    step,
  };
  const rounds = [];
  try {
    for (const [index, workers] of settings.workerCounts.entries()) {
      if (index > 0) {
        step(`sync pipeline: letting the minute windows drain (${WINDOW_DRAIN_MS / 1000} s)`);
        await children.guard(sleep(WINDOW_DRAIN_MS));
      }
      step(
        `sync pipeline: ${workers} worker${workers === 1 ? '' : 's'} × ${settings.concurrencyPerWorker} jobs, ` +
          `connecting ${settings.creators} creators of ${settings.videosPerCreator} videos`,
      );
      rounds.push(await measureRound(context, { workers, index }));
    }
  } finally {
    await queue.close();
    await connection.quit();
    await db.end();
  }
  return { settings, rounds };
}

const check = (round, what, value, target, pass) => ({
  name: `sync pipeline, ${round.workers} worker(s): ${what}`,
  value,
  unit: '',
  target,
  pass,
});

export function judgeSync(sync) {
  return sync.rounds.flatMap((round) => [
    check(round, '429s at TikTok', round.rateLimitedTotal, '0', round.rateLimitedTotal === 0),
    check(
      round,
      'share of the video list budget used after the first minute',
      round.videoList.budgetShare,
      '>= 0.9',
      round.budgetSpan.afterFirstMinute && round.videoList.budgetShare >= 0.9,
    ),
    check(round, 'duplicate videos', round.videos.duplicates, '0', round.videos.duplicates === 0),
    check(
      round,
      'missing videos',
      round.videos.missing,
      '0',
      round.videos.missing === 0 && !round.timedOut,
    ),
  ]);
}

const percent = (share) => `${(share * 100).toFixed(1)}%`;

function roundLines(round) {
  const { connect, videos } = round;
  const failures = Object.entries(connect.failures)
    .map(([status, count]) => `${count}× ${status}`)
    .join(', ');
  const throttled = Object.entries(round.rateLimited)
    .map(([endpoint, count]) => `${endpoint} ${count}`)
    .join(', ');
  const span = round.budgetSpan.afterFirstMinute
    ? `after the first minute (${round.budgetSpan.seconds} s)`
    : `over the whole round (${round.budgetSpan.seconds} s; it ended too soon after the first minute, not judged)`;
  return [
    `    ${round.workers} worker(s): ${round.creatorsPerMinute} creators/min, backlog done in ${round.elapsedS} s` +
      `${round.timedOut ? ' (TIMED OUT)' : ''}; failed jobs ${round.failedJobs}` +
      (round.killed
        ? `; ${round.killed.name} SIGKILLed at ${round.killed.atS} s (${round.killed.finished} syncs done)`
        : ''),
    `      connect: ${connect.connected} connected in ${connect.seconds} s through the API` +
      (failures ? `; failed: ${failures}` : ''),
    `      budget use ${span}: video list ${percent(round.videoList.budgetShare)} ` +
      `(${round.videoList.ok} ok), user info ${percent(round.userInfo.budgetShare)} (${round.userInfo.ok} ok)`,
    `      429s: ${round.rateLimitedTotal} (${throttled})`,
    `      videos: ${videos.creators} creators checked; duplicates ${videos.duplicates} (${videos.creatorsWithDuplicates} creators), ` +
      `missing ${videos.missing} (${videos.creatorsMissingVideos} creators), unexpected ${videos.unexpected}`,
  ];
}

export function formatSyncReport(sync) {
  const { settings } = sync;
  const lines = [
    `[sync pipeline] ${settings.creators} creators × ${settings.videosPerCreator} videos connected through the API within ~${settings.connectWithinMs / 1000} s; ` +
      `sandbox ${settings.latencyMs} ms per answer, ${settings.limitPerMinute} calls/min per endpoint (sliding minute); ` +
      `${settings.concurrencyPerWorker} jobs per worker; one worker SIGKILLed halfway with 2 or more`,
    '    budget use: successful calls of an endpoint / (limit × minutes), from the one-minute mark to the end of the backlog; video list is the binding endpoint',
    '    creators/min: connected creators / minutes from the first connect to the last sync',
  ];
  for (const round of sync.rounds) lines.push(...roundLines(round));
  return lines.join('\n');
}

export function formatSyncChecks(checks) {
  return checks
    .map(
      (each) =>
        `    ${each.pass ? 'PASS' : 'MISS'}  ${each.name}: ${each.value} (target ${each.target})`,
    )
    .join('\n');
}
