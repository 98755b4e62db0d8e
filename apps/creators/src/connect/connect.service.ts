import {
  auditActorOf,
  CONNECT_STATE_TTL_SECONDS,
  CompleteConnectRequest,
  ConnectOutcome,
  ConnectStarted,
  CreatorConnected,
  type Platform,
  PLATFORM_NAMES,
  platformSlug,
  Principal,
  StartConnectInput,
} from '@tally/contracts';
import {
  ConnectStatesRepository,
  type ConsumedConnectState,
  CreatorConnections,
  type CreatorProfileFields,
  GrantRevoker,
  PlatformSuite,
  profileFieldsOf,
  RedirectUrlsRepository,
  revokeAtPlatform,
  TokenLockFactory,
  UNREAD_PROFILE,
  UpstreamBusyError,
} from '@tally/creators-data';
import { ServiceClient, announce } from '@tally/nest-kit';
import { PlatformError, type PlatformProvider, type PlatformTokens } from '@tally/platform-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { CreatorsConfig } from '../config/creators.config.js';
import { CREATORS_CONFIG } from '../config/creators.tokens.js';
import { SyncQueue } from '../sync/sync-queue.js';
import { describe, failed, upstreamFailure } from './connect-failures.js';
import { connectScopes } from './connect-scopes.js';
import { pkcePairFor } from './pkce.js';
import { RedirectUrls } from './redirect-urls.js';

/** Where each platform sends the creator back: `/api/v1/connect/youtube/callback`. */
export function callbackPath(platform: Platform): string {
  return `/api/v1/connect/${platformSlug(platform)}/callback`;
}

function hashState(state: string): Buffer {
  return createHash('sha256').update(state, 'utf8').digest();
}

/**
 * The connect flow of every platform: a single-use state (with a PKCE
 * verifier where the platform's flow takes one), the platform's consent page,
 * then the callback trades the code for the creator's grant, reads the
 * profile, stores both, and queues the first sync.
 */
@Injectable()
export class ConnectService {
  private readonly logger = new Logger(ConnectService.name);
  private readonly publicBaseUrl: string;
  /** The account's allowed redirect URLs; the connect handler also serves their routes. */
  readonly redirectUrls: RedirectUrls;

  constructor(
    @Inject(CREATORS_CONFIG) config: CreatorsConfig,
    private readonly states: ConnectStatesRepository,
    private readonly connections: CreatorConnections,
    private readonly grants: GrantRevoker,
    private readonly platforms: PlatformSuite,
    private readonly syncQueue: SyncQueue,
    private readonly bus: ServiceClient,
    private readonly locks: TokenLockFactory,
    redirectUrls: RedirectUrlsRepository,
  ) {
    this.publicBaseUrl = config.PUBLIC_BASE_URL;
    this.redirectUrls = new RedirectUrls(redirectUrls, bus);
  }

  async start(
    principal: Principal,
    platform: Platform,
    input: StartConnectInput,
    openerOrigin: string | null = null,
  ): Promise<ConnectStarted> {
    if (input.redirectUrl) await this.redirectUrls.check(principal, input.redirectUrl);
    const state = randomBytes(32).toString('base64url');
    const pkce = pkcePairFor(platform);
    const expiresAt = new Date(Date.now() + CONNECT_STATE_TTL_SECONDS * 1000);
    await this.states.insert({
      stateHash: hashState(state),
      accountId: principal.accountId,
      platform,
      redirectUrl: input.redirectUrl ?? null,
      externalUserId: input.externalUserId ?? null,
      startedBy: auditActorOf(principal),
      openerOrigin,
      codeVerifier: pkce?.codeVerifier ?? null,
      expiresAt,
    });
    void this.states
      .purgeExpired()
      .catch((error: unknown) =>
        this.logger.warn({ msg: 'could not purge expired connect states', err: error }),
      );
    const authUrl = this.provider(platform).authorizationUrl({
      redirectUri: this.redirectUri(platform),
      state,
      scopes: connectScopes(platform),
      codeChallenge: pkce?.codeChallenge,
    });
    return { authUrl, state, expiresAt: expiresAt.toISOString() };
  }

  /** The callback: every way it can fail ends in an outcome, and stores nothing. */
  async complete(request: CompleteConnectRequest): Promise<ConnectOutcome> {
    const platform = request.platform ?? 'TIKTOK';
    const name = PLATFORM_NAMES[platform];
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
    if (state.platform !== platform) {
      // Came back to another platform's callback: the flow is spent, and tells nobody.
      return failed(
        'unknown_state',
        `This connection link is not one of ${name}'s. Start connecting again from the app that sent you.`,
      );
    }
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
          ? `The ${name} account was not connected: access was declined on ${name}.`
          : `${name} did not authorize the connection (${request.error.slice(0, 100)}).`,
        state,
      );
    }
    if (!request.code) {
      return failed(
        'invalid_request',
        `${name} sent no authorization code. Start connecting again.`,
        state,
      );
    }
    return this.connect(state, request.code);
  }

  private async connect(state: ConsumedConnectState, code: string): Promise<ConnectOutcome> {
    const platform = state.platform;
    const provider = this.provider(platform);
    let tokens: PlatformTokens;
    try {
      tokens = await provider.exchangeCode(
        code,
        this.redirectUri(platform),
        state.codeVerifier ?? undefined,
      );
    } catch (error) {
      this.logger.warn({ msg: 'code exchange failed', platform, reason: describe(error) });
      return upstreamFailure(platform, 'exchange', error, state);
    }
    let fields: CreatorProfileFields;
    try {
      fields = await this.readProfile(provider, tokens);
    } catch (error) {
      this.logger.warn({ msg: 'profile read failed', platform, reason: describe(error) });
      await this.revokeUnusedGrant(provider, tokens);
      return upstreamFailure(platform, 'profile', error, state);
    }
    // Under the grant's lock: a disconnect of the same platform user by another account counts this one.
    const stored = await this.locks.withGrant(platform, tokens.externalUserId, () =>
      this.connections.store(
        {
          accountId: state.accountId,
          platform,
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
    await announce(this.bus, this.logger, CreatorConnected, {
      accountId: state.accountId,
      creatorId: stored.id,
      platform,
      externalId: tokens.externalUserId,
      username: fields.username,
      reconnected: stored.reconnected,
      actor: state.startedBy ?? { type: 'system', id: null },
    });
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
   * The profile the platform gives now, or none yet when the platform's limit
   * is spoken for (the sync workers' backlog, other connects) or its daily
   * quota is spent: the first sync reads it, and the platform never sees a
   * call over its limit.
   */
  private async readProfile(
    provider: PlatformProvider,
    tokens: PlatformTokens,
  ): Promise<CreatorProfileFields> {
    try {
      return profileFieldsOf(await provider.profile(tokens));
    } catch (error) {
      if (error instanceof UpstreamBusyError) {
        this.logger.log({ msg: 'profile left to the first sync', waitMs: error.waitMs });
        return UNREAD_PROFILE;
      }
      if (error instanceof PlatformError && error.kind === 'quota_exhausted') {
        this.logger.log({
          msg: 'profile left to the first sync: quota spent',
          reason: error.message,
        });
        return UNREAD_PROFILE;
      }
      throw error;
    }
  }

  /**
   * Tokens we will not store must not stay alive at the platform either,
   * unless another account has the same creator connected: they share the grant.
   */
  private async revokeUnusedGrant(
    provider: PlatformProvider,
    tokens: PlatformTokens,
  ): Promise<void> {
    try {
      const revocation = await this.grants.revoke(
        {
          platform: provider.platform,
          externalId: tokens.externalUserId,
          revokeUpstream: revokeAtPlatform(provider, async () => tokens),
        },
        async (settled) => settled,
      );
      if (revocation.outcome === 'failed') throw revocation.error;
    } catch (error) {
      this.logger.warn({ msg: 'could not revoke unused tokens', reason: describe(error) });
    }
  }

  private provider(platform: Platform): PlatformProvider {
    return this.platforms.providers.get(platform, 'requested');
  }

  private redirectUri(platform: Platform): string {
    return new URL(callbackPath(platform), this.publicBaseUrl).toString();
  }
}
