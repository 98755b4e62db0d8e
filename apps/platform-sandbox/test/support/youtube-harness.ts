import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  SANDBOX_GOOGLE_CLIENT_ID,
  SANDBOX_GOOGLE_CLIENT_SECRET,
  SANDBOX_YOUTUBE_API_KEY,
} from '../../src/config/platform-credentials.js';
import { YOUTUBE_READONLY_SCOPE } from '../../src/config/platform-settings.js';
import type { GoogleTokens } from '../../src/youtube/google-grants.js';
import { formRequest, redirectParameters } from './sandbox-harness.js';

export const GOOGLE_REDIRECT_URI = 'https://app.example.com/api/v1/connect/youtube/callback';
export const API_KEY = SANDBOX_YOUTUBE_API_KEY;

export function googleAuthorizePath(overrides: Record<string, string | undefined> = {}) {
  const parameters = {
    client_id: SANDBOX_GOOGLE_CLIENT_ID,
    redirect_uri: GOOGLE_REDIRECT_URI,
    response_type: 'code',
    scope: YOUTUBE_READONLY_SCOPE,
    access_type: 'offline',
    state: 'g-state',
    ...overrides,
  };
  const query = new URLSearchParams(
    Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `/google-auth/o/oauth2/v2/auth?${query.toString()}`;
}

export async function googleCode(
  app: FastifyInstance,
  overrides: Record<string, string | undefined> = {},
): Promise<string> {
  const response = await app.inject({
    method: 'GET',
    url: googleAuthorizePath({ sandbox_decision: 'approve', ...overrides }),
  });
  const code = redirectParameters(response).code;
  if (!code) throw new Error(`no code in ${String(response.headers.location)}`);
  return code;
}

export function googleToken(
  app: FastifyInstance,
  fields: Record<string, string>,
): Promise<LightMyRequestResponse> {
  return app.inject(
    formRequest('/google-token/token', {
      client_id: SANDBOX_GOOGLE_CLIENT_ID,
      client_secret: SANDBOX_GOOGLE_CLIENT_SECRET,
      ...fields,
    }),
  );
}

export function googleExchange(
  app: FastifyInstance,
  code: string,
  extra: Record<string, string> = {},
) {
  return googleToken(app, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: GOOGLE_REDIRECT_URI,
    ...extra,
  });
}

/** Tokens of `sandbox_user` (the first channel by default), with offline access. */
export async function googleTokens(
  app: FastifyInstance,
  overrides: Record<string, string | undefined> = {},
): Promise<GoogleTokens> {
  const response = await googleExchange(app, await googleCode(app, overrides));
  return response.json<GoogleTokens>();
}

export function youtubeGet(app: FastifyInstance, path: string, accessToken?: string) {
  return app.inject({
    method: 'GET',
    url: `/youtube-api/youtube/v3/${path}`,
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
}
