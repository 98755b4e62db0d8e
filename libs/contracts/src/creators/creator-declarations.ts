import { z } from 'zod';
import { PingReplySchema, PingRequestSchema } from '../health/ping.js';
import { PrincipalSchema } from '../identity/principal.js';
import { declareRequest } from '../messaging/declarations.js';
import { preparedPageResultOf, PageRequestSchema } from '../pagination.js';
import { CreatorsSubjects } from '../subjects.js';
import {
  CompleteConnectRequestSchema,
  ConnectOutcomeSchema,
  ConnectStartedSchema,
  StartConnectInputSchema,
} from './connect-messages.js';
import {
  CreatorFilterSchema,
  DisconnectedSchema,
  ResourceSearchResultSchema,
  SearchResourcesInputSchema,
  StatsHistoryQuerySchema,
} from './creator-messages.js';
import {
  CreatorProfileSchema,
  CreatorViewSchema,
  StatsHistorySchema,
  VideoViewSchema,
} from './creator-views.js';
import { RedirectUrlsViewSchema, ReplaceRedirectUrlsInputSchema } from './redirect-url-messages.js';
import { PLATFORMS } from './platforms.js';
import { PlatformUsageReportSchema } from './platform-usage.js';
import { originOf } from './redirect-url-rules.js';
import { MAX_SYNC_WAIT_MS, SyncOutcomeSchema, SyncStatusViewSchema } from './sync-messages.js';

export const CreatorsPing = declareRequest(CreatorsSubjects.ping, {
  request: PingRequestSchema,
  reply: PingReplySchema,
});

// Connect flow.

const isOriginText = (value: string): boolean => originOf(value) === value;

export const CreatorsConnectStart = declareRequest(CreatorsSubjects.startConnect, {
  request: z.strictObject({
    principal: PrincipalSchema,
    /** The platform whose consent page the flow starts on (the route's). */
    platform: z.enum(PLATFORMS).default('TIKTOK'),
    input: StartConnectInputSchema.default({}),
    /** The browser's `Origin` (as the gateway checked it): where the callback page may post. */
    openerOrigin: z
      .string()
      .max(2048)
      .refine(isOriginText, 'not an origin')
      .nullable()
      .default(null),
  }),
  reply: ConnectStartedSchema,
});

/** TikTok's callback, relayed by the gateway; the creator's browser waits for the outcome. */
export const CreatorsConnectComplete = declareRequest(CreatorsSubjects.completeConnect, {
  request: CompleteConnectRequestSchema,
  reply: ConnectOutcomeSchema,
});

// Allowed redirect URLs of connect flows.

export const CreatorsRedirectUrlsGet = declareRequest(CreatorsSubjects.getRedirectUrls, {
  request: z.strictObject({ principal: PrincipalSchema }),
  reply: RedirectUrlsViewSchema,
});

export const CreatorsRedirectUrlsReplace = declareRequest(CreatorsSubjects.replaceRedirectUrls, {
  request: z.strictObject({ principal: PrincipalSchema, input: ReplaceRedirectUrlsInputSchema }),
  reply: RedirectUrlsViewSchema,
});

// Creators.

const OneCreator = z.strictObject({ principal: PrincipalSchema, creatorId: z.guid() });

export const CreatorsList = declareRequest(CreatorsSubjects.listCreators, {
  request: z.strictObject({
    principal: PrincipalSchema,
    page: PageRequestSchema,
    filter: CreatorFilterSchema.default({}),
  }),
  reply: preparedPageResultOf(CreatorViewSchema),
});

export const CreatorsGetProfile = declareRequest(CreatorsSubjects.getProfile, {
  request: OneCreator,
  reply: CreatorProfileSchema,
});

export const CreatorsDisconnect = declareRequest(CreatorsSubjects.disconnect, {
  request: OneCreator,
  reply: DisconnectedSchema,
});

export const CreatorsStatsHistory = declareRequest(CreatorsSubjects.statsHistory, {
  request: OneCreator.extend({ query: StatsHistoryQuerySchema.default({}) }),
  reply: StatsHistorySchema,
});

export const CreatorsListVideos = declareRequest(CreatorsSubjects.listVideos, {
  request: OneCreator.extend({ page: PageRequestSchema }),
  reply: preparedPageResultOf(VideoViewSchema),
});

// Syncs.

export const CreatorsSyncStart = declareRequest(CreatorsSubjects.startSync, {
  request: OneCreator.extend({
    /** How long to wait for the sync to finish before answering `synced: false` (capped). */
    waitMs: z.number().transform((ms) => Math.min(Math.max(ms, 0), MAX_SYNC_WAIT_MS)),
  }),
  reply: SyncOutcomeSchema,
});

export const CreatorsSyncStatus = declareRequest(CreatorsSubjects.syncStatus, {
  request: OneCreator,
  reply: SyncStatusViewSchema,
});

// Resources.

export const CreatorsResourcesSearch = declareRequest(CreatorsSubjects.searchResources, {
  request: z.strictObject({ principal: PrincipalSchema, input: SearchResourcesInputSchema }),
  reply: ResourceSearchResultSchema,
});

// Platforms.

export const CreatorsPlatformUsage = declareRequest(CreatorsSubjects.platformUsage, {
  request: z.strictObject({ principal: PrincipalSchema }),
  reply: PlatformUsageReportSchema,
});
