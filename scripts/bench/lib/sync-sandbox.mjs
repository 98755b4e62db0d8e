// The TikTok sandbox of the sync benchmark: a child process with the
// benchmark's upstream settings, and the admin routes the benchmark reads
// (creators, their videos, the calls each endpoint answered).
import { ROOT } from '../../lib/env.mjs';
import { waitFor200 } from './tally.mjs';

/** The TikTok endpoints the sandbox counts, as /sandbox/stats names them. */
export const TIKTOK_ENDPOINTS = {
  token: '/v2/oauth/token/',
  revoke: '/v2/oauth/revoke/',
  userInfo: '/v2/user/info/',
  videoList: '/v2/video/list/',
};

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function inBatches(items, limit, work) {
  const results = [];
  for (let start = 0; start < items.length; start += limit) {
    results.push(...(await Promise.all(items.slice(start, start + limit).map(work))));
  }
  return results;
}

export class SyncSandbox {
  constructor(url) {
    this.url = url;
  }

  /**
   * Starts apps/platform-sandbox/dist with the given limit and latency, sending
   * creators back only to `redirectUri` (the gateway's callback).
   */
  static async start(children, env, { port, redirectUri, limitPerMinute, latencyMs }) {
    const url = `http://127.0.0.1:${port}`;
    children.start('platform-sandbox', process.execPath, ['apps/platform-sandbox/dist/main.js'], {
      cwd: ROOT,
      env: {
        ...env,
        TIKTOK_SANDBOX_PORT: String(port),
        TIKTOK_SANDBOX_HOST: '127.0.0.1',
        TIKTOK_SANDBOX_REDIRECT_URIS: redirectUri,
        TIKTOK_SANDBOX_RATE_LIMIT_PER_MINUTE: String(limitPerMinute),
        TIKTOK_SANDBOX_LATENCY_MS: String(latencyMs),
      },
    });
    await waitFor200(children, `${url}/health/ready`, 30000);
    return new SyncSandbox(url);
  }

  /** TikTok users who can sign in, `videos` public videos each. */
  async addCreators(usernames, videos) {
    await inBatches(usernames, 20, (username) =>
      json(new URL('/sandbox/creators', this.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, videos }),
      }),
    );
  }

  /** The ids of a creator's public videos: what a sync must store. */
  async videoIds(username) {
    const { video_ids: ids } = await json(
      new URL(`/sandbox/creators/${encodeURIComponent(username)}/videos`, this.url),
    );
    return ids;
  }

  /** Calls per endpoint so far, with their statuses: `{ [endpoint]: { calls, byStatus } }`. */
  async stats() {
    const { endpoints } = await json(new URL('/sandbox/stats', this.url));
    return endpoints;
  }
}

/** What one endpoint answered between two `stats()` readings. */
export function callsBetween(before, after, endpoint) {
  const status = (stats, code) => stats?.[endpoint]?.byStatus?.[code] ?? 0;
  const total = (stats) => stats?.[endpoint]?.calls ?? 0;
  return {
    calls: total(after) - total(before),
    ok: status(after, '200') - status(before, '200'),
    rateLimited: status(after, '429') - status(before, '429'),
  };
}

/** 429s per endpoint between two readings, every endpoint listed (0 included). */
export function rateLimitedBetween(before, after) {
  const endpoints = new Set([...Object.values(TIKTOK_ENDPOINTS), ...Object.keys(after ?? {})]);
  return Object.fromEntries(
    [...endpoints].map((endpoint) => [endpoint, callsBetween(before, after, endpoint).rateLimited]),
  );
}
