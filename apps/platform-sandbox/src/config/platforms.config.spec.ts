import { configProblems } from '@tally/nest-kit';
import { SANDBOX_GOOGLE_CLIENT_ID, SANDBOX_INSTAGRAM_APP_ID } from './platform-credentials.js';
import {
  instagramSettingsFrom,
  loadPlatformsConfig,
  youtubeSettingsFrom,
} from './platforms.config.js';

describe('loadPlatformsConfig', () => {
  it('defaults to the dev credentials, Instagram lifetimes and 10,000 units a day', () => {
    const config = loadPlatformsConfig({});

    expect(instagramSettingsFrom(config)).toMatchObject({
      appId: SANDBOX_INSTAGRAM_APP_ID,
      shortLivedTokenTtlSeconds: 3600,
      longLivedTokenTtlSeconds: 5_184_000,
      userLimitErrorCode: 17,
      redirectUris: expect.arrayContaining([
        'http://127.0.0.1:3000/api/v1/connect/instagram/callback',
      ]),
    });
    expect(youtubeSettingsFrom(config)).toMatchObject({
      clientId: SANDBOX_GOOGLE_CLIENT_ID,
      accessTokenTtlSeconds: 3599,
      dailyQuotaUnits: 10_000,
      redirectUris: expect.arrayContaining([
        'http://localhost:3000/api/v1/connect/youtube/callback',
      ]),
    });
  });

  it('reads the quota, the hourly limit and its error code', () => {
    const config = loadPlatformsConfig({
      YOUTUBE_SANDBOX_DAILY_QUOTA: '50',
      INSTAGRAM_SANDBOX_CALLS_PER_USER_PER_HOUR: '7',
      INSTAGRAM_SANDBOX_USER_LIMIT_ERROR_CODE: '80002',
    });

    expect(youtubeSettingsFrom(config).dailyQuotaUnits).toBe(50);
    expect(instagramSettingsFrom(config)).toMatchObject({
      callsPerUserPerHour: 7,
      userLimitErrorCode: 80002,
    });
  });

  it('names the malformed variables', () => {
    const problems = configProblems(() =>
      loadPlatformsConfig({
        YOUTUBE_SANDBOX_DAILY_QUOTA: '-1',
        GOOGLE_SANDBOX_REDIRECT_URIS: 'not-a-url',
      }),
    );

    expect(problems.map((problem) => problem.split(/[.:]/)[0]).sort()).toEqual([
      'GOOGLE_SANDBOX_REDIRECT_URIS',
      'YOUTUBE_SANDBOX_DAILY_QUOTA',
    ]);
  });
});
