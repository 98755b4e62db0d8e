/**
 * The Instagram and Google/YouTube endpoints the sandbox plays, each under a
 * path prefix standing for the real host (`/instagram-graph` for
 * graph.instagram.com, ...). Faults and stats are kept per endpoint; the Graph
 * endpoints are named without their version.
 */
export const INSTAGRAM_ENDPOINTS = {
  authorize: '/instagram-auth/oauth/authorize',
  codeExchange: '/instagram-api/oauth/access_token',
  longLivedExchange: '/instagram-graph/access_token',
  refresh: '/instagram-graph/refresh_access_token',
  me: '/instagram-graph/me',
  media: '/instagram-graph/me/media',
  mediaInsights: '/instagram-graph/<media-id>/insights',
} as const;

export const YOUTUBE_ENDPOINTS = {
  authorize: '/google-auth/o/oauth2/v2/auth',
  token: '/google-token/token',
  revoke: '/google-token/revoke',
  channels: '/youtube-api/youtube/v3/channels',
  playlistItems: '/youtube-api/youtube/v3/playlistItems',
  videos: '/youtube-api/youtube/v3/videos',
} as const;

export type InstagramEndpoint = (typeof INSTAGRAM_ENDPOINTS)[keyof typeof INSTAGRAM_ENDPOINTS];
export type YouTubeEndpoint = (typeof YOUTUBE_ENDPOINTS)[keyof typeof YOUTUBE_ENDPOINTS];
export type PlatformEndpoint = InstagramEndpoint | YouTubeEndpoint;

export const ALL_PLATFORM_ENDPOINTS = [
  ...Object.values(INSTAGRAM_ENDPOINTS),
  ...Object.values(YOUTUBE_ENDPOINTS),
] as [PlatformEndpoint, ...PlatformEndpoint[]];

/** Which error shape an endpoint answers with. */
export type PlatformEndpointStyle =
  'consent-page' | 'instagram-oauth' | 'instagram-graph' | 'google-oauth' | 'youtube-data';

export function platformStyleOf(endpoint: PlatformEndpoint): PlatformEndpointStyle {
  switch (endpoint) {
    case INSTAGRAM_ENDPOINTS.authorize:
    case YOUTUBE_ENDPOINTS.authorize:
      return 'consent-page';
    case INSTAGRAM_ENDPOINTS.codeExchange:
      return 'instagram-oauth';
    case YOUTUBE_ENDPOINTS.token:
    case YOUTUBE_ENDPOINTS.revoke:
      return 'google-oauth';
    case YOUTUBE_ENDPOINTS.channels:
    case YOUTUBE_ENDPOINTS.playlistItems:
    case YOUTUBE_ENDPOINTS.videos:
      return 'youtube-data';
    default:
      return 'instagram-graph';
  }
}
