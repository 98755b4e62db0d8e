import { PlatformError, type PlatformProfile, type PlatformTokens } from '@tally/platform-kit';
import { InstagramClient, type InstagramClientOptions } from '../../src/client/instagram-client.js';
import { type ScriptedStep, scriptedFetch } from '@tally/testing';

export const NOW = Date.parse('2026-11-24T12:00:00Z');
export const APP_ID = '1234567890123456';
export const APP_SECRET = 'app-secret-abc123';
export const LONG_LIVED_TOKEN = 'IGAAlonglivedtoken123';
export const USER_ID = '17841400000000001';

/** An InstagramClient whose fetch plays `steps`, at a fixed time. */
export function clientWith(...steps: ScriptedStep[]) {
  return clientWithOptions({}, ...steps);
}

export function clientWithOptions(
  options: Partial<InstagramClientOptions>,
  ...steps: ScriptedStep[]
) {
  const script = scriptedFetch(...steps);
  const client = new InstagramClient({
    appId: APP_ID,
    appSecret: APP_SECRET,
    authBaseUrl: 'https://www.instagram.com',
    apiBaseUrl: 'https://api.instagram.com',
    graphBaseUrl: 'https://graph.instagram.com',
    timeoutMs: 200,
    fetch: script.fetch,
    now: () => NOW,
    ...options,
  });
  return { client, sent: script.sent };
}

/** A creator's stored grant, with the scopes given. */
export function tokensWith(scopes: string[] = ['instagram_business_basic']): PlatformTokens {
  return {
    externalUserId: USER_ID,
    scopes,
    accessToken: LONG_LIVED_TOKEN,
    accessTokenExpiresAt: new Date(NOW + 30 * 24 * 3600 * 1000),
    refreshToken: null,
    refreshTokenExpiresAt: null,
    tokenType: 'bearer',
  };
}

/** mediaPage does not read the profile; any one will do. */
export const ANY_PROFILE: PlatformProfile = {
  externalUserId: USER_ID,
  username: 'creator',
  displayName: null,
  avatarUrl: null,
  bio: null,
  verified: false,
  profileUrl: null,
  followers: null,
  following: null,
  likes: null,
  videoCount: null,
  totalViews: null,
  platformData: {},
};

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
