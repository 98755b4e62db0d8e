export { YouTubeClient, YOUTUBE_MAX_RESULTS } from './client/youtube-client.js';
export type { ChannelLookup, YouTubeClientOptions } from './client/youtube-client.js';
export { YOUTUBE_ENDPOINTS } from './client/youtube-endpoints.js';
export { DEFAULT_YOUTUBE_SCOPES, YOUTUBE_READONLY_SCOPE } from './oauth/scopes.js';
export { parseIsoDuration } from './duration/iso-duration.js';
export {
  YOUTUBE_DEFAULT_UNITS_PER_DAY,
  YOUTUBE_QUOTA_TIME_ZONE,
  unitCostOf,
  YOUTUBE_UNIT_COSTS,
  youtubeLimits,
} from './quota/quota.js';
export type { YouTubeMethod } from './quota/quota.js';
export { nextQuotaReset, secondsUntilQuotaReset } from './quota/next-quota-reset.js';
export {
  GOOGLE_AUTH_BASE_URL,
  GOOGLE_TOKEN_BASE_URL,
  loadYouTubeConfig,
  resolveYouTubeConfig,
  SANDBOX_PATH_PREFIXES,
  YOUTUBE_API_BASE_URL,
  youtubeEnvSchema,
} from './config/youtube.config.js';
export type { YouTubeConfig, YouTubeEnv } from './config/youtube.config.js';
export {
  GOOGLE_SANDBOX_DEV_CLIENT_ID,
  GOOGLE_SANDBOX_DEV_CLIENT_SECRET,
  YOUTUBE_SANDBOX_DEV_API_KEY,
} from './config/sandbox-dev-credentials.js';
