// The part of the contracts a browser bundle may import: plain constants and
// types, no decorators, no Node built-ins, no reflect-metadata.
export * from './errors/error-codes.js';
export * from './http/session-cookie-names.js';
export * from './identity/permissions.js';
export * from './identity/key-policy.js';
export * from './identity/audit-actions.js';
export * from './creators/platforms.js';
export * from './creators/creator-constants.js';
export * from './creators/redirect-url-rules.js';
export type {
  CreatorProfile,
  CreatorStats,
  CreatorView,
  StatsHistory,
  StatsSnapshotView,
  VideoView,
} from './creators/creator-views.js';
export * from './usage/usage-constants.js';
export type {
  CredentialUsage,
  EnvironmentUsage,
  PoolState,
  UsageCounts,
  UsageReport,
  UsageSeriesPoint,
} from './usage/usage-views.js';
