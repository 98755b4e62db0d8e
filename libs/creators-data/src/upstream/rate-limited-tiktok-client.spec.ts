import { TIKTOK_ENDPOINTS } from '@tally/tiktok';
import { RateLimitedTikTokClient } from './rate-limited-tiktok-client.js';

/** A client whose every HTTP answer is an empty success, recording slots and calls in order. */
function setUp() {
  const events: string[] = [];
  const limiter = {
    acquire: jest.fn(async (endpoint: string) => {
      events.push(`slot ${endpoint}`);
    }),
  };
  const answers: Record<string, unknown> = {
    [TIKTOK_ENDPOINTS.userInfo]: { data: { user: { open_id: 'o1' } } },
    [TIKTOK_ENDPOINTS.videoList]: { data: { videos: [], cursor: 0, has_more: false } },
    [TIKTOK_ENDPOINTS.videoQuery]: { data: { videos: [] } },
  };
  const fetch = jest.fn(async (input: string | URL | Request) => {
    const path = new URL(String(input)).pathname;
    events.push(`call ${path}`);
    return new Response(
      JSON.stringify({ ...(answers[path] as object), error: { code: 'ok', message: '' } }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  }) as unknown as typeof globalThis.fetch;
  const sut = new RateLimitedTikTokClient(
    {
      authBaseUrl: 'https://tiktok.test',
      apiBaseUrl: 'https://api.tiktok.test',
      clientKey: 'key',
      clientSecret: 'secret',
      timeoutMs: 1000,
      fetch,
    },
    limiter,
  );
  return { sut, events, limiter };
}

describe('RateLimitedTikTokClient', () => {
  it('takes a slot of the endpoint before each Display API call', async () => {
    const { sut, events } = setUp();

    await sut.userInfo('act', ['display_name']);
    await sut.listVideos('act', { maxCount: 20 });
    await sut.queryVideos('act', ['7300000000000000001']);

    expect(events).toEqual([
      'slot /v2/user/info/',
      'call /v2/user/info/',
      'slot /v2/video/list/',
      'call /v2/video/list/',
      'slot /v2/video/query/',
      'call /v2/video/query/',
    ]);
  });

  it('takes no slot for a query without ids, which calls nobody', async () => {
    const { sut, limiter } = setUp();

    await expect(sut.queryVideos('act', [])).resolves.toEqual([]);
    expect(limiter.acquire).not.toHaveBeenCalled();
  });
});
