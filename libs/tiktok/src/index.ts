export { TikTokClient, TIKTOK_MAX_VIDEOS_PER_CALL } from './client/tiktok-client.js';
export type { ListVideosRequest, TikTokClientOptions } from './client/tiktok-client.js';
export { TIKTOK_ENDPOINTS } from './client/tiktok-endpoints.js';
export { TikTokError } from './errors/tiktok-error.js';
export type { TikTokErrorKind } from './errors/tiktok-error.js';
export type { AuthorizeUrlRequest } from './oauth/authorize-url.js';
export { createPkcePair, pkceChallenge } from './oauth/pkce.js';
export type { PkcePair } from './oauth/pkce.js';
export type { TikTokTokens } from './oauth/tiktok-tokens.js';
export { TIKTOK_USER_FIELD_SCOPES } from './display/user.js';
export type { TikTokUser, TikTokUserField } from './display/user.js';
export { DEFAULT_VIDEO_FIELDS, TIKTOK_VIDEO_FIELDS } from './display/video.js';
export type { TikTokVideo, TikTokVideoField, TikTokVideoPage } from './display/video.js';
export { TIKTOK_SCOPES } from './scopes.js';
export type { TikTokScope } from './scopes.js';
export { paginateVideos } from './pagination/paginate-videos.js';
export type { PaginateVideosOptions } from './pagination/paginate-videos.js';
export {
  loadTikTokConfig,
  resolveTikTokConfig,
  tiktokEnvSchema,
  TIKTOK_API_BASE_URL,
  TIKTOK_AUTH_BASE_URL,
} from './config/tiktok.config.js';
export type { TikTokConfig, TikTokEnv } from './config/tiktok.config.js';
export {
  SANDBOX_DEV_CLIENT_KEY,
  SANDBOX_DEV_CLIENT_SECRET,
} from './config/sandbox-dev-credentials.js';
export { TikTokProvider } from './provider/tiktok-provider.js';
export type { TikTokProviderOptions } from './provider/tiktok-provider.js';
export {
  grantedProfileFields,
  TIKTOK_PROFILE_FIELDS,
  tiktokPlatformMedia,
  tiktokPlatformProfile,
} from './provider/tiktok-mapping.js';
