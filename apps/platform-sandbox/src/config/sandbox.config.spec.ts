import { configProblems } from '@tally/nest-kit';
import { SANDBOX_DEV_CLIENT_KEY } from '@tally/tiktok';
import { loadSandboxConfig, sandboxSettingsFrom } from './sandbox.config.js';

function problemsOf(source: Record<string, string>): string[] {
  return configProblems(() => loadSandboxConfig(source));
}

describe('loadSandboxConfig', () => {
  it('defaults to the documented lifetimes, 600 calls a minute and the dev client', () => {
    const settings = sandboxSettingsFrom(loadSandboxConfig({}));

    expect(settings).toMatchObject({
      clientKey: SANDBOX_DEV_CLIENT_KEY,
      codeTtlSeconds: 300,
      accessTokenTtlSeconds: 7200,
      refreshTokenTtlSeconds: 15552000,
      rateLimitPerMinute: 600,
      latencyMs: 0,
      autoApprove: false,
      oauthErrorsWithHttpStatus: false,
    });
    expect(settings.redirectUris).toContain('http://127.0.0.1:3000/api/v1/connect/tiktok/callback');
  });

  it('reads lists, flags and numbers', () => {
    const settings = sandboxSettingsFrom(
      loadSandboxConfig({
        TIKTOK_SANDBOX_REDIRECT_URIS: 'https://a.example/cb, https://b.example/cb',
        TIKTOK_SANDBOX_APPROVED_SCOPES: 'user.info.basic,video.list',
        TIKTOK_SANDBOX_AUTO_APPROVE: 'true',
        TIKTOK_SANDBOX_RATE_LIMIT_PER_MINUTE: '5',
        TIKTOK_SANDBOX_OAUTH_ERROR_STATUS: 'http',
      }),
    );

    expect(settings).toMatchObject({
      redirectUris: ['https://a.example/cb', 'https://b.example/cb'],
      approvedScopes: ['user.info.basic', 'video.list'],
      autoApprove: true,
      rateLimitPerMinute: 5,
      oauthErrorsWithHttpStatus: true,
    });
  });

  it('names the malformed variables', () => {
    const problems = problemsOf({
      TIKTOK_SANDBOX_AUTO_APPROVE: 'yes',
      TIKTOK_SANDBOX_APPROVED_SCOPES: 'user.info.basic,video.upload',
      TIKTOK_SANDBOX_REDIRECT_URIS: 'not-a-url',
    });

    expect(problems.map((problem) => problem.split(/[.:]/)[0]).sort()).toEqual([
      'TIKTOK_SANDBOX_APPROVED_SCOPES',
      'TIKTOK_SANDBOX_AUTO_APPROVE',
      'TIKTOK_SANDBOX_REDIRECT_URIS',
    ]);
  });
});
