import {
  CreatorProfile,
  CreatorProfileSchema,
  CreatorView,
  CreatorViewSchema,
  Disconnected,
  DisconnectedSchema,
  ListCreatorsQuery,
  pageOf,
  PageQueryInput,
  PreparedPage,
  Principal,
  StatsHistory,
  StatsHistoryQuery,
  StatsHistorySchema,
  SyncFinishedSchema,
  SyncOutcome,
  SyncPendingSchema,
  SyncStatusView,
  SyncStatusViewSchema,
  VideoView,
  VideoViewSchema,
} from '@tally/contracts';
import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  AllowPublishableKeys,
  CurrentPrincipal,
  RequirePermission,
} from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { ApiRoute } from '../openapi/index.js';
import { CURSOR_CODEC, CursorCodec } from '../pagination/cursor-codec.js';
import { IdPipe } from '../validation/id.pipe.js';
import { CreatorsClient } from './creators.client.js';

const CREATOR_ID = "The creator's id.";

@Controller('api/v1/creators')
@PublicApi()
export class CreatorsController {
  constructor(
    private readonly creators: CreatorsClient,
    @Inject(CURSOR_CODEC) private readonly cursors: CursorCodec,
  ) {}

  @Get()
  @RequirePermission('creators:read')
  @ApiRoute({
    summary: 'List connected creators',
    description:
      'The creators connected to the account, newest first; filter by the platform or by the platform account id.',
    response: pageOf(CreatorViewSchema),
    errors: [503, 504],
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListCreatorsQuery,
  ): Promise<PreparedPage<CreatorView>> {
    const filter = { externalId: query.externalId, platform: query.platform };
    return this.cursors.toPage(
      await this.creators.listCreators(principal, this.cursors.toRequest(query), filter),
    );
  }

  @Get(':id/profile')
  @RequirePermission('creators:read')
  @AllowPublishableKeys()
  @ApiRoute({
    summary: "Get a creator's profile",
    description: 'The profile and latest counts, as of the last sync (`lastSyncedAt`).',
    response: CreatorProfileSchema,
    params: { id: CREATOR_ID },
    errors: [404, 503, 504],
  })
  profile(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<CreatorProfile> {
    return this.creators.getProfile(principal, id);
  }

  @Get(':id/stats/history')
  @RequirePermission('creators:read')
  @ApiRoute({
    summary: "Get a creator's stats history",
    description:
      'Snapshots of the counts taken at each sync, oldest first. When the range holds more than `limit`, continue from `nextFrom`.',
    response: StatsHistorySchema,
    params: { id: CREATOR_ID },
    errors: [404, 503, 504],
  })
  statsHistory(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Query() query: StatsHistoryQuery,
  ): Promise<StatsHistory> {
    return this.creators.statsHistory(principal, id, query);
  }

  @Get(':id/videos')
  @RequirePermission('creators:read')
  @AllowPublishableKeys()
  @ApiRoute({
    summary: "List a creator's videos",
    description: 'Newest first, with their metrics as of the last sync.',
    response: pageOf(VideoViewSchema),
    params: { id: CREATOR_ID },
    errors: [404, 503, 504],
  })
  async videos(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Query() query: PageQueryInput,
  ): Promise<PreparedPage<VideoView>> {
    return this.cursors.toPage(
      await this.creators.listVideos(principal, id, this.cursors.toRequest(query)),
    );
  }

  @Post(':id/sync')
  @HttpCode(200)
  @RequirePermission('creators:sync')
  @ApiRoute({
    summary: 'Sync a creator now',
    description:
      'Queues a sync ahead of the scheduled ones and waits a little for it (`SYNC_WAIT_MS`): 200 with `synced: true` when it finished in time, 202 with `synced: false` and the job otherwise (follow it with `GET /creators/{id}/sync`). A sync already queued or running is joined, not repeated.',
    response: SyncFinishedSchema,
    responseDescription: 'The sync finished in time: `synced: true`.',
    otherResponses: [
      {
        status: 202,
        description: 'The sync is queued or still running: `synced: false`, with its job.',
        schema: SyncPendingSchema,
      },
    ],
    params: { id: CREATOR_ID },
    errors: [
      404,
      {
        status: 409,
        description: 'The creator withdrew access on the platform: connect it again first.',
      },
      {
        status: 429,
        description:
          "`platform_quota_exhausted`: the platform's daily quota (YouTube's) is spent; `Retry-After` says when it resets. Also a rate limit of your key.",
      },
      {
        status: 502,
        description: 'The sync failed at the platform within the wait; the reason says why.',
      },
      503,
      504,
    ],
  })
  async sync(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SyncOutcome> {
    const outcome = await this.creators.startSync(principal, id);
    void reply.status(outcome.synced ? 200 : 202);
    return outcome;
  }

  @Get(':id/sync')
  @RequirePermission('creators:read')
  @ApiRoute({
    summary: "Get a creator's last sync",
    description: 'Whether the last sync is queued, running, succeeded or failed, and when.',
    response: SyncStatusViewSchema,
    params: { id: CREATOR_ID },
    errors: [404, 503, 504],
  })
  syncStatus(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<SyncStatusView> {
    return this.creators.syncStatus(principal, id);
  }

  @Delete(':id')
  @RequirePermission('creators:write')
  @ApiRoute({
    summary: 'Disconnect a creator',
    description:
      "Revokes Tally's access on the platform, then deletes the creator and everything synced for it. When the platform cannot be reached, `revokedUpstream` is false and the revocation is retried in the background.",
    response: DisconnectedSchema,
    params: { id: CREATOR_ID },
    errors: [404, 503, 504],
  })
  disconnect(
    @CurrentPrincipal() principal: Principal,
    @Param('id', IdPipe) id: string,
  ): Promise<Disconnected> {
    return this.creators.disconnect(principal, id);
  }
}
