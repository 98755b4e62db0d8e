import { countingFetch, endpointOf } from './counting-fetch.js';

describe('countingFetch', () => {
  it('records the endpoint and HTTP status of each answer', async () => {
    const recorded: string[] = [];
    const inner = jest.fn().mockResolvedValue(new Response('', { status: 429 }));
    const sut = countingFetch('TIKTOK', inner, (endpoint, status) =>
      recorded.push(`${endpoint} ${status}`),
    );

    const response = await sut('https://open.tiktokapis.com/v2/video/list/?fields=id', {});

    expect(response.status).toBe(429);
    expect(recorded).toEqual(['/v2/video/list/ 429']);
  });

  it('records a call without an answer as a timeout when it was aborted, else a network error', async () => {
    const recorded: string[] = [];
    const sut = countingFetch(
      'TIKTOK',
      jest.fn().mockRejectedValue(new TypeError('fetch failed')),
      (endpoint, status) => recorded.push(`${endpoint} ${status}`),
    );
    const aborted = new AbortController();
    aborted.abort();

    await expect(sut('http://127.0.0.1:4500/v2/user/info/')).rejects.toThrow('fetch failed');
    await expect(
      sut('http://127.0.0.1:4500/v2/oauth/token/', { signal: aborted.signal }),
    ).rejects.toThrow();

    expect(recorded).toEqual(['/v2/user/info/ network_error', '/v2/oauth/token/ timeout']);
  });

  it('names TikTok’s path behind any base URL, and anything else `other`', () => {
    expect(endpointOf('TIKTOK', 'https://proxy.example/tiktok/v2/video/query/?fields=id')).toBe(
      '/v2/video/query/',
    );
    expect(endpointOf('TIKTOK', new URL('https://open.tiktokapis.com/v3/anything/'))).toBe('other');
  });

  it('names Instagram’s Graph paths without their version, and every media’s insights alike', () => {
    const graph = 'http://127.0.0.1:4500/instagram-graph';
    expect(endpointOf('INSTAGRAM', `${graph}/v25.0/me?fields=user_id`)).toBe('/me');
    expect(endpointOf('INSTAGRAM', `${graph}/v25.0/me/media?limit=25`)).toBe('/me/media');
    expect(endpointOf('INSTAGRAM', `${graph}/v25.0/17895695668004550/insights`)).toBe(
      '/{media-id}/insights',
    );
    expect(endpointOf('INSTAGRAM', `${graph}/refresh_access_token`)).toBe('/refresh_access_token');
    expect(endpointOf('INSTAGRAM', 'https://api.instagram.com/oauth/access_token')).toBe(
      '/oauth/access_token',
    );
  });

  it('names the YouTube Data API’s and Google’s token paths', () => {
    expect(endpointOf('YOUTUBE', 'https://www.googleapis.com/youtube/v3/videos?id=a')).toBe(
      '/youtube/v3/videos',
    );
    expect(endpointOf('YOUTUBE', 'https://oauth2.googleapis.com/token')).toBe('/token');
    expect(endpointOf('YOUTUBE', 'https://www.googleapis.com/youtube/v3/search')).toBe('other');
  });
});
