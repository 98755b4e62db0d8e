// Connecting creators as a customer's users would: the customer's server
// starts the flow with its API key, the creator approves on the platform (the
// sandbox's test-only consent shortcut, no browser: TikTok's, Instagram's or
// Google's page), and the platform sends the browser back to the gateway's
// callback, which exchanges the code (with PKCE for Google, which the creators
// service handles), reads the profile and queues the creator's first sync.
import { sleep } from '../../lib/exec.mjs';

/** Where the gateway starts each platform's flow; its callback is `<path>/callback`. */
export const CONNECT_PATHS = {
  TIKTOK: '/api/v1/connect/tiktok',
  INSTAGRAM: '/api/v1/connect/instagram',
  YOUTUBE: '/api/v1/connect/youtube',
};

/** Starts a flow without a redirectUrl: the callback answers its own page (200). */
async function startConnect(base, apiKey, platform) {
  const path = CONNECT_PATHS[platform];
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: '{}',
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${text}`);
  return JSON.parse(text).data.authUrl;
}

/** The creator approves on the sandbox's consent page; returns where the platform sends the browser. */
async function approveOnPlatform(authUrl, username) {
  const url = new URL(authUrl);
  url.searchParams.set('sandbox_user', username);
  url.searchParams.set('sandbox_decision', 'approve');
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location)
    throw new Error(`the sandbox did not send ${username} back: ${response.status}`);
  return location;
}

/** One creator through the whole flow; `{ ok, status }` of the gateway's callback. */
async function connectOne(base, apiKey, { platform, username }) {
  try {
    const authUrl = await startConnect(base, apiKey, platform);
    const callbackUrl = await approveOnPlatform(authUrl, username);
    const callback = await fetch(callbackUrl, { redirect: 'manual' });
    await callback.arrayBuffer();
    return { ok: callback.status === 200, status: String(callback.status) };
  } catch (error) {
    return { ok: false, status: error instanceof Error ? error.message.slice(0, 120) : 'error' };
  }
}

/**
 * Connects every creator (`{ platform, username }`, or a TikTok username),
 * the starts spread evenly over `withinMs` (creators arriving, not a burst),
 * at most `lanes` flows in flight. Returns how many connected, the failures
 * by callback status, and how long it took; with `byPlatform`, the same per
 * platform.
 */
export async function connectCreators(base, apiKey, creators, { withinMs, lanes = 64 }) {
  const usernames = creators.map((creator) =>
    typeof creator === 'string' ? { platform: 'TIKTOK', username: creator } : creator,
  );
  const startedAt = Date.now();
  const spacingMs = usernames.length > 1 ? withinMs / (usernames.length - 1) : 0;
  const outcomes = new Array(usernames.length);
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < usernames.length; index = next++) {
      const wait = startedAt + index * spacingMs - Date.now();
      if (wait > 0) await sleep(wait);
      outcomes[index] = await connectOne(base, apiKey, usernames[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, usernames.length) }, lane));
  const seconds = Number(((Date.now() - startedAt) / 1000).toFixed(1));
  const byPlatform = {};
  for (const platform of new Set(usernames.map((creator) => creator.platform))) {
    const mine = outcomes.filter((_, index) => usernames[index].platform === platform);
    byPlatform[platform] = { ...tally(mine), seconds };
  }
  return { ...tally(outcomes), seconds, byPlatform };
}

/** How many connected, and the failures by callback status. */
function tally(outcomes) {
  const failures = {};
  for (const outcome of outcomes) {
    if (!outcome.ok) failures[outcome.status] = (failures[outcome.status] ?? 0) + 1;
  }
  return { connected: outcomes.filter((outcome) => outcome.ok).length, failures };
}
