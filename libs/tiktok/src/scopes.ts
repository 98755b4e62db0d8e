/** The TikTok scopes Tally asks for (comma-separated on the wire, never space-separated). */
export const TIKTOK_SCOPES = [
  'user.info.basic',
  'user.info.profile',
  'user.info.stats',
  'video.list',
] as const;

export type TikTokScope = (typeof TIKTOK_SCOPES)[number];
