import { PlatformError } from '@tally/platform-kit';
import { TikTokError } from './tiktok-error.js';

describe('TikTokError', () => {
  it("is a PlatformError of TikTok, TikTok's log id its trace id", () => {
    const error = new TikTokError({
      kind: 'rate_limited',
      endpoint: '/v2/video/list/',
      message: 'too many requests',
      httpStatus: 429,
      logId: '20261207A1B2',
      retryAfterSeconds: 30,
    });

    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({
      name: 'TikTokError',
      platform: 'TIKTOK',
      kind: 'rate_limited',
      traceId: '20261207A1B2',
      logId: '20261207A1B2',
      retryable: true,
      grantGone: false,
    });
    expect(error.message).toBe('TikTok /v2/video/list/: too many requests');
  });
});
