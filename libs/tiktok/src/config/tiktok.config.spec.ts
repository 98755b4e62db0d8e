import { configProblems, DEVELOPMENT_SECRETS } from '@tally/nest-kit';
import { SANDBOX_DEV_CLIENT_KEY, SANDBOX_DEV_CLIENT_SECRET } from './sandbox-dev-credentials.js';
import { loadTikTokConfig } from './tiktok.config.js';

describe('loadTikTokConfig', () => {
  it('talks to TikTok with the configured credentials when TIKTOK_CLIENT_KEY is set', () => {
    const config = loadTikTokConfig({ TIKTOK_CLIENT_KEY: 'awkey', TIKTOK_CLIENT_SECRET: 'secret' });

    expect(config).toEqual({
      upstream: 'tiktok',
      authBaseUrl: 'https://www.tiktok.com',
      apiBaseUrl: 'https://open.tiktokapis.com',
      clientKey: 'awkey',
      clientSecret: 'secret',
      timeoutMs: 10000,
    });
  });

  it('talks to the local sandbox with its credentials when no client key is set', () => {
    const config = loadTikTokConfig({ TIKTOK_SANDBOX_PORT: '4600' });

    expect(config).toEqual({
      upstream: 'sandbox',
      authBaseUrl: 'http://127.0.0.1:4600',
      apiBaseUrl: 'http://127.0.0.1:4600',
      clientKey: SANDBOX_DEV_CLIENT_KEY,
      clientSecret: SANDBOX_DEV_CLIENT_SECRET,
      timeoutMs: 10000,
    });
  });

  it('lets explicit base URLs win over both defaults', () => {
    const config = loadTikTokConfig({
      TIKTOK_AUTH_BASE_URL: 'http://localhost:4500',
      TIKTOK_API_BASE_URL: 'http://platform-sandbox:4500',
      TIKTOK_TIMEOUT_MS: '2500',
    });

    expect(config).toMatchObject({
      authBaseUrl: 'http://localhost:4500',
      apiBaseUrl: 'http://platform-sandbox:4500',
      timeoutMs: 2500,
    });
  });

  it('sends browsers to the sandbox at its public address and servers to its inner one', () => {
    const sandbox = loadTikTokConfig({
      TIKTOK_SANDBOX_URL: 'http://platform-sandbox:4500',
      TIKTOK_SANDBOX_PUBLIC_URL: 'http://localhost:4500',
    });
    const tiktok = loadTikTokConfig({
      TIKTOK_CLIENT_KEY: 'awkey',
      TIKTOK_CLIENT_SECRET: 'secret',
      TIKTOK_SANDBOX_PUBLIC_URL: 'http://localhost:4500',
    });

    expect(sandbox).toMatchObject({
      authBaseUrl: 'http://localhost:4500',
      apiBaseUrl: 'http://platform-sandbox:4500',
    });
    expect(tiktok.authBaseUrl).toBe('https://www.tiktok.com');
  });

  it('requires the secret with the key', () => {
    expect(() => loadTikTokConfig({ TIKTOK_CLIENT_KEY: 'awkey' })).toThrow(
      /TIKTOK_CLIENT_SECRET: is required when TIKTOK_CLIENT_KEY is set/,
    );
  });

  it("refuses the sandbox's development secret for the real TikTok, in any environment", () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(
        configProblems(() =>
          loadTikTokConfig({
            NODE_ENV,
            TIKTOK_CLIENT_KEY: 'awkey',
            TIKTOK_CLIENT_SECRET: SANDBOX_DEV_CLIENT_SECRET,
          }),
        ),
      ).toEqual([expect.stringMatching(/^TIKTOK_CLIENT_SECRET: is the TikTok sandbox's/)]);
    }
  });

  it('refuses a secret committed to the repository in production only', () => {
    const withCommittedSecret = (NODE_ENV: string) =>
      configProblems(() =>
        loadTikTokConfig({
          NODE_ENV,
          TIKTOK_CLIENT_KEY: 'awkey',
          TIKTOK_CLIENT_SECRET: DEVELOPMENT_SECRETS.CURSOR_SECRET,
        }),
      );

    expect(withCommittedSecret('production')).toEqual([
      expect.stringMatching(/^TIKTOK_CLIENT_SECRET: is a development value/),
    ]);
    expect(withCommittedSecret('development')).toEqual([]);
  });

  it('names a malformed base URL', () => {
    expect(
      configProblems(() => loadTikTokConfig({ TIKTOK_API_BASE_URL: 'open.tiktokapis.com' })),
    ).toEqual([expect.stringMatching(/^TIKTOK_API_BASE_URL: must be a URL/)]);
  });
});
