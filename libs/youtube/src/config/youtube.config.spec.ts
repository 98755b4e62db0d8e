import { configProblems, DEVELOPMENT_SECRETS } from '@tally/nest-kit';
import {
  GOOGLE_SANDBOX_DEV_CLIENT_ID,
  GOOGLE_SANDBOX_DEV_CLIENT_SECRET,
  YOUTUBE_SANDBOX_DEV_API_KEY,
} from './sandbox-dev-credentials.js';
import { loadYouTubeConfig } from './youtube.config.js';

const GOOGLE = {
  GOOGLE_CLIENT_ID: '123-abc.apps.googleusercontent.com',
  GOOGLE_CLIENT_SECRET: 'GOCSPX-secret',
};

describe('loadYouTubeConfig', () => {
  it('talks to Google with the configured credentials when GOOGLE_CLIENT_ID is set', () => {
    const config = loadYouTubeConfig({ ...GOOGLE, YOUTUBE_API_KEY: 'AIzaSy-key' });

    expect(config).toEqual({
      upstream: 'google',
      clientId: '123-abc.apps.googleusercontent.com',
      clientSecret: 'GOCSPX-secret',
      authBaseUrl: 'https://accounts.google.com',
      tokenBaseUrl: 'https://oauth2.googleapis.com',
      apiBaseUrl: 'https://www.googleapis.com',
      apiKey: 'AIzaSy-key',
      timeoutMs: 10000,
      quotaUnitsPerDay: 10000,
    });
  });

  it('leaves the server key out when none is set: public lookups are then refused', () => {
    expect(loadYouTubeConfig(GOOGLE)).not.toHaveProperty('apiKey');
  });

  it("talks to the local sandbox's Google paths with its credentials when no client id is set", () => {
    const config = loadYouTubeConfig({ TIKTOK_SANDBOX_PORT: '4600' });

    expect(config).toEqual({
      upstream: 'sandbox',
      clientId: GOOGLE_SANDBOX_DEV_CLIENT_ID,
      clientSecret: GOOGLE_SANDBOX_DEV_CLIENT_SECRET,
      authBaseUrl: 'http://127.0.0.1:4600/google-auth',
      tokenBaseUrl: 'http://127.0.0.1:4600/google-token',
      apiBaseUrl: 'http://127.0.0.1:4600/youtube-api',
      apiKey: YOUTUBE_SANDBOX_DEV_API_KEY,
      timeoutMs: 10000,
      quotaUnitsPerDay: 10000,
    });
  });

  it("takes the sandbox's credentials from its own variables when they are set", () => {
    const config = loadYouTubeConfig({
      GOOGLE_SANDBOX_CLIENT_ID: 'other-client',
      GOOGLE_SANDBOX_CLIENT_SECRET: 'other-secret',
      YOUTUBE_SANDBOX_API_KEY: 'other-key',
    });

    expect(config).toMatchObject({
      upstream: 'sandbox',
      clientId: 'other-client',
      clientSecret: 'other-secret',
      apiKey: 'other-key',
    });
  });

  it('sends browsers to the sandbox at its public address and servers to its inner one', () => {
    const config = loadYouTubeConfig({
      TIKTOK_SANDBOX_URL: 'http://platform-sandbox:4500/',
      TIKTOK_SANDBOX_PUBLIC_URL: 'http://localhost:4500',
    });

    expect(config).toMatchObject({
      authBaseUrl: 'http://localhost:4500/google-auth',
      tokenBaseUrl: 'http://platform-sandbox:4500/google-token',
      apiBaseUrl: 'http://platform-sandbox:4500/youtube-api',
    });
  });

  it('prefers PLATFORM_SANDBOX_URL and its public address to TikTok’s', () => {
    const config = loadYouTubeConfig({
      PLATFORM_SANDBOX_URL: 'http://platforms:4600',
      PLATFORM_SANDBOX_PUBLIC_URL: 'http://localhost:4600',
      TIKTOK_SANDBOX_URL: 'http://platform-sandbox:4500',
    });

    expect(config).toMatchObject({
      authBaseUrl: 'http://localhost:4600/google-auth',
      tokenBaseUrl: 'http://platforms:4600/google-token',
      apiBaseUrl: 'http://platforms:4600/youtube-api',
    });
  });

  it('lets explicit base URLs, timeout and quota win', () => {
    const config = loadYouTubeConfig({
      GOOGLE_AUTH_BASE_URL: 'http://localhost:4500/g',
      GOOGLE_TOKEN_BASE_URL: 'http://sandbox:4500/t',
      YOUTUBE_API_BASE_URL: 'http://sandbox:4500/y',
      YOUTUBE_TIMEOUT_MS: '2500',
      YOUTUBE_QUOTA_UNITS_PER_DAY: '1000000',
    });

    expect(config).toMatchObject({
      authBaseUrl: 'http://localhost:4500/g',
      tokenBaseUrl: 'http://sandbox:4500/t',
      apiBaseUrl: 'http://sandbox:4500/y',
      timeoutMs: 2500,
      quotaUnitsPerDay: 1_000_000,
    });
  });

  it('requires the secret with the client id', () => {
    expect(() => loadYouTubeConfig({ GOOGLE_CLIENT_ID: 'id' })).toThrow(
      /GOOGLE_CLIENT_SECRET: is required when GOOGLE_CLIENT_ID is set/,
    );
  });

  it("refuses the sandbox's development values for the real Google, in any environment", () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(
        configProblems(() =>
          loadYouTubeConfig({
            ...GOOGLE,
            NODE_ENV,
            GOOGLE_CLIENT_SECRET: GOOGLE_SANDBOX_DEV_CLIENT_SECRET,
          }),
        ),
      ).toEqual([expect.stringMatching(/^GOOGLE_CLIENT_SECRET: is the platform sandbox's/)]);
      expect(
        configProblems(() =>
          loadYouTubeConfig({ ...GOOGLE, NODE_ENV, YOUTUBE_API_KEY: YOUTUBE_SANDBOX_DEV_API_KEY }),
        ),
      ).toEqual([expect.stringMatching(/^YOUTUBE_API_KEY: is the platform sandbox's/)]);
    }
  });

  it('refuses a secret committed to the repository in production only', () => {
    const withCommittedSecret = (NODE_ENV: string) =>
      configProblems(() =>
        loadYouTubeConfig({
          ...GOOGLE,
          NODE_ENV,
          GOOGLE_CLIENT_SECRET: DEVELOPMENT_SECRETS.CURSOR_SECRET,
        }),
      );

    expect(withCommittedSecret('production')).toEqual([
      expect.stringMatching(/^GOOGLE_CLIENT_SECRET: is a development value/),
    ]);
    expect(withCommittedSecret('development')).toEqual([]);
  });

  it('names a malformed base URL and a quota that is not a positive integer', () => {
    expect(
      configProblems(() =>
        loadYouTubeConfig({
          YOUTUBE_API_BASE_URL: 'www.googleapis.com',
          YOUTUBE_QUOTA_UNITS_PER_DAY: '0',
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^YOUTUBE_API_BASE_URL: must be a URL/),
      expect.stringMatching(/^YOUTUBE_QUOTA_UNITS_PER_DAY: /),
    ]);
  });
});
