/**
 * Google's paths, appended to the base URL of their host (consent page,
 * token service, Data API): only the base URLs differ in the sandbox.
 */
export const YOUTUBE_ENDPOINTS = {
  authorize: '/o/oauth2/v2/auth',
  token: '/token',
  revoke: '/revoke',
  channels: '/youtube/v3/channels',
  playlistItems: '/youtube/v3/playlistItems',
  videos: '/youtube/v3/videos',
} as const;
