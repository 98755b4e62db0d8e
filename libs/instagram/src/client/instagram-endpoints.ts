/** Instagram's paths; each base URL adds its host (and any path prefix). */
export const INSTAGRAM_ENDPOINTS = {
  /** On the auth base URL (www.instagram.com): the consent page. */
  authorize: '/oauth/authorize',
  /** On the API base URL (api.instagram.com): code → short-lived token. */
  accessToken: '/oauth/access_token',
  /** On the Graph base URL, unversioned: short-lived → long-lived token. */
  longLivedToken: '/access_token',
  /** On the Graph base URL, unversioned: a long-lived token → a fresh one. */
  refreshToken: '/refresh_access_token',
  /** On the Graph base URL, after the version: the creator's profile. */
  me: '/me',
  media: '/me/media',
} as const;

/** The insights edge of one media item, after the version. */
export function mediaInsightsPath(mediaId: string): string {
  return `/${encodeURIComponent(mediaId)}/insights`;
}
