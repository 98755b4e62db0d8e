import { randomUUID } from 'node:crypto';
import type { Platform } from './platform.js';

export interface SignedIn {
  email: string;
  password: string;
  accountId: string;
  /** Cookie header value carrying the session and CSRF cookies. */
  cookie: string;
  csrfToken: string;
}

/** Signs up a fresh account (unique per call) and keeps its session cookies. */
export async function signUp(platform: Platform): Promise<SignedIn> {
  const email = `owner-${randomUUID()}@example.com`;
  const password = 'correct horse battery staple';
  const response = await platform.send('POST', '/api/v1/auth/signup', {
    body: { email, password, accountName: 'Acme Creators' },
  });
  if (response.status !== 201)
    throw new Error(`signup failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { data: { account: { id: string }; csrfToken: string } };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return {
    email,
    password,
    accountId: body.data.account.id,
    cookie,
    csrfToken: body.data.csrfToken,
  };
}

/** Creates a key with the session of a signed-in owner; returns the key and its id. */
export async function createKey(
  platform: Platform,
  owner: SignedIn,
  input: Record<string, unknown> = {},
): Promise<{ key: string; id: string }> {
  const response = await platform.send('POST', '/api/v1/keys', {
    headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken },
    body: {
      name: 'test key',
      type: 'secret',
      environment: 'production',
      roles: ['full-access'],
      expiresInDays: 30,
      ...input,
    },
  });
  if (response.status !== 201)
    throw new Error(`key creation failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { data: { key: string; id: string } };
  return body.data;
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
