export { CREATORS_SCHEMA, creatorsDatabaseOptions } from './database/creators-database.js';
// Token encryption lives in nest-kit (the webhooks service seals its secrets alike); kept here for its users.
export {
  parseTokenKey,
  TokenCipher,
  tokenEncryptionEnvSchema,
  tokenKeyringFrom,
} from '@tally/nest-kit';
export type { SealedToken, TokenEncryptionEnv, TokenKey, TokenKeyring } from '@tally/nest-kit';
export { CreatorsRepository } from './creators/creators.repository.js';
export type { ConnectedCreator, CreatorProfileFields } from './creators/creators.repository.js';
export { CreatorConnections, UNREAD_PROFILE } from './connections/creator-connections.js';
export type { NewConnection } from './connections/creator-connections.js';
export { PlatformTokensRepository } from './tokens/platform-tokens.repository.js';
export { VideosRepository } from './videos/videos.repository.js';
export type { VideoRecord } from './videos/videos.repository.js';
export { StatsSnapshotsRepository } from './stats/stats-snapshots.repository.js';
export type { StatsRecord } from './stats/stats-snapshots.repository.js';
export { SyncStateRepository } from './sync/sync-state.repository.js';
export { DUE_CREATORS_SQL, DueCreatorsRepository } from './sync/due-creators.repository.js';
export type { DueCreator } from './sync/due-creators.repository.js';
export { ConnectStatesRepository } from './connect/connect-states.repository.js';
export type {
  ConsumedConnectState,
  ConsumeResult,
  NewConnectState,
} from './connect/connect-states.repository.js';
export { RedirectUrlsRepository } from './redirect-urls/redirect-urls.repository.js';
export type {
  RedirectUrlsReplacement,
  StoredRedirectUrls,
} from './redirect-urls/redirect-urls.repository.js';
export { PendingRevocationsRepository } from './revocations/pending-revocations.repository.js';
export type { PendingRevocation } from './revocations/pending-revocations.repository.js';
export { GrantRevoker } from './revocations/grant-revoker.js';
export type {
  GrantRevocation,
  GrantToRevoke,
  RevokeUpstream,
} from './revocations/grant-revoker.js';
export { grantRevokerProvider } from './revocations/grant-revoker.provider.js';
export { QueueFactory } from '@tally/nest-kit';
export type {
  QueueConnectionKind,
  QueueEventsHandle,
  QueueHandle,
  QueueRedisSettings,
  QueueWorkerOptions,
  WorkerHandle,
} from '@tally/nest-kit';
export { RevocationQueue } from './queues/revocation-queue.js';
export { queueProviders } from './queues/queue.providers.js';
export { creatorsDataProviders, CREATORS_DATA_EXPORTS } from './creators-data.providers.js';
export {
  profileFieldsOf,
  tiktokProfileFields,
  tiktokVideoRecord,
  videoRecordOf,
} from './tiktok/tiktok-mapping.js';
export { grantedProfileFields, TIKTOK_PROFILE_FIELDS } from '@tally/tiktok';
export { LockTimeoutError, redisCreatorLock } from './tokens/redis-creator-lock.js';
export type { RedisCreatorLockOptions } from './tokens/redis-creator-lock.js';
export {
  TokenLockFactory,
  tokenLockFactoryProvider,
  TokenLockNamespaces,
} from './tokens/token-locks.js';
export type { TokenLockNamespace } from './tokens/token-locks.js';
export { creatorTokenRefresherProvider } from './tokens/creator-token-refresher.js';
export {
  UpstreamBusyError,
  UpstreamLimiter,
  UpstreamLimiterClosedError,
} from './upstream/upstream-limiter.js';
export type {
  AcquireOptions,
  UpstreamClock,
  UpstreamLimiterOptions,
} from './upstream/upstream-limiter.js';
export { RateLimitedTikTokClient } from './upstream/rate-limited-tiktok-client.js';
export { tiktokUpstreamLimiter, UPSTREAM_WINDOW_MS } from './upstream/tiktok-upstream.js';
export type { TikTokUpstreamOptions } from './upstream/tiktok-upstream.js';
export { SYNC_RANK_WINDOW_MS, SyncRanks, syncRanksProvider } from './sync/sync-ranks.js';
export type { RankedSync } from './sync/sync-ranks.js';
export {
  DailyUnitQuota,
  QuotaExhaustedError,
  type DailyUnitQuotaOptions,
  type DailyUnitQuotaStatus,
  type QuotaPriority,
  type QuotaSpend,
  type QuotaRefusal,
} from './upstream/daily-unit-quota.js';
export { platformsEnvSchema, resolvePlatformConfigs } from './platforms/platforms-env.js';
export type { PlatformConfigs, PlatformsEnv } from './platforms/platforms-env.js';
export { PlatformProviders } from './platforms/platform-providers.js';
export type { CallPriority } from './platforms/platform-providers.js';
export { PlatformSuite } from './platforms/platform-suite.js';
export type { PlatformSuiteOptions, YouTubeLookups } from './platforms/platform-suite.js';
export type { UpstreamHooks } from './platforms/upstream-hooks.js';
export { revokeAtPlatform } from './platforms/platform-revocation.js';
export { refreshMarginMs } from './platforms/refresh-margins.js';
export { INSTAGRAM_WINDOW_MS } from './platforms/instagram-upstream.js';
export * from './platforms/platform-call-ledger.js';
