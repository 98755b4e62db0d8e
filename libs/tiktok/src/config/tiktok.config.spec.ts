import { ConfigError } from '@tally/nest-kit';
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
      TIKTOK_API_BASE_URL: 'http://tiktok-sandbox:4500',
      TIKTOK_TIMEOUT_MS: '2500',
    });

    expect(config).toMatchObject({
      authBaseUrl: 'http://localhost:4500',
      apiBaseUrl: 'http://tiktok-sandbox:4500',
      timeoutMs: 2500,
    });
  });

  it('sends browsers to the sandbox at its public address and servers to its inner one', () => {
    const sandbox = loadTikTokConfig({
      TIKTOK_SANDBOX_URL: 'http://tiktok-sandbox:4500',
      TIKTOK_SANDBOX_PUBLIC_URL: 'http://localhost:4500',
    });
    const tiktok = loadTikTokConfig({
      TIKTOK_CLIENT_KEY: 'awkey',
      TIKTOK_CLIENT_SECRET: 'secret',
      TIKTOK_SANDBOX_PUBLIC_URL: 'http://localhost:4500',
    });

    expect(sandbox).toMatchObject({
      authBaseUrl: 'http://localhost:4500',
      apiBaseUrl: 'http://tiktok-sandbox:4500',
    });
    expect(tiktok.authBaseUrl).toBe('https://www.tiktok.com');
  });

  it('requires the secret with the key', () => {
    expect(() => loadTikTokConfig({ TIKTOK_CLIENT_KEY: 'awkey' })).toThrow(
      /TIKTOK_CLIENT_SECRET: is required when TIKTOK_CLIENT_KEY is set/,
    );
  });

  it('names a malformed base URL', () => {
    let problems: string[] = [];
    try {
      loadTikTokConfig({ TIKTOK_API_BASE_URL: 'open.tiktokapis.com' });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }

    expect(problems).toEqual([expect.stringMatching(/^TIKTOK_API_BASE_URL: must be a URL/)]);
  });
});
