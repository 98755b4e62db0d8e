export {
  DEFAULT_GRAPH_VERSION,
  DEFAULT_MEDIA_PAGE_SIZE,
  InstagramClient,
} from './client/instagram-client.js';
export type { InstagramClientOptions } from './client/instagram-client.js';
export { INSTAGRAM_ENDPOINTS } from './client/instagram-endpoints.js';
export { DEFAULT_CALLS_PER_USER_PER_HOUR, instagramLimits } from './client/instagram-limits.js';
export { DEFAULT_INSTAGRAM_SCOPES, INSTAGRAM_SCOPES } from './scopes.js';
export type { InstagramScope } from './scopes.js';
export {
  INSTAGRAM_API_BASE_URL,
  INSTAGRAM_AUTH_BASE_URL,
  INSTAGRAM_GRAPH_BASE_URL,
  INSTAGRAM_SANDBOX_PREFIXES,
  instagramEnvSchema,
  loadInstagramConfig,
  resolveInstagramConfig,
} from './config/instagram.config.js';
export type { InstagramConfig, InstagramEnv } from './config/instagram.config.js';
export {
  INSTAGRAM_SANDBOX_DEV_APP_ID,
  INSTAGRAM_SANDBOX_DEV_APP_SECRET,
} from './config/sandbox-dev-credentials.js';
