import { configProblems, DEVELOPMENT_SECRETS } from '@tally/nest-kit';
import { loadInstagramConfig } from './instagram.config.js';
import {
  INSTAGRAM_SANDBOX_DEV_APP_ID,
  INSTAGRAM_SANDBOX_DEV_APP_SECRET,
} from './sandbox-dev-credentials.js';

describe('loadInstagramConfig', () => {
  it('talks to Instagram with the configured app when INSTAGRAM_APP_ID is set', () => {
    const config = loadInstagramConfig({
      INSTAGRAM_APP_ID: '1234567890',
      INSTAGRAM_APP_SECRET: 'secret',
    });

    expect(config).toEqual({
      upstream: 'instagram',
      authBaseUrl: 'https://www.instagram.com',
      apiBaseUrl: 'https://api.instagram.com',
      graphBaseUrl: 'https://graph.instagram.com',
      appId: '1234567890',
      appSecret: 'secret',
      timeoutMs: 10000,
      graphVersion: 'v25.0',
      callsPerUserPerHour: 200,
    });
  });

  it('talks to the platform sandbox, a path prefix per Instagram host, without an app id', () => {
    const config = loadInstagramConfig({ PLATFORM_SANDBOX_URL: 'http://platform-sandbox:4500/' });

    expect(config).toEqual({
      upstream: 'sandbox',
      authBaseUrl: 'http://platform-sandbox:4500/instagram-auth',
      apiBaseUrl: 'http://platform-sandbox:4500/instagram-api',
      graphBaseUrl: 'http://platform-sandbox:4500/instagram-graph',
      appId: INSTAGRAM_SANDBOX_DEV_APP_ID,
      appSecret: INSTAGRAM_SANDBOX_DEV_APP_SECRET,
      timeoutMs: 10000,
      graphVersion: 'v25.0',
      callsPerUserPerHour: 200,
    });
  });

  it("falls back on the TikTok sandbox's address, then on its port on this machine", () => {
    expect(
      loadInstagramConfig({ TIKTOK_SANDBOX_URL: 'http://platform-sandbox:4500' }).graphBaseUrl,
    ).toBe('http://platform-sandbox:4500/instagram-graph');
    expect(loadInstagramConfig({ TIKTOK_SANDBOX_PORT: '4600' }).apiBaseUrl).toBe(
      'http://127.0.0.1:4600/instagram-api',
    );
  });

  it('sends browsers to the sandbox at its public address and servers to its inner one', () => {
    const config = loadInstagramConfig({
      PLATFORM_SANDBOX_URL: 'http://platform-sandbox:4500',
      PLATFORM_SANDBOX_PUBLIC_URL: 'http://localhost:4500',
    });

    expect(config).toMatchObject({
      authBaseUrl: 'http://localhost:4500/instagram-auth',
      apiBaseUrl: 'http://platform-sandbox:4500/instagram-api',
    });
  });

  it('lets explicit base URLs, version, timeout and budget win', () => {
    const config = loadInstagramConfig({
      INSTAGRAM_AUTH_BASE_URL: 'http://localhost:4501',
      INSTAGRAM_API_BASE_URL: 'http://ig-api:4501',
      INSTAGRAM_GRAPH_BASE_URL: 'http://ig-graph:4501',
      INSTAGRAM_GRAPH_VERSION: 'v24.0',
      INSTAGRAM_TIMEOUT_MS: '2500',
      INSTAGRAM_CALLS_PER_USER_PER_HOUR: '90',
    });

    expect(config).toMatchObject({
      authBaseUrl: 'http://localhost:4501',
      apiBaseUrl: 'http://ig-api:4501',
      graphBaseUrl: 'http://ig-graph:4501',
      graphVersion: 'v24.0',
      timeoutMs: 2500,
      callsPerUserPerHour: 90,
    });
  });

  it('requires the secret with the app id', () => {
    expect(() => loadInstagramConfig({ INSTAGRAM_APP_ID: '1234567890' })).toThrow(
      /INSTAGRAM_APP_SECRET: is required when INSTAGRAM_APP_ID is set/,
    );
  });

  it("refuses the sandbox's development secret for the real Instagram, in any environment", () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(
        configProblems(() =>
          loadInstagramConfig({
            NODE_ENV,
            INSTAGRAM_APP_ID: '1234567890',
            INSTAGRAM_APP_SECRET: INSTAGRAM_SANDBOX_DEV_APP_SECRET,
          }),
        ),
      ).toEqual([expect.stringMatching(/^INSTAGRAM_APP_SECRET: is the Instagram sandbox's/)]);
    }
  });

  it('refuses a secret committed to the repository in production only', () => {
    const withCommittedSecret = (NODE_ENV: string) =>
      configProblems(() =>
        loadInstagramConfig({
          NODE_ENV,
          INSTAGRAM_APP_ID: '1234567890',
          INSTAGRAM_APP_SECRET: DEVELOPMENT_SECRETS.CURSOR_SECRET,
        }),
      );

    expect(withCommittedSecret('production')).toEqual([
      expect.stringMatching(/^INSTAGRAM_APP_SECRET: is a development value/),
    ]);
    expect(withCommittedSecret('development')).toEqual([]);
  });

  it('names a malformed base URL or Graph version', () => {
    expect(
      configProblems(() =>
        loadInstagramConfig({
          INSTAGRAM_GRAPH_BASE_URL: 'graph.instagram.com',
          INSTAGRAM_GRAPH_VERSION: '25',
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^INSTAGRAM_GRAPH_BASE_URL: must be a URL/),
      expect.stringMatching(/^INSTAGRAM_GRAPH_VERSION: must be a Graph API version/),
    ]);
  });
});
