import { PlatformError, type PlatformTokens } from '@tally/platform-kit';
import { YouTubeClient, type YouTubeClientOptions } from '../../src/client/youtube-client.js';
import { type ScriptedStep, scriptedFetch } from '@tally/testing';

/** 19:38 Pacific Standard Time on December 6th: 4 h 22 min before the quota resets. */
export const NOW = Date.parse('2026-12-07T03:38:00Z');
export const SECONDS_TO_QUOTA_RESET = (4 * 60 + 22) * 60;
export const CLIENT_ID = '123-abc.apps.googleusercontent.com';
export const CLIENT_SECRET = 'GOCSPX-client-secret-456';
export const API_KEY = 'AIzaSy-server-key-789';

/** A YouTubeClient whose fetch plays `steps`, at a fixed time. */
export function clientWith(...steps: ScriptedStep[]) {
  return clientWithOptions({}, ...steps);
}

export function clientWithOptions(
  options: Partial<YouTubeClientOptions>,
  ...steps: ScriptedStep[]
) {
  const script = scriptedFetch(...steps);
  const client = new YouTubeClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    authBaseUrl: 'https://accounts.google.com',
    tokenBaseUrl: 'https://oauth2.googleapis.com',
    apiBaseUrl: 'https://www.googleapis.com',
    apiKey: API_KEY,
    timeoutMs: 200,
    fetch: script.fetch,
    now: () => NOW,
    ...options,
  });
  return { client, sent: script.sent };
}

/** A connected creator's grant, as the store would hand it back. */
export function storedTokens(overrides: Partial<PlatformTokens> = {}): PlatformTokens {
  return {
    externalUserId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
    scopes: ['https://www.googleapis.com/auth/youtube.readonly'],
    accessToken: 'ya29.stored-access-token',
    accessTokenExpiresAt: new Date(NOW + 1000),
    refreshToken: '1//stored-refresh-token',
    refreshTokenExpiresAt: null,
    tokenType: 'Bearer',
    ...overrides,
  };
}

/** The PlatformError a call fails with; fails the test when it succeeds or throws anything else. */
export async function failureOf(call: Promise<unknown>): Promise<PlatformError> {
  const outcome = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome))
    throw new Error(`expected a PlatformError, got ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof PlatformError)) throw outcome.error;
  return outcome.error;
}
