// The sync pipeline benchmark: the TikTok sandbox answering after 100 ms and
// limiting each endpoint to 600 calls per minute, 200 creators of 60 videos
// each, synced by 1, 2 and 4 sync-worker processes (apps/sync-worker/dist).
// Reports creators synced per minute, the sandbox's 429s, and the share of the
// upstream budget the workers used while the backlog lasted.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ROOT } from '../../lib/env.mjs';
import { sleep } from '../../lib/exec.mjs';
import { waitFor200 } from './tally.mjs';

const lib = (path) => import(join(ROOT, path));

export const SYNC_SETTINGS = {
  creators: Number(process.env.BENCH_SYNC_CREATORS ?? 200),
  videosPerCreator: 60,
  workerCounts: (process.env.BENCH_SYNC_WORKERS ?? '1,2,4').split(',').map(Number),
  latencyMs: 100,
  limitPerMinute: 600,
  concurrencyPerWorker: 10,
};

const VIDEO_LIST = '/v2/video/list/';
const USER_INFO = '/v2/user/info/';
const REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/connect/tiktok/callback';
const SCOPES = 'user.info.basic,user.info.profile,user.info.stats,video.list';

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function inBatches(items, limit, work) {
  const results = [];
  for (let start = 0; start < items.length; start += limit) {
    results.push(...(await Promise.all(items.slice(start, start + limit).map(work))));
  }
  return results;
}

/** Tokens for a sandbox creator, as the connect flow would get them (without a browser). */
async function tokensOf(sandboxUrl, clientKey, clientSecret, username) {
  const authorize = new URL('/v2/auth/authorize/', sandboxUrl);
  for (const [name, value] of Object.entries({
    client_key: clientKey,
    scope: SCOPES,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    state: 'bench',
    sandbox_user: username,
    sandbox_decision: 'approve',
  })) {
    authorize.searchParams.set(name, value);
  }
  const consent = await fetch(authorize, { redirect: 'manual' });
  const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code');
  if (!code) throw new Error(`the sandbox gave no code for ${username}`);
  const token = await json(new URL('/v2/oauth/token/', sandboxUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_key: clientKey,
      client_secret: clientSecret,
      code,
      grant_type: 'authorization_code',
      redirect_uri: REDIRECT_URI,
    }),
  });
  if (token.error) throw new Error(`the sandbox refused the code of ${username}: ${token.error}`);
  const now = Date.now();
  return {
    openId: token.open_id,
    scopes: token.scope.split(','),
    accessToken: token.access_token,
    accessTokenExpiresAt: new Date(now + token.expires_in * 1000),
    refreshToken: token.refresh_token,
    refreshTokenExpiresAt: new Date(now + token.refresh_expires_in * 1000),
    tokenType: 'Bearer',
  };
}

/** 200 sandbox creators connected to one account, stored with sealed tokens as the connect flow does. */
async function connectCreators(env, sandboxUrl, settings) {
  const data = await lib('libs/creators-data/dist/index.js');
  const { DataSource } = await import('typeorm');
  const db = new DataSource(data.creatorsDatabaseOptions(env.DATABASE_URL, 4, 'tally-bench'));
  await db.initialize();
  const cipher = new data.TokenCipher(
    data.tokenKeyringFrom(
      {
        TOKEN_ENCRYPTION_KEY: env.TOKEN_ENCRYPTION_KEY,
        TOKEN_ENCRYPTION_PREVIOUS_KEYS: env.TOKEN_ENCRYPTION_PREVIOUS_KEYS ?? '',
      },
      env.NODE_ENV,
    ),
  );
  const connections = new data.CreatorConnections(
    db,
    new data.CreatorsRepository(db),
    new data.PlatformTokensRepository(db, cipher),
  );
  const accountId = randomUUID();
  const run = randomUUID().slice(0, 8);
  const usernames = Array.from(
    { length: settings.creators },
    (_, index) => `bench.${run}.${index}`,
  );
  await inBatches(usernames, 20, (username) =>
    json(new URL('/sandbox/creators', sandboxUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, videos: settings.videosPerCreator }),
    }),
  );
  const ids = await inBatches(usernames, 20, async (username) => {
    const tokens = await tokensOf(
      sandboxUrl,
      env.TIKTOK_SANDBOX_CLIENT_KEY,
      env.TIKTOK_SANDBOX_CLIENT_SECRET,
      username,
    );
    const { id } = await connections.store(
      {
        accountId,
        platform: 'TIKTOK',
        externalUserId: null,
        profile: { ...data.UNREAD_PROFILE, username },
      },
      tokens,
    );
    return id;
  });
  return { db, accountId, ids };
}

async function endpointCalls(sandboxUrl) {
  const { endpoints } = await json(new URL('/sandbox/stats', sandboxUrl));
  return endpoints;
}

function callsBetween(before, after, endpoint) {
  const status = (stats, code) => stats?.[endpoint]?.byStatus?.[code] ?? 0;
  const total = (stats) => stats?.[endpoint]?.calls ?? 0;
  return {
    calls: total(after) - total(before),
    ok: status(after, '200') - status(before, '200'),
    rateLimited: status(after, '429') - status(before, '429'),
  };
}

/**
 * One round: N workers, the whole backlog queued at once; ends when every job
 * has completed. The sandbox's minute windows are left to drain first, so that
 * a round starts with the whole budget.
 */
async function measureRound(children, context, workers) {
  const { env, sandboxUrl, queue, ids, accountId, db, settings } = context;
  await db.query('DELETE FROM creators.videos WHERE creator_id = ANY($1::uuid[])', [ids]);
  const started = [];
  for (let index = 0; index < workers; index += 1) {
    const name = `sync-worker-${workers}.${index + 1}`;
    const port = String(await context.freePort());
    children.start(name, process.execPath, ['apps/sync-worker/dist/main.js'], {
      cwd: ROOT,
      env: {
        ...env,
        SYNC_WORKER_HEALTH_PORT: port,
        SYNC_CONCURRENCY: String(settings.concurrencyPerWorker),
      },
    });
    started.push(name);
    await waitFor200(children, `http://127.0.0.1:${port}/health/ready`, 60000);
  }
  const before = await endpointCalls(sandboxUrl);
  const startedAt = Date.now();
  await queue.addBulk(
    ids.map((creatorId) => ({
      name: 'sync-creator',
      data: { creatorId, accountId, trigger: 'scheduled', full: true },
      opts: {
        deduplication: { id: creatorId },
        attempts: 5,
        backoff: { type: 'exponential', delay: 2000 },
      },
    })),
  );
  for (;;) {
    const counts = await queue.getJobCounts('completed', 'failed');
    if (counts.completed + counts.failed >= ids.length) break;
    await children.guard(sleep(250));
  }
  const elapsedS = (Date.now() - startedAt) / 1000;
  const after = await endpointCalls(sandboxUrl);
  const failed = await queue.getJobCounts('failed');
  await Promise.all(started.map((name) => children.stopOne(name)));
  await queue.obliterate({ force: true });
  const list = callsBetween(before, after, VIDEO_LIST);
  const info = callsBetween(before, after, USER_INFO);
  const budget = (settings.limitPerMinute * elapsedS) / 60;
  return {
    workers,
    elapsedS: Number(elapsedS.toFixed(1)),
    creatorsPerMinute: Number(((ids.length / elapsedS) * 60).toFixed(1)),
    failedJobs: failed.failed,
    rateLimited: list.rateLimited + info.rateLimited,
    videoList: { ...list, budgetShare: Number((list.ok / budget).toFixed(3)) },
    userInfo: { ...info, budgetShare: Number((info.ok / budget).toFixed(3)) },
  };
}

/** Starts the sandbox, connects the creators, runs every round; stops what it started. */
export async function measureSyncPipeline({ children, env: baseEnv, freePort, step }) {
  const settings = SYNC_SETTINGS;
  const tiktok = await lib('libs/tiktok/dist/index.js');
  const env = {
    ...baseEnv,
    TIKTOK_SANDBOX_CLIENT_KEY: baseEnv.TIKTOK_SANDBOX_CLIENT_KEY || tiktok.SANDBOX_DEV_CLIENT_KEY,
    TIKTOK_SANDBOX_CLIENT_SECRET:
      baseEnv.TIKTOK_SANDBOX_CLIENT_SECRET || tiktok.SANDBOX_DEV_CLIENT_SECRET,
  };
  const sandboxPort = String(await freePort());
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  children.start('tiktok-sandbox', process.execPath, ['apps/tiktok-sandbox/dist/main.js'], {
    cwd: ROOT,
    env: {
      ...env,
      TIKTOK_SANDBOX_PORT: sandboxPort,
      TIKTOK_SANDBOX_HOST: '127.0.0.1',
      TIKTOK_SANDBOX_RATE_LIMIT_PER_MINUTE: String(settings.limitPerMinute),
      TIKTOK_SANDBOX_LATENCY_MS: '0',
    },
  });
  await waitFor200(children, `${sandboxUrl}/health/ready`, 30000);
  const workerEnv = {
    ...env,
    TIKTOK_SANDBOX_URL: sandboxUrl,
    TIKTOK_RATE_LIMIT_PER_MINUTE: String(settings.limitPerMinute),
    SYNC_SCHEDULER_ENABLED: 'false',
  };
  step(
    `sync pipeline: connecting ${settings.creators} sandbox creators of ${settings.videosPerCreator} videos`,
  );
  const { db, accountId, ids } = await children.guard(
    connectCreators(workerEnv, sandboxUrl, settings),
  );
  await json(new URL('/sandbox/settings', sandboxUrl), {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ latencyMs: settings.latencyMs }),
  });
  const { Queue } = await import('bullmq');
  const { Redis } = await import('ioredis');
  const connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('creator-sync', { connection, prefix: `${env.REDIS_KEY_PREFIX}bull` });
  const context = { env: workerEnv, sandboxUrl, queue, ids, accountId, db, settings, freePort };
  const rounds = [];
  try {
    for (const [index, workers] of settings.workerCounts.entries()) {
      if (index > 0) {
        step('sync pipeline: letting the minute windows drain (61 s)');
        await children.guard(sleep(61_000));
      }
      step(
        `sync pipeline: ${workers} worker${workers === 1 ? '' : 's'} × ${settings.concurrencyPerWorker} jobs`,
      );
      rounds.push(await measureRound(children, context, workers));
    }
  } finally {
    await queue.close();
    await connection.quit();
    await db.destroy();
  }
  return { settings, rounds };
}

export function judgeSync(sync) {
  return sync.rounds.flatMap((round) => [
    {
      name: `sync pipeline, ${round.workers} worker(s): 429s at TikTok`,
      value: round.rateLimited,
      unit: '',
      target: '0',
      pass: round.rateLimited === 0,
    },
    {
      name: `sync pipeline, ${round.workers} worker(s): share of the video list budget used`,
      value: round.videoList.budgetShare,
      unit: '',
      target: '>= 0.9',
      pass: round.videoList.budgetShare >= 0.9,
    },
  ]);
}

export function formatSyncReport(sync) {
  const { settings } = sync;
  const lines = [
    `[sync pipeline] ${settings.creators} creators × ${settings.videosPerCreator} videos, sandbox ${settings.latencyMs} ms per answer, ` +
      `${settings.limitPerMinute} calls/min per endpoint; ${settings.concurrencyPerWorker} jobs per worker; full syncs queued at once`,
    '    budget share: successful calls of an endpoint / (limit × minutes the backlog lasted); video list is the bottleneck',
  ];
  for (const round of sync.rounds) {
    lines.push(
      `    ${String(round.workers).padStart(2)} worker(s)  ${String(round.creatorsPerMinute).padStart(6)} creators/min  ` +
        `${round.elapsedS} s  429s ${round.rateLimited}  failed jobs ${round.failedJobs}  ` +
        `video list ${round.videoList.ok} ok (${(round.videoList.budgetShare * 100).toFixed(1)}% of budget)  ` +
        `user info ${round.userInfo.ok} ok (${(round.userInfo.budgetShare * 100).toFixed(1)}%)`,
    );
  }
  return lines.join('\n');
}
