// The platform sandbox of the sync benchmark: a child process with the
// benchmark's upstream settings (TikTok's per-minute limit, Instagram's
// per-user hourly budget, YouTube's daily quota), and the admin routes the
// benchmark reads (creators, their videos, the calls each endpoint answered,
// the YouTube quota spent).
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
   * Starts apps/platform-sandbox/dist with the given limits and latency, sending
   * creators back only to the gateway's callback of each platform (`redirectUris`).
   */
  static async start(
    children,
    env,
    { port, redirectUris, limitPerMinute, latencyMs, instagramCallsPerHour, youtubeDailyQuota },
  ) {
    const url = `http://127.0.0.1:${port}`;
    children.start('platform-sandbox', process.execPath, ['apps/platform-sandbox/dist/main.js'], {
      cwd: ROOT,
      env: {
        ...env,
        TIKTOK_SANDBOX_PORT: String(port),
        TIKTOK_SANDBOX_HOST: '127.0.0.1',
        TIKTOK_SANDBOX_REDIRECT_URIS: redirectUris.TIKTOK,
        TIKTOK_SANDBOX_RATE_LIMIT_PER_MINUTE: String(limitPerMinute),
        TIKTOK_SANDBOX_LATENCY_MS: String(latencyMs),
        INSTAGRAM_SANDBOX_REDIRECT_URIS: redirectUris.INSTAGRAM,
        INSTAGRAM_SANDBOX_CALLS_PER_USER_PER_HOUR: String(instagramCallsPerHour),
        GOOGLE_SANDBOX_REDIRECT_URIS: redirectUris.YOUTUBE,
        YOUTUBE_SANDBOX_DAILY_QUOTA: String(youtubeDailyQuota),
      },
    });
    await waitFor200(children, `${url}/health/ready`, 30000);
    return new SyncSandbox(url);
  }

  /** Users of `platform` (TIKTOK, INSTAGRAM, YOUTUBE) who can sign in, `videos` public videos (or media) each. */
  async addCreators(usernames, videos, platform = 'TIKTOK') {
    await inBatches(usernames, 20, (username) =>
      json(new URL('/sandbox/creators', this.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ platform: platform.toLowerCase(), username, videos }),
      }),
    );
  }

  /** The ids of a creator's public videos (or media) on `platform`: what a sync must store. */
  async videoIds(username, platform = 'TIKTOK') {
    const url = new URL(`/sandbox/creators/${encodeURIComponent(username)}/videos`, this.url);
    url.searchParams.set('platform', platform.toLowerCase());
    const { video_ids: ids } = await json(url);
    return ids;
  }

  /** The YouTube units the sandbox counted today: `{ day, used, limit, resetsAt }`. */
  youtubeQuota() {
    return json(new URL('/sandbox/quota/youtube', this.url));
  }

  /** Calls per endpoint so far, with their statuses: `{ [endpoint]: { calls, byStatus } }`. */
  async stats() {
    const { endpoints } = await json(new URL('/sandbox/stats', this.url));
    return endpoints;
  }
}

/** What one endpoint answered between two `stats()` readings; `refused`: 403s (Instagram's user limit, YouTube's quotaExceeded). */
export function callsBetween(before, after, endpoint) {
  const status = (stats, code) => stats?.[endpoint]?.byStatus?.[code] ?? 0;
  const total = (stats) => stats?.[endpoint]?.calls ?? 0;
  const since = (code) => status(after, code) - status(before, code);
  return {
    calls: total(after) - total(before),
    ok: since('200'),
    rateLimited: since('429'),
    refused: since('403'),
  };
}

/** The sum of callsBetween over every endpoint whose name starts with `prefix` (`/instagram-graph/`). */
export function callsUnder(before, after, prefix) {
  const sum = { calls: 0, ok: 0, rateLimited: 0, refused: 0, byEndpoint: {} };
  for (const endpoint of Object.keys(after ?? {}).filter((name) => name.startsWith(prefix))) {
    const calls = callsBetween(before, after, endpoint);
    if (calls.calls === 0) continue;
    sum.byEndpoint[endpoint] = calls;
    for (const key of ['calls', 'ok', 'rateLimited', 'refused']) sum[key] += calls[key];
  }
  return sum;
}

/** 429s per TikTok endpoint between two readings, every one listed (0 included). */
export function rateLimitedBetween(before, after) {
  const endpoints = new Set([
    ...Object.values(TIKTOK_ENDPOINTS),
    ...Object.keys(after ?? {}).filter((name) => name.startsWith('/v2/')),
  ]);
  return Object.fromEntries(
    [...endpoints].map((endpoint) => [endpoint, callsBetween(before, after, endpoint).rateLimited]),
  );
}
