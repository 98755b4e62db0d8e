import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxState } from '../state/sandbox-state.js';
import {
  expiredToken,
  INVALID_TOKEN,
  MISSING_TOKEN,
  sendGraphError,
  userLimitReached,
} from './graph-errors.js';
import { graphAccessToken } from './graph-token.js';
import type { InstagramAccount } from './instagram-accounts.js';

export interface GraphCaller {
  account: InstagramAccount;
  accessToken: string;
  /** The permissions the creator granted this token. */
  scopes: readonly string[];
}

/**
 * Who calls a Graph endpoint: a live token of a known account, within the
 * account's hourly call budget. Otherwise answers the Graph error itself and
 * returns undefined. Every call that reaches the budget reports its use in
 * `X-Business-Use-Case-Usage`, as Meta does.
 */
export function graphCaller(
  request: FastifyRequest,
  reply: FastifyReply,
  state: SandboxState,
): GraphCaller | undefined {
  const accessToken = graphAccessToken(request);
  if (!accessToken) {
    void sendGraphError(reply, MISSING_TOKEN);
    return undefined;
  }
  const { tokens, catalog, callBudget, settings } = state.instagram;
  const check = tokens.check(accessToken);
  const account = check.ok ? catalog.withId(check.token.accountId) : undefined;
  if (!check.ok || !account) {
    const error =
      !check.ok && check.reason === 'expired' && check.expiresAt !== undefined
        ? expiredToken(check.expiresAt, state.clock.now())
        : INVALID_TOKEN;
    void sendGraphError(reply, error);
    return undefined;
  }
  const decision = callBudget.take(`${settings.appId} ${account.id}`);
  void reply.header(
    'x-business-use-case-usage',
    JSON.stringify({
      [account.id]: [
        {
          type: 'instagram',
          call_count: decision.usedPercent,
          total_cputime: 0,
          total_time: 0,
          estimated_time_to_regain_access: decision.allowed ? 0 : 60,
        },
      ],
    }),
  );
  if (!decision.allowed) {
    void sendGraphError(reply, userLimitReached(settings.userLimitErrorCode));
    return undefined;
  }
  return { account, accessToken, scopes: check.token.scopes };
}
