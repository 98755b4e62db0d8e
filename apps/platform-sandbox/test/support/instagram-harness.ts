import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  SANDBOX_INSTAGRAM_APP_ID,
  SANDBOX_INSTAGRAM_APP_SECRET,
} from '../../src/config/platform-credentials.js';
import { formRequest, redirectParameters } from './sandbox-harness.js';

export const INSTAGRAM_REDIRECT_URI = 'https://app.example.com/api/v1/connect/instagram/callback';
export const INSTAGRAM_SCOPE = 'instagram_business_basic,instagram_business_manage_insights';

export function instagramAuthorizePath(overrides: Record<string, string | undefined> = {}) {
  const parameters = {
    client_id: SANDBOX_INSTAGRAM_APP_ID,
    redirect_uri: INSTAGRAM_REDIRECT_URI,
    response_type: 'code',
    scope: INSTAGRAM_SCOPE,
    state: 'ig-state',
    ...overrides,
  };
  const query = new URLSearchParams(
    Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `/instagram-auth/oauth/authorize?${query.toString()}`;
}

/** A code approved at once by `sandbox_user` (the first account by default). */
export async function instagramCode(
  app: FastifyInstance,
  overrides: Record<string, string | undefined> = {},
): Promise<string> {
  const response = await app.inject({
    method: 'GET',
    url: instagramAuthorizePath({ sandbox_decision: 'approve', ...overrides }),
  });
  const code = redirectParameters(response).code;
  if (!code) throw new Error(`no code in ${String(response.headers.location)}`);
  return code;
}

export function instagramExchange(
  app: FastifyInstance,
  code: string,
  extra: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject(
    formRequest('/instagram-api/oauth/access_token', {
      client_id: SANDBOX_INSTAGRAM_APP_ID,
      client_secret: SANDBOX_INSTAGRAM_APP_SECRET,
      grant_type: 'authorization_code',
      redirect_uri: INSTAGRAM_REDIRECT_URI,
      code,
      ...extra,
    }),
  );
}

/** A short-lived token of `sandbox_user` (the first account by default). */
export async function instagramToken(
  app: FastifyInstance,
  overrides: Record<string, string | undefined> = {},
): Promise<string> {
  const response = await instagramExchange(app, await instagramCode(app, overrides));
  const body = response.json<{ data: [{ access_token: string }] }>();
  return body.data[0].access_token;
}

export function graphGet(app: FastifyInstance, path: string, accessToken?: string) {
  return app.inject({
    method: 'GET',
    url: `/instagram-graph${path}`,
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
}
