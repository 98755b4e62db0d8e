import type { TikTokScope } from '@tally/tiktok';

/** What Tally asks a creator for. */
export const CONNECT_SCOPES: readonly TikTokScope[] = [
  'user.info.basic',
  'user.info.profile',
  'user.info.stats',
  'video.list',
];
