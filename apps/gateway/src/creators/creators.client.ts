import {
  CompleteConnectRequest,
  ConnectOutcome,
  ConnectStarted,
  CreatorFilter,
  CreatorProfile,
  CreatorRequest,
  CreatorsSubjects,
  CreatorView,
  Disconnected,
  ListCreatorsRequest,
  ListVideosRequest,
  PageRequest,
  PageResult,
  Principal,
  ResourceSearchResult,
  SearchResourcesInput,
  SearchResourcesRequest,
  StartConnectInput,
  StartConnectRequest,
  StartSyncRequest,
  StatsHistory,
  StatsHistoryQuery,
  StatsHistoryRequest,
  SyncOutcome,
  SyncStatusView,
  VideoView,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';

/**
 * How long to wait for answers that include a round trip to TikTok (the code
 * exchange and profile read of a callback, the revocation of a disconnect):
 * longer than the creators service's own timeouts towards TikTok.
 */
export const PLATFORM_ROUND_TRIP_TIMEOUT_MS = 30_000;

export interface CreatorsClientOptions {
  /** How long the creators service may wait for a manual sync before answering `synced: false`. */
  syncWaitMs: number;
  /** The usual NATS request timeout (NATS_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
}

export const CREATORS_CLIENT_OPTIONS = Symbol('CREATORS_CLIENT_OPTIONS');

/** The creators service as the gateway sees it: one typed method per NATS subject. */
@Injectable()
export class CreatorsClient {
  constructor(
    private readonly bus: ServiceClient,
    @Inject(CREATORS_CLIENT_OPTIONS) private readonly options: CreatorsClientOptions,
  ) {}

  startConnect(principal: Principal, input: StartConnectInput): Promise<ConnectStarted> {
    return this.bus.request(CreatorsSubjects.startConnect, {
      principal,
      input,
    } satisfies StartConnectRequest);
  }

  completeConnect(request: CompleteConnectRequest): Promise<ConnectOutcome> {
    return this.bus.request(CreatorsSubjects.completeConnect, request, {
      timeoutMs: PLATFORM_ROUND_TRIP_TIMEOUT_MS,
    });
  }

  listCreators(
    principal: Principal,
    page: PageRequest,
    filter: CreatorFilter,
  ): Promise<PageResult<CreatorView>> {
    return this.bus.request(CreatorsSubjects.listCreators, {
      principal,
      page,
      filter,
    } satisfies ListCreatorsRequest);
  }

  getProfile(principal: Principal, creatorId: string): Promise<CreatorProfile> {
    return this.bus.request(CreatorsSubjects.getProfile, {
      principal,
      creatorId,
    } satisfies CreatorRequest);
  }

  statsHistory(
    principal: Principal,
    creatorId: string,
    query: StatsHistoryQuery,
  ): Promise<StatsHistory> {
    return this.bus.request(CreatorsSubjects.statsHistory, {
      principal,
      creatorId,
      query,
    } satisfies StatsHistoryRequest);
  }

  listVideos(
    principal: Principal,
    creatorId: string,
    page: PageRequest,
  ): Promise<PageResult<VideoView>> {
    return this.bus.request(CreatorsSubjects.listVideos, {
      principal,
      creatorId,
      page,
    } satisfies ListVideosRequest);
  }

  /** Waits up to syncWaitMs for the sync in the service, plus the usual margin for the answer. */
  startSync(principal: Principal, creatorId: string): Promise<SyncOutcome> {
    const { syncWaitMs, requestTimeoutMs } = this.options;
    return this.bus.request(
      CreatorsSubjects.startSync,
      { principal, creatorId, waitMs: syncWaitMs } satisfies StartSyncRequest,
      { timeoutMs: syncWaitMs + requestTimeoutMs },
    );
  }

  syncStatus(principal: Principal, creatorId: string): Promise<SyncStatusView> {
    return this.bus.request(CreatorsSubjects.syncStatus, {
      principal,
      creatorId,
    } satisfies CreatorRequest);
  }

  disconnect(principal: Principal, creatorId: string): Promise<Disconnected> {
    return this.bus.request(
      CreatorsSubjects.disconnect,
      { principal, creatorId } satisfies CreatorRequest,
      { timeoutMs: PLATFORM_ROUND_TRIP_TIMEOUT_MS },
    );
  }

  searchResources(
    principal: Principal,
    input: SearchResourcesInput,
  ): Promise<ResourceSearchResult> {
    return this.bus.request(CreatorsSubjects.searchResources, {
      principal,
      input,
    } satisfies SearchResourcesRequest);
  }
}
