import {
  auditActorOf,
  CONNECT_STATE_TTL_SECONDS,
  CompleteConnectRequest,
  ConnectFailureReason,
  ConnectOutcome,
  ConnectStarted,
  CreatorConnected,
  Principal,
  StartConnectInput,
} from '@tally/contracts';
import {
  ConnectStatesRepository,
  type ConsumedConnectState,
  CreatorConnections,
  type CreatorProfileFields,
  grantedProfileFields,
  GrantRevoker,
  RedirectUrlsRepository,
  revokeAtTikTok,
  tiktokProfileFields,
  TokenLockFactory,
  UNREAD_PROFILE,
  UpstreamBusyError,
} from '@tally/creators-data';
import { ServiceClient } from '@tally/nest-kit';
import { TikTokClient, TikTokError, type TikTokTokens } from '@tally/tiktok';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { CreatorsConfig } from '../config/creators.config.js';
import { CREATORS_CONFIG } from '../config/creators.tokens.js';
import { SyncQueue } from '../sync/sync-queue.js';
import { CONNECT_SCOPES } from './connect-scopes.js';
import { RedirectUrls } from './redirect-urls.js';

export const CALLBACK_PATH = '/api/v1/connect/tiktok/callback';

function hashState(state: string): Buffer {
  return createHash('sha256').update(state, 'utf8').digest();
}

/** Where a failure's answer goes: the state's redirect URL and opener, once the state is known. */
interface AnswerTarget {
  redirectUrl: string | null;
  openerOrigin: string | null;
}

const UNKNOWN_TARGET: AnswerTarget = { redirectUrl: null, openerOrigin: null };

function failed(
  reason: ConnectFailureReason,
  message: string,
  target: AnswerTarget = UNKNOWN_TARGET,
): ConnectOutcome {
  return {
    status: 'failed',
    reason,
    message,
    redirectUrl: target.redirectUrl,
    openerOrigin: target.openerOrigin,
  };
}

/** A TikTok failure during the callback, told in words a creator can act on. */
function upstreamFailure(
  step: 'exchange' | 'profile',
  error: unknown,
  target: AnswerTarget,
): ConnectOutcome {
  if (error instanceof TikTokError) {
    // An unreadable answer (an HTML error page) is TikTok failing, not TikTok refusing.
    if (
      error.kind === 'upstream_unavailable' ||
      error.kind === 'rate_limited' ||
      error.kind === 'invalid_response'
    ) {
      return failed(
        'upstream_unavailable',
        'TikTok could not be reached or did not answer properly. Please try connecting again in a moment.',
        target,
      );
    }
    return step === 'exchange'
      ? failed(
          'exchange_failed',
          'TikTok did not accept the authorization (it may have expired or been used already). Please start connecting again.',
          target,
        )
      : failed(
          'profile_failed',
          'TikTok did not give access to the profile. Please connect again and allow every permission asked for.',
          target,
        );
  }
  throw error;
}

@Injectable()
export class ConnectService {
  private readonly logger = new Logger(ConnectService.name);
  private readonly redirectUri: string;
  /** The account's allowed redirect URLs; the connect handler also serves their routes. */
  readonly redirectUrls: RedirectUrls;

  constructor(
    @Inject(CREATORS_CONFIG) config: CreatorsConfig,
    private readonly states: ConnectStatesRepository,
    private readonly connections: CreatorConnections,
    private readonly grants: GrantRevoker,
    private readonly tiktok: TikTokClient,
    private readonly syncQueue: SyncQueue,
    private readonly bus: ServiceClient,
    private readonly locks: TokenLockFactory,
    redirectUrls: RedirectUrlsRepository,
  ) {
    this.redirectUri = new URL(CALLBACK_PATH, config.PUBLIC_BASE_URL).toString();
    this.redirectUrls = new RedirectUrls(redirectUrls, bus);
  }

  async start(
    principal: Principal,
    input: StartConnectInput,
    openerOrigin: string | null = null,
  ): Promise<ConnectStarted> {
    if (input.redirectUrl) await this.redirectUrls.check(principal, input.redirectUrl);
    const state = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + CONNECT_STATE_TTL_SECONDS * 1000);
    await this.states.insert({
      stateHash: hashState(state),
      accountId: principal.accountId,
      platform: 'TIKTOK',
      redirectUrl: input.redirectUrl ?? null,
      externalUserId: input.externalUserId ?? null,
      startedBy: auditActorOf(principal),
      openerOrigin,
      expiresAt,
    });
    void this.states
      .purgeExpired()
      .catch((error: unknown) =>
        this.logger.warn({ msg: 'could not purge expired connect states', err: error }),
      );
    const authUrl = this.tiktok.authorizeUrl({
      redirectUri: this.redirectUri,
      state,
      scopes: CONNECT_SCOPES,
    });
    return { authUrl, state, expiresAt: expiresAt.toISOString() };
  }

  /** The callback: every way it can fail ends in an outcome, and stores nothing. */
  async complete(request: CompleteConnectRequest): Promise<ConnectOutcome> {
    if (!request.state) {
      return failed(
        'invalid_request',
        'This link is incomplete: it carries no state. Start connecting again from the app that sent you.',
      );
    }
    const consumed = await this.states.consume(hashState(request.state));
    if (consumed.outcome !== 'consumed') {
      return consumed.outcome === 'used'
        ? failed(
            'state_used',
            'This connection link was already used. Start connecting again from the app that sent you.',
          )
        : failed(
            'unknown_state',
            'This connection link is not valid. Start connecting again from the app that sent you.',
          );
    }
    const state = consumed.state;
    if (state.expired) {
      return failed(
        'state_expired',
        'This connection link expired (links last 10 minutes). Start connecting again.',
        state,
      );
    }
    if (request.error) {
      return failed(
        'access_denied',
        request.error === 'access_denied'
          ? 'The TikTok account was not connected: access was declined on TikTok.'
          : `TikTok did not authorize the connection (${request.error.slice(0, 100)}).`,
        state,
      );
    }
    if (!request.code) {
      return failed(
        'invalid_request',
        'TikTok sent no authorization code. Start connecting again.',
        state,
      );
    }
    return this.connect(state, request.code);
  }

  private async connect(state: ConsumedConnectState, code: string): Promise<ConnectOutcome> {
    let tokens: TikTokTokens;
    try {
      tokens = await this.tiktok.exchangeCode(code, this.redirectUri);
    } catch (error) {
      this.logger.warn({ msg: 'TikTok code exchange failed', reason: describe(error) });
      return upstreamFailure('exchange', error, state);
    }
    let fields: CreatorProfileFields;
    try {
      fields = await this.readProfile(tokens);
    } catch (error) {
      this.logger.warn({ msg: 'TikTok profile read failed', reason: describe(error) });
      await this.revokeUnusedGrant(tokens);
      return upstreamFailure('profile', error, state);
    }
    // Under the grant's lock: a disconnect of the same TikTok user by another account counts this one.
    const stored = await this.locks.withGrant('TIKTOK', tokens.externalUserId, () =>
      this.connections.store(
        {
          accountId: state.accountId,
          platform: 'TIKTOK',
          externalUserId: state.externalUserId,
          profile: fields,
        },
        tokens,
      ),
    );
    await this.syncQueue
      .enqueue({ creatorId: stored.id, accountId: state.accountId, trigger: 'connect' })
      .catch((error: unknown) =>
        // The scheduler picks the creator up later; the connection itself succeeded.
        this.logger.error({
          msg: 'could not queue the first sync',
          creatorId: stored.id,
          err: error,
        }),
      );
    await this.bus
      .emit(CreatorConnected, {
        accountId: state.accountId,
        creatorId: stored.id,
        platform: 'TIKTOK',
        externalId: tokens.externalUserId,
        username: fields.username,
        reconnected: stored.reconnected,
        actor: state.startedBy ?? { type: 'system', id: null },
      })
      .catch((error: unknown) =>
        this.logger.error({ msg: `could not publish ${CreatorConnected.subject}`, err: error }),
      );
    return {
      status: 'connected',
      creatorId: stored.id,
      username: fields.username,
      displayName: fields.displayName,
      redirectUrl: state.redirectUrl,
      openerOrigin: state.openerOrigin,
    };
  }

  /**
   * The profile TikTok gives now, or none yet when the app's profile limit is
   * spoken for (the sync workers' backlog, other connects): the first sync
   * reads it, and TikTok never sees one call over its limit.
   */
  private async readProfile(tokens: TikTokTokens): Promise<CreatorProfileFields> {
    try {
      const user = await this.tiktok.userInfo(
        tokens.accessToken,
        grantedProfileFields(tokens.scopes),
      );
      return tiktokProfileFields(user);
    } catch (error) {
      if (!(error instanceof UpstreamBusyError)) throw error;
      this.logger.log({ msg: 'profile left to the first sync', waitMs: error.waitMs });
      return UNREAD_PROFILE;
    }
  }

  /**
   * Tokens we will not store must not stay alive at TikTok either, unless
   * another account has the same creator connected: they share the grant.
   */
  private async revokeUnusedGrant(tokens: TikTokTokens): Promise<void> {
    try {
      const revocation = await this.grants.revoke(
        {
          platform: 'TIKTOK',
          externalId: tokens.externalUserId,
          revokeUpstream: revokeAtTikTok(this.tiktok, async () => tokens),
        },
        async (settled) => settled,
      );
      if (revocation.outcome === 'failed') throw revocation.error;
    } catch (error) {
      this.logger.warn({ msg: 'could not revoke unused TikTok tokens', reason: describe(error) });
    }
  }
}

function describe(error: unknown): string {
  return error instanceof TikTokError ? `${error.kind}: ${error.message}` : String(error);
}
