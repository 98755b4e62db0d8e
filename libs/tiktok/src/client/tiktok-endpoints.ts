/** TikTok's v2 paths; the trailing slashes are part of them. */
export const TIKTOK_ENDPOINTS = {
  authorize: '/v2/auth/authorize/',
  token: '/v2/oauth/token/',
  revoke: '/v2/oauth/revoke/',
  userInfo: '/v2/user/info/',
  videoList: '/v2/video/list/',
  videoQuery: '/v2/video/query/',
} as const;
