import { bearer, createKey, SignedIn, signUp } from '../accounts.js';
import type { Platform } from '../platform.js';
import type { Fixture } from './arbitraries.js';
import { randomLoopbackAddress, sendRaw } from './http-client.js';

export const ALLOWED_ORIGIN = 'https://shop.example';
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

async function dataOf<T>(response: Response, what: string): Promise<T> {
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${what} failed: ${response.status} ${text}`);
  return (JSON.parse(text) as { data: T }).data;
}

/** Session cookies of a user, signed in afresh (a fuzzed logout may have ended the previous session). */
export async function signIn(
  platform: Platform,
  user: SignedIn,
  localAddress: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const response = await sendRaw(
    platform.gatewayUrl,
    {
      method: 'POST',
      path: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    },
    { localAddress },
  );
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${response.text}`);
  const setCookie = response.headers['set-cookie'] ?? [];
  const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie])
    .map((line) => line.split(';')[0])
    .join('; ');
  const { csrfToken } = (JSON.parse(response.text) as { data: { csrfToken: string } }).data;
  return { cookie, csrfToken };
}

async function oauthClient(
  platform: Platform,
  key: string,
): Promise<{ id: string; clientId: string; clientSecret: string }> {
  return dataOf(
    await platform.send('POST', '/api/v1/oauth-clients', {
      headers: bearer(key),
      body: { name: 'fuzzing', roles: ['read-only'], environment: 'production' },
    }),
    'creating an OAuth client',
  );
}

async function accessToken(
  platform: Platform,
  client: { clientId: string; clientSecret: string },
): Promise<string> {
  const response = await fetch(`${platform.gatewayUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(
        `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`,
      ).toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`token request failed: ${response.status} ${text}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}

export interface FuzzSetup {
  fixture: Fixture;
  /** The user whose session the fuzzers use; sign in again with `signIn` to refresh it. */
  sessionUser: SignedIn;
  /** Where the test's own sign-ins come from (never the fuzzers' address, which gets locked out). */
  setupAddress: string;
}

/**
 * Two accounts and the credentials the fuzzers throw around: the owner's
 * full-access, read-only, development and publishable keys, a revoked key, an
 * OAuth access token, a dashboard session, another account's key, and keys
 * that the fuzzers may revoke or roll.
 */
export async function createFixture(platform: Platform, bodyLimit?: string): Promise<FuzzSetup> {
  const owner = await signUp(platform);
  const other = await signUp(platform);
  const sessionUser = await signUp(platform);
  const setupAddress = randomLoopbackAddress();

  const full = (await createKey(platform, owner, { name: 'fuzz full' })).key;
  const readOnly = (await createKey(platform, owner, { roles: ['read-only'] })).key;
  const development = (
    await createKey(platform, owner, { environment: 'development', roles: ['read-only'] })
  ).key;
  const publishable = (
    await createKey(platform, owner, {
      type: 'publishable',
      roles: ['read-only'],
      allowedOrigins: [ALLOWED_ORIGIN],
    })
  ).key;
  const revoked = await createKey(platform, owner, { roles: ['read-only'] });
  await dataOf(
    await platform.send('DELETE', `/api/v1/keys/${revoked.id}`, { headers: bearer(full) }),
    'revoking a key',
  );
  const sacrificialKeys: string[] = [];
  for (let index = 0; index < 3; index += 1)
    sacrificialKeys.push((await createKey(platform, owner, { name: `victim ${index}` })).id);
  const otherAccount = await createKey(platform, other);
  const ownClient = await oauthClient(platform, full);
  const otherClient = await oauthClient(platform, otherAccount.key);
  const page = await dataOf<{ nextCursor: string | null }>(
    await platform.get('/api/v1/keys?limit=1', bearer(full)),
    'listing keys',
  );
  if (!page.nextCursor) throw new Error('expected a second page of keys');

  return {
    sessionUser,
    setupAddress,
    fixture: {
      bodyLimitBytes: Number(bodyLimit ?? DEFAULT_BODY_LIMIT_BYTES),
      allowedOrigin: ALLOWED_ORIGIN,
      keys: {
        full,
        readOnly,
        development,
        publishable,
        otherAccount: otherAccount.key,
        revoked: revoked.key,
      },
      accessToken: await accessToken(platform, ownClient),
      session: await signIn(platform, sessionUser, setupAddress),
      emails: [owner.email, other.email],
      ids: {
        sacrificialKeys,
        otherAccountKey: otherAccount.id,
        otherAccountOAuthClient: otherClient.id,
      },
      cursor: page.nextCursor,
    },
  };
}
