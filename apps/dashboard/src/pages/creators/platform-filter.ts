import {
  PLATFORM_NAMES,
  SUPPORTED_PLATFORMS,
  parsePlatform,
  platformSlug,
} from '@tally/contracts/browser';
import { withQuery } from '../../api/api-client';
import type { Platform } from '../../api/types';
import { paths } from '../../app/routes';

/** The creators list's filter, kept in the page's address: `/creators?platform=youtube`. */
const PARAM = 'platform';

export const PLATFORM_FILTER_OPTIONS: { value: Platform | null; label: string }[] = [
  { value: null, label: 'All' },
  ...SUPPORTED_PLATFORMS.map((platform) => ({ value: platform, label: PLATFORM_NAMES[platform] })),
];

/** The platform the address asks for; null (every platform) when it names none we know. */
export function platformFromSearch(search: URLSearchParams): Platform | null {
  const platform = parsePlatform(search.get(PARAM));
  return platform && SUPPORTED_PLATFORMS.includes(platform) ? platform : null;
}

/** The list's address with this filter. */
export function creatorsListPath(platform: Platform | null): string {
  return withQuery(paths.creators, { [PARAM]: platform && platformSlug(platform) });
}

/** `GET /api/v1/creators`'s filter parameter, spelled as the API answers platforms. */
export function creatorsQuery(platform: Platform | null): { platform?: Platform } {
  return platform ? { platform } : {};
}
