import { TIKTOK_ENDPOINTS } from '@tally/tiktok';

const KNOWN_ENDPOINTS: readonly string[] = Object.values(TIKTOK_ENDPOINTS);

/** TikTok's path of a request URL (`/v2/video/list/`), or `other`. */
export function endpointOf(input: string | URL | Request): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = new URL(url).pathname;
  return KNOWN_ENDPOINTS.find((endpoint) => path.endsWith(endpoint)) ?? 'other';
}

/**
 * A fetch that reports every call's endpoint and outcome: the HTTP status, or
 * `timeout` / `network_error` when no answer came.
 */
export function countingFetch(
  inner: typeof fetch,
  record: (endpoint: string, status: string) => void,
): typeof fetch {
  return async (input, init) => {
    const endpoint = endpointOf(input);
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
