import type { Platform } from '@tally/contracts';
import type { TikTokScope } from '@tally/tiktok';

const TIKTOK_CONNECT_SCOPES: readonly TikTokScope[] = [
  'user.info.basic',
  'user.info.profile',
  'user.info.stats',
  'video.list',
];

/** What Tally asks a creator for; undefined: the platform client's defaults (everything Tally reads). */
export function connectScopes(platform: Platform): readonly string[] | undefined {
  return platform === 'TIKTOK' ? TIKTOK_CONNECT_SCOPES : undefined;
}
