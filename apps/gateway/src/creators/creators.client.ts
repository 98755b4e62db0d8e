import {
  CreatorsConnectComplete,
  CreatorsConnectStart,
  CreatorsDisconnect,
  CreatorsGetProfile,
  CreatorsList,
  CreatorsListVideos,
  CreatorsRedirectUrlsGet,
  CreatorsRedirectUrlsReplace,
  CreatorsPlatformUsage,
  CreatorsResourcesSearch,
  CreatorsStatsHistory,
  CreatorsSyncStart,
  CreatorsSyncStatus,
  type CompleteConnectRequest,
  type CreatorFilter,
  type PageRequest,
  type Platform,
  type Principal,
  type ReplaceRedirectUrlsInput,
  type ReplyOf,
  type SearchResourcesInput,
  type StartConnectInput,
  type StatsHistoryQuery,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';

/**
 * How long to wait for answers that include a round trip to a platform (the
 * code exchange and profile read of a callback, the revocation of a
 * disconnect): longer than the creators service's own timeouts towards it.
 */
export const PLATFORM_ROUND_TRIP_TIMEOUT_MS = 30_000;

export interface CreatorsClientOptions {
  /** How long the creators service may wait for a manual sync before answering `synced: false`. */
  syncWaitMs: number;
  /** The usual NATS request timeout (NATS_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
}

export const CREATORS_CLIENT_OPTIONS = Symbol('CREATORS_CLIENT_OPTIONS');

/** The creators service as the gateway sees it: one typed method per declared message. */
@Injectable()
export class CreatorsClient {
  constructor(
    private readonly bus: ServiceClient,
    @Inject(CREATORS_CLIENT_OPTIONS) private readonly options: CreatorsClientOptions,
  ) {}

  /**
   * Starts a flow on the platform's consent page. `openerOrigin`: the browser's
   * checked `Origin`, the only page the callback may tell.
   */
  startConnect(
    principal: Principal,
    platform: Platform,
    input: StartConnectInput,
    openerOrigin: string | null,
  ): Promise<ReplyOf<typeof CreatorsConnectStart>> {
    return this.bus.request(CreatorsConnectStart, { principal, platform, input, openerOrigin });
  }

  redirectUrls(principal: Principal): Promise<ReplyOf<typeof CreatorsRedirectUrlsGet>> {
    return this.bus.request(CreatorsRedirectUrlsGet, { principal });
  }

  replaceRedirectUrls(
    principal: Principal,
    input: ReplaceRedirectUrlsInput,
  ): Promise<ReplyOf<typeof CreatorsRedirectUrlsReplace>> {
    return this.bus.request(CreatorsRedirectUrlsReplace, { principal, input });
  }

  completeConnect(
    request: CompleteConnectRequest,
  ): Promise<ReplyOf<typeof CreatorsConnectComplete>> {
    return this.bus.request(CreatorsConnectComplete, request, {
      timeoutMs: PLATFORM_ROUND_TRIP_TIMEOUT_MS,
    });
  }

  listCreators(
    principal: Principal,
    page: PageRequest,
    filter: CreatorFilter,
  ): Promise<ReplyOf<typeof CreatorsList>> {
    return this.bus.request(CreatorsList, { principal, page, filter });
  }

  getProfile(principal: Principal, creatorId: string): Promise<ReplyOf<typeof CreatorsGetProfile>> {
    return this.bus.request(CreatorsGetProfile, { principal, creatorId });
  }

  statsHistory(
    principal: Principal,
    creatorId: string,
    query: StatsHistoryQuery,
  ): Promise<ReplyOf<typeof CreatorsStatsHistory>> {
    return this.bus.request(CreatorsStatsHistory, { principal, creatorId, query });
  }

  listVideos(
    principal: Principal,
    creatorId: string,
    page: PageRequest,
  ): Promise<ReplyOf<typeof CreatorsListVideos>> {
    return this.bus.request(CreatorsListVideos, { principal, creatorId, page });
  }

  /** Waits up to syncWaitMs for the sync in the service, plus the usual margin for the answer. */
  startSync(principal: Principal, creatorId: string): Promise<ReplyOf<typeof CreatorsSyncStart>> {
    const { syncWaitMs, requestTimeoutMs } = this.options;
    return this.bus.request(
      CreatorsSyncStart,
      { principal, creatorId, waitMs: syncWaitMs },
      { timeoutMs: syncWaitMs + requestTimeoutMs },
    );
  }

  syncStatus(principal: Principal, creatorId: string): Promise<ReplyOf<typeof CreatorsSyncStatus>> {
    return this.bus.request(CreatorsSyncStatus, { principal, creatorId });
  }

  disconnect(principal: Principal, creatorId: string): Promise<ReplyOf<typeof CreatorsDisconnect>> {
    return this.bus.request(
      CreatorsDisconnect,
      { principal, creatorId },
      { timeoutMs: PLATFORM_ROUND_TRIP_TIMEOUT_MS },
    );
  }

  searchResources(
    principal: Principal,
    input: SearchResourcesInput,
  ): Promise<ReplyOf<typeof CreatorsResourcesSearch>> {
    // Public lookups may ask YouTube.
    return this.bus.request(
      CreatorsResourcesSearch,
      { principal, input },
      { timeoutMs: PLATFORM_ROUND_TRIP_TIMEOUT_MS },
    );
  }

  platformUsage(principal: Principal): Promise<ReplyOf<typeof CreatorsPlatformUsage>> {
    return this.bus.request(CreatorsPlatformUsage, { principal });
  }
}
