import { TikTokClient } from '../../src/client/tiktok-client.js';
import { TikTokError } from '../../src/errors/tiktok-error.js';
import { type ScriptedStep, scriptedFetch } from '@tally/testing';

export const NOW = Date.parse('2026-11-24T12:00:00Z');
export const CLIENT_KEY = 'awclientkey123';
export const CLIENT_SECRET = 'client-secret-456';

/** A TikTokClient whose fetch plays `steps`, at a fixed time. */
export function clientWith(...steps: ScriptedStep[]) {
  const script = scriptedFetch(...steps);
  const client = new TikTokClient({
    authBaseUrl: 'https://www.tiktok.com',
    apiBaseUrl: 'https://open.tiktokapis.com',
    clientKey: CLIENT_KEY,
    clientSecret: CLIENT_SECRET,
    timeoutMs: 200,
    fetch: script.fetch,
    now: () => NOW,
  });
  return { client, sent: script.sent };
}

/** The TikTokError a call fails with; fails the test when it succeeds or throws anything else. */
export async function failureOf(call: Promise<unknown>): Promise<TikTokError> {
  const outcome = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome))
    throw new Error(`expected a TikTokError, got ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof TikTokError)) throw outcome.error;
  return outcome.error;
}
