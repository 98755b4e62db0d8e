/** The TikTok paths the sandbox plays; faults, rate limits and stats are kept per path. */
export const TIKTOK_PATHS = {
  authorize: '/v2/auth/authorize/',
  token: '/v2/oauth/token/',
  revoke: '/v2/oauth/revoke/',
  userInfo: '/v2/user/info/',
  videoList: '/v2/video/list/',
  videoQuery: '/v2/video/query/',
} as const;

export type TikTokPath = (typeof TIKTOK_PATHS)[keyof typeof TIKTOK_PATHS];

export const ALL_TIKTOK_PATHS = Object.values(TIKTOK_PATHS) as [TikTokPath, ...TikTokPath[]];

/** Which error shape a path answers with. */
export type EndpointStyle = 'consent-page' | 'oauth' | 'display';

export function styleOf(path: TikTokPath): EndpointStyle {
  if (path === TIKTOK_PATHS.authorize) return 'consent-page';
  if (path === TIKTOK_PATHS.token || path === TIKTOK_PATHS.revoke) return 'oauth';
  return 'display';
}
