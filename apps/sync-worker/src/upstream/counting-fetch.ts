import type { Platform } from '@tally/contracts';
import { INSTAGRAM_ENDPOINTS } from '@tally/instagram';
import { TIKTOK_ENDPOINTS } from '@tally/tiktok';
import { YOUTUBE_ENDPOINTS } from '@tally/youtube';

const KNOWN_ENDPOINTS: Readonly<Record<Platform, readonly string[]>> = {
  TIKTOK: Object.values(TIKTOK_ENDPOINTS),
  INSTAGRAM: [...Object.values(INSTAGRAM_ENDPOINTS), '/{media-id}/insights'],
  YOUTUBE: Object.values(YOUTUBE_ENDPOINTS),
};

/**
 * The platform's path of a request URL (`/v2/video/list/`, `/me/media`,
 * `/youtube/v3/videos`), or `other`: one label per endpoint, whatever the
 * Graph version or media id in the path.
 */
export function endpointOf(platform: Platform, input: string | URL | Request): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  let path = new URL(url).pathname;
  if (platform === 'INSTAGRAM') {
    path = path
      .replace(/\/v\d+\.\d+(?=\/)/, '')
      .replace(/\/\d+\/insights$/, '/{media-id}/insights');
  }
  const known = KNOWN_ENDPOINTS[platform];
  // Longest first: `/me/media` before `/me`.
  const match = [...known]
    .sort((a, b) => b.length - a.length)
    .find((endpoint) => path.endsWith(endpoint));
  return match ?? 'other';
}

/**
 * A fetch that reports every call's endpoint and outcome: the HTTP status, or
 * `timeout` / `network_error` when no answer came.
 */
export function countingFetch(
  platform: Platform,
  inner: typeof fetch,
  record: (endpoint: string, status: string) => void,
): typeof fetch {
  return async (input, init) => {
    const endpoint = endpointOf(platform, input);
    try {
      const response = await inner(input, init);
      record(endpoint, String(response.status));
      return response;
    } catch (error) {
      record(endpoint, init?.signal?.aborted ? 'timeout' : 'network_error');
      throw error;
    }
  };
}
