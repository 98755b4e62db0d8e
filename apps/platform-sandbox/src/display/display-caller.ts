import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../http/bearer-token.js';
import { sendDisplayError } from '../http/display-replies.js';
import type { Grant } from '../state/grants.js';
import type { SandboxState } from '../state/sandbox-state.js';
import type { SandboxCreator } from '../state/seed-creators.js';

export interface DisplayCaller {
  grant: Grant;
  creator: SandboxCreator;
}

/**
 * Who is calling a Display API endpoint: a valid bearer token whose grant holds
 * `scope`. Otherwise answers 401 (`access_token_invalid` or
 * `scope_not_authorized`) itself and returns undefined.
 */
export function displayCaller(
  request: FastifyRequest,
  reply: FastifyReply,
  state: SandboxState,
  scope: string,
): DisplayCaller | undefined {
  const token = bearerToken(request);
  const check = token === undefined ? undefined : state.grants.check(token);
  const creator = check?.ok ? state.catalog.withOpenId(check.grant.openId) : undefined;
  if (!check?.ok || !creator) {
    void sendDisplayError(request, reply, 'access_token_invalid');
    return undefined;
  }
  if (!check.grant.scopes.includes(scope)) {
    void sendDisplayError(request, reply, 'scope_not_authorized');
    return undefined;
  }
  return { grant: check.grant, creator };
}
