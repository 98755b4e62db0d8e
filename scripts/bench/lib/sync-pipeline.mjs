// The sync pipeline benchmark, as an operator would try it: the TikTok
// sandbox answering after 100 ms and allowing 600 calls per minute per
// endpoint over a sliding minute; 450 creators of 57 videos connected within
// about 10 seconds through the public connect flow (so that the creators
// service's own TikTok calls count against the same limits), their first
// syncs done by 1, 2 and 4 sync-worker processes, one of them SIGKILLed
// halfway when there are 2 or more. Reports creators per minute, the share of
// the video list budget used after the first minute, the sandbox's 429s per
// endpoint, and duplicate and missing videos per creator. Then the mixed
// round (sync-mixed-round.mjs): TikTok, Instagram and YouTube creators
// together, each platform bounded by its own limit.
import { join } from 'node:path';
import { ROOT } from '../../lib/env.mjs';
import { sleep } from '../../lib/exec.mjs';
import { CONNECT_PATHS } from './sync-connect.mjs';
import { formatMixedReport, judgeMixed } from './sync-mixed-report.mjs';
import { measureMixedRound } from './sync-mixed-round.mjs';
import { measureRound } from './sync-round.mjs';
import { SyncSandbox } from './sync-sandbox.mjs';
import { startTally } from './tally.mjs';

const lib = (path) => import(join(ROOT, path));

const knob = (name, fallback) => Number(process.env[name] ?? fallback);
/** `BENCH_SYNC_WORKERS=none` skips the TikTok-only rounds (for work on the mixed round). */
const workerCounts = (value) =>
  value === 'none' || value === '' ? [] : value.split(',').map(Number);

export const SYNC_SETTINGS = {
  creators: knob('BENCH_SYNC_CREATORS', 450),
  videosPerCreator: knob('BENCH_SYNC_VIDEOS', 57),
  workerCounts: workerCounts(process.env.BENCH_SYNC_WORKERS ?? '1,2,4'),
  latencyMs: 100,
  limitPerMinute: 600,
  concurrencyPerWorker: 10,
  connectWithinMs: 10_000,
  /** A round that has not finished by then is reported as timed out. */
  roundTimeoutMs: 10 * 60_000,
  /** The mixed round (`BENCH_SYNC_MIXED=off` skips it). */
  mixed: {
    enabled: process.env.BENCH_SYNC_MIXED !== 'off',
    workers: knob('BENCH_SYNC_MIXED_WORKERS', 2),
    creators: {
      TIKTOK: knob('BENCH_SYNC_MIXED_TIKTOK', 300),
      INSTAGRAM: knob('BENCH_SYNC_MIXED_INSTAGRAM', 60),
      YOUTUBE: knob('BENCH_SYNC_MIXED_YOUTUBE', 30),
    },
    /** Videos (Instagram: media) per creator. */
    videos: { TIKTOK: 57, INSTAGRAM: 15, YOUTUBE: 57 },
    /**
     * Instagram's per-creator budget, at the sandbox and on the workers: a
     * creator's connect and first sync (18 budgeted Graph calls: the profile
     * twice, a page of 15 media and their insights) take close to half of it, all the burst
     * the workers allow at once.
     */
    instagramCallsPerHour: knob('BENCH_SYNC_INSTAGRAM_CALLS_PER_HOUR', 40),
    /**
     * YouTube's daily quota, at the sandbox and on the workers: the connects
     * and first syncs (7 units per creator of 57 videos) fit, the scheduled
     * full syncs queued after them (5 more each) do not.
     */
    youtubeUnitsPerDay: knob('BENCH_SYNC_YOUTUBE_UNITS_PER_DAY', 300),
    youtubeReserveUnits: knob('BENCH_SYNC_YOUTUBE_RESERVE_UNITS', 60),
  },
};

/** The sandbox's window is a sliding minute: after this long, a round starts with the whole budget. */
const WINDOW_DRAIN_MS = 61_000;

/** The TIKTOK_*, INSTAGRAM_*, GOOGLE_* and YOUTUBE_* settings that point the creators service and the workers at this sandbox only. */
async function sandboxEnv(env, sandboxUrl, mixed) {
  const tiktok = await lib('libs/tiktok/dist/index.js');
  return {
    PLATFORM_SANDBOX_URL: sandboxUrl,
    PLATFORM_SANDBOX_PUBLIC_URL: '',
    INSTAGRAM_APP_ID: '',
    INSTAGRAM_APP_SECRET: '',
    INSTAGRAM_AUTH_BASE_URL: '',
    INSTAGRAM_API_BASE_URL: '',
    INSTAGRAM_GRAPH_BASE_URL: '',
    INSTAGRAM_CALLS_PER_USER_PER_HOUR: String(mixed.instagramCallsPerHour),
    GOOGLE_CLIENT_ID: '',
    GOOGLE_CLIENT_SECRET: '',
    GOOGLE_AUTH_BASE_URL: '',
    GOOGLE_TOKEN_BASE_URL: '',
    YOUTUBE_API_BASE_URL: '',
    YOUTUBE_API_KEY: '',
    YOUTUBE_QUOTA_UNITS_PER_DAY: String(mixed.youtubeUnitsPerDay),
    YOUTUBE_QUOTA_RESERVE_UNITS: String(mixed.youtubeReserveUnits),
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
  const platformEnv = await sandboxEnv(appEnv, `http://127.0.0.1:${sandboxPort}`, settings.mixed);
  const env = { ...appEnv, ...platformEnv, PUBLIC_BASE_URL: gatewayUrl };
  step(
    `sync pipeline: platform sandbox at ${settings.latencyMs} ms; TikTok ${settings.limitPerMinute} calls/min per endpoint (sliding minute), ` +
      `Instagram ${settings.mixed.instagramCallsPerHour} calls per user and hour, YouTube ${settings.mixed.youtubeUnitsPerDay} units a day`,
  );
  const sandbox = await SyncSandbox.start(children, env, {
    port: sandboxPort,
    redirectUris: Object.fromEntries(
      Object.entries(CONNECT_PATHS).map(([platform, path]) => [
        platform,
        `${gatewayUrl}${path}/callback`,
      ]),
    ),
    limitPerMinute: settings.limitPerMinute,
    latencyMs: settings.latencyMs,
    instagramCallsPerHour: settings.mixed.instagramCallsPerHour,
    youtubeDailyQuota: settings.mixed.youtubeUnitsPerDay,
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
  let mixed = null;
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
    if (settings.mixed.enabled) {
      if (rounds.length > 0) {
        step(`sync pipeline: letting the minute windows drain (${WINDOW_DRAIN_MS / 1000} s)`);
        await children.guard(sleep(WINDOW_DRAIN_MS));
      }
      const { creators } = settings.mixed;
      step(
        `sync pipeline, mixed: ${settings.mixed.workers} workers × ${settings.concurrencyPerWorker} jobs, connecting ` +
          `${creators.TIKTOK} TikTok, ${creators.INSTAGRAM} Instagram and ${creators.YOUTUBE} YouTube creators`,
      );
      mixed = await measureMixedRound(context);
    }
  } finally {
    await queue.close();
    await connection.quit();
    await db.end();
  }
  return { settings, rounds, mixed };
}

const check = (round, what, value, target, pass) => ({
  name: `sync pipeline, ${round.workers} worker(s): ${what}`,
  value,
  unit: '',
  target,
  pass,
});

export function judgeSync(sync) {
  const mixed = sync.mixed ? judgeMixed(sync.mixed) : [];
  return sync.rounds
    .flatMap((round) => [
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
    ])
    .concat(mixed);
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
  if (sync.rounds.length === 0)
    lines.push('    (TikTok-only rounds skipped: BENCH_SYNC_WORKERS=none)');
  if (sync.mixed) lines.push('', formatMixedReport(sync.mixed, settings, sync.rounds));
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
