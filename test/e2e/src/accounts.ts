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

/** The session cookies a response set, as one Cookie header value. */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

/** Headers for a write made with a dashboard session: its cookies and its CSRF token. */
export const asSession = (session: Pick<SignedIn, 'cookie' | 'csrfToken'>) => ({
  cookie: session.cookie,
  'x-csrf-token': session.csrfToken,
});

/** Signs a user in again: a second session beside the ones they have. */
export async function logIn(
  platform: Platform,
  user: Pick<SignedIn, 'email' | 'password'>,
): Promise<Pick<SignedIn, 'cookie' | 'csrfToken'>> {
  const response = await platform.send('POST', '/api/v1/auth/login', {
    body: { email: user.email, password: user.password },
  });
  if (response.status !== 200)
    throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { data: { csrfToken: string } };
  return { cookie: cookiesOf(response), csrfToken: body.data.csrfToken };
}

/** The id of the user behind a dashboard session. */
export async function userIdOf(
  platform: Platform,
  session: Pick<SignedIn, 'cookie'>,
): Promise<string> {
  const response = await platform.get('/api/v1/users/me', { cookie: session.cookie });
  if (response.status !== 200)
    throw new Error(`who am I failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: { user: { id: string } } }).data.user.id;
}

/** The single-use token of an invitation or a password-reset link (its `#token=`). */
export function linkToken(link: string): string {
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token');
  if (!token) throw new Error('the link carries no #token=');
  return token;
}

/** Invites a fresh email (unique per call) with the owner's session; returns the invitation's token. */
export async function invite(
  platform: Platform,
  owner: SignedIn,
  accountRole: 'owner' | 'admin' | 'member' = 'member',
): Promise<{ id: string; email: string; token: string }> {
  const email = `member-${randomUUID()}@example.com`;
  const response = await platform.send('POST', '/api/v1/invitations', {
    headers: asSession(owner),
    body: { email, accountRole },
  });
  if (response.status !== 201)
    throw new Error(`invitation failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { data: { id: string; link: string | null } };
  if (!body.data.link) throw new Error('the invitation carries no link (is MAIL_HOST set?)');
  return { id: body.data.id, email, token: linkToken(body.data.link) };
}

/** Accepts an invitation with a password; the new member is signed in. */
export async function acceptInvitation(
  platform: Platform,
  invitation: { email: string; token: string },
  password = 'another correct horse battery',
): Promise<SignedIn & { userId: string }> {
  const response = await platform.send('POST', '/api/v1/invitations/accept', {
    body: { token: invitation.token, password },
  });
  if (response.status !== 201)
    throw new Error(`accepting failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as {
    data: { account: { id: string }; user: { id: string }; csrfToken: string };
  };
  return {
    email: invitation.email,
    password,
    accountId: body.data.account.id,
    userId: body.data.user.id,
    cookie: cookiesOf(response),
    csrfToken: body.data.csrfToken,
  };
}

/** Creates a service user with a key or a session; returns its id. */
export async function createServiceUser(
  platform: Platform,
  headers: Record<string, string>,
  input: { name?: string; description?: string } = {},
): Promise<string> {
  const response = await platform.send('POST', '/api/v1/service-users', {
    headers,
    body: { name: `robot ${randomUUID().slice(0, 8)}`, ...input },
  });
  if (response.status !== 201)
    throw new Error(`service user creation failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: { id: string } }).data.id;
}
