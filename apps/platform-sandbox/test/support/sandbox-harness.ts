import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { SandboxSettings } from '../../src/config/sandbox-settings.js';
import { buildSandbox } from '../../src/sandbox.app.js';
import type { IssuedTokens } from '../../src/state/grants.js';
import { SandboxClock } from '../../src/state/sandbox-clock.js';

export const CLIENT_KEY = 'awsandboxtestkey';
export const CLIENT_SECRET = 'sandbox-test-secret';
export const REDIRECT_URI = 'https://app.example.com/api/v1/connect/tiktok/callback';
export const ALL_SCOPES = 'user.info.basic,user.info.profile,user.info.stats,video.list';

/** Tests run at a fixed instant; only `clock.advance` moves time. */
export const TEST_NOW = Date.parse('2026-11-24T12:00:00Z');

export interface Sandbox {
  app: FastifyInstance;
  clock: SandboxClock;
}

export async function startSandbox(
  settings: Partial<SandboxSettings> = {},
  clock = new SandboxClock(() => TEST_NOW),
): Promise<Sandbox> {
  const app = await buildSandbox({
    clock,
    settings: {
      clientKey: CLIENT_KEY,
      clientSecret: CLIENT_SECRET,
      redirectUris: [REDIRECT_URI],
      ...settings,
    },
  });
  return { app, clock };
}

/** The authorize URL's path and query, with the usual valid parameters unless overridden. */
export function authorizePath(overrides: Record<string, string | undefined> = {}): string {
  const parameters = {
    client_key: CLIENT_KEY,
    scope: ALL_SCOPES,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    state: 'state-123',
    ...overrides,
  };
  const query = new URLSearchParams(
    Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `/v2/auth/authorize/?${query.toString()}`;
}

/** The query parameters of a redirect's Location. */
export function redirectParameters(response: LightMyRequestResponse): Record<string, string> {
  const location = response.headers.location;
  if (typeof location !== 'string') throw new Error(`no redirect (status ${response.statusCode})`);
  return Object.fromEntries(new URL(location).searchParams);
}

export function formRequest(
  url: string,
  fields: Record<string, string>,
): InjectOptions & { method: 'POST' } {
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  };
}

/** An authorization code, approved at once (`sandbox_decision=approve`) by `login`. */
export async function approvedCode(
  app: FastifyInstance,
  overrides: Record<string, string | undefined> = {},
): Promise<string> {
  const response = await app.inject({
    method: 'GET',
    url: authorizePath({ sandbox_decision: 'approve', ...overrides }),
  });
  const code = redirectParameters(response).code;
  if (!code) throw new Error(`no code in ${String(response.headers.location)}`);
  return code;
}

export async function exchange(
  app: FastifyInstance,
  code: string,
  extra: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject(
    formRequest('/v2/oauth/token/', {
      client_key: CLIENT_KEY,
      client_secret: CLIENT_SECRET,
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      ...extra,
    }),
  );
}

export async function refresh(
  app: FastifyInstance,
  refreshToken: string,
): Promise<LightMyRequestResponse> {
  return app.inject(
    formRequest('/v2/oauth/token/', {
      client_key: CLIENT_KEY,
      client_secret: CLIENT_SECRET,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    }),
  );
}

/** Tokens of a creator who approved every scope (or those of `overrides`). */
export async function connect(
  app: FastifyInstance,
  overrides: Record<string, string | undefined> = {},
): Promise<IssuedTokens> {
  const response = await exchange(app, await approvedCode(app, overrides));
  return response.json<IssuedTokens>();
}

export function userInfo(app: FastifyInstance, accessToken: string, fields: string) {
  return app.inject({
    method: 'GET',
    url: `/v2/user/info/?fields=${fields}`,
    headers: { authorization: `Bearer ${accessToken}` },
  });
}

export function listVideos(
  app: FastifyInstance,
  accessToken: string,
  body: Record<string, unknown> = { max_count: 20 },
  fields = 'id,create_time,title',
) {
  return app.inject({
    method: 'POST',
    url: `/v2/video/list/?fields=${fields}`,
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
}

export function queryVideos(
  app: FastifyInstance,
  accessToken: string,
  videoIds: unknown[],
  fields = 'id,title',
) {
  return app.inject({
    method: 'POST',
    url: `/v2/video/query/?fields=${fields}`,
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ filters: { video_ids: videoIds } }),
  });
}

export function adminPost(app: FastifyInstance, url: string, body: unknown) {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
}
