import type { FastifyReply, FastifyRequest } from 'fastify';
import { YOUTUBE_READONLY_SCOPE } from '../config/platform-settings.js';
import { bearerToken } from '../http/bearer-token.js';
import { queryValue } from '../http/query-value.js';
import type { SandboxState } from '../state/sandbox-state.js';
import {
  AUTH_ERROR,
  INSUFFICIENT_PERMISSIONS,
  KEY_INVALID,
  QUOTA_EXCEEDED,
  sendGoogleApiError,
  UNREGISTERED_CALLER,
} from './google-errors.js';

const YOUTUBE_SCOPES = [YOUTUBE_READONLY_SCOPE, 'https://www.googleapis.com/auth/youtube'];

/** Who calls the Data API: a person through an OAuth token, or the project through its API key. */
export type DataApiCaller = { kind: 'oauth'; channelId: string } | { kind: 'key' };

/** Every method the sandbox plays costs one unit. */
const UNITS_PER_CALL = 1;

/**
 * Identifies the caller and spends the call's units of the project's daily
 * quota: every request that reaches the project costs, even one that then
 * fails (a bad token), and none is answered once the quota is spent. Answers
 * the error itself and returns undefined when the call cannot go on.
 */
export function dataApiCaller(
  request: FastifyRequest,
  reply: FastifyReply,
  state: SandboxState,
): DataApiCaller | undefined {
  const { quota, settings, grants } = state.youtube;
  const token = bearerToken(request);
  const key = queryValue(request.query, 'key');
  if (token === undefined) {
    if (key === undefined) return refuse(reply, UNREGISTERED_CALLER);
    if (key !== settings.apiKey) return refuse(reply, KEY_INVALID);
  }
  if (!quota.spend(UNITS_PER_CALL)) return refuse(reply, QUOTA_EXCEEDED);
  if (token === undefined) return { kind: 'key' };
  const check = grants.check(token);
  if (!check.ok) return refuse(reply, AUTH_ERROR);
  if (!check.grant.scopes.some((scope) => YOUTUBE_SCOPES.includes(scope))) {
    return refuse(reply, INSUFFICIENT_PERMISSIONS);
  }
  return { kind: 'oauth', channelId: check.grant.channelId };
}

function refuse(reply: FastifyReply, error: Parameters<typeof sendGoogleApiError>[1]) {
  void sendGoogleApiError(reply, error);
  return undefined;
}
