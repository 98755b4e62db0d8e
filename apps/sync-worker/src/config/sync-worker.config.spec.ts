import { configProblems } from '@tally/nest-kit';
import { loadSyncWorkerConfig } from './sync-worker.config.js';

const base = { NODE_ENV: 'test', DATABASE_URL: 'postgres://tally:tally@127.0.0.1:5432/tally' };

function problemsOf(source: Record<string, string | undefined>): string[] {
  return configProblems(() => loadSyncWorkerConfig({ ...base, ...source }));
}

describe('loadSyncWorkerConfig', () => {
  it('talks to the sandbox with its development credentials when no TikTok app is configured', () => {
    const config = loadSyncWorkerConfig(base);

    expect(config.tiktok).toMatchObject({
      upstream: 'sandbox',
      apiBaseUrl: 'http://127.0.0.1:4500',
      timeoutMs: 10000,
    });
  });

  it('talks to TikTok when TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET are set', () => {
    const config = loadSyncWorkerConfig({
      ...base,
      TIKTOK_CLIENT_KEY: 'awkey',
      TIKTOK_CLIENT_SECRET: 'secret',
    });

    expect(config.tiktok).toMatchObject({ upstream: 'tiktok', clientKey: 'awkey' });
  });

  it('names TIKTOK_CLIENT_SECRET when only the key is set', () => {
    expect(problemsOf({ TIKTOK_CLIENT_KEY: 'awkey' })).toEqual([
      expect.stringMatching(/^TIKTOK_CLIENT_SECRET: /),
    ]);
  });

  it('names TIKTOK_TIMEOUT_MS when it is not a positive number', () => {
    expect(problemsOf({ TIKTOK_TIMEOUT_MS: 'soon' })).toEqual([
      expect.stringMatching(/^TIKTOK_TIMEOUT_MS: /),
    ]);
  });

  it('names TOKEN_ENCRYPTION_KEY when it is not 32 bytes of base64', () => {
    expect(problemsOf({ TOKEN_ENCRYPTION_KEY: 'too-short' })).toEqual([
      expect.stringMatching(/^TOKEN_ENCRYPTION_KEY: /),
    ]);
  });

  it('requires TOKEN_ENCRYPTION_KEY in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^TOKEN_ENCRYPTION_KEY: /),
    ]);
  });

  it('requires TOKEN_ENCRYPTION_KEY when NODE_ENV is unset (production)', () => {
    expect(
      problemsOf({ NODE_ENV: undefined }).map((problem) => problem.slice(0, problem.indexOf(':'))),
    ).toEqual(['TOKEN_ENCRYPTION_KEY']);
  });

  it('opens tokens with the key the creators service seals them with', () => {
    const key = Buffer.alloc(32, 7).toString('base64');

    const config = loadSyncWorkerConfig({ ...base, TOKEN_ENCRYPTION_KEY: `k1:${key}` });

    expect(config.tokenKeyring.current).toEqual({ id: 'k1', key: Buffer.alloc(32, 7) });
  });

  it('keeps creators fresher than six hours, checking every minute, 500 at a time', () => {
    const config = loadSyncWorkerConfig(base);

    expect(config).toMatchObject({
      SYNC_MAX_AGE: 6 * 3_600_000,
      SYNC_SCHEDULE_EVERY_MS: 60_000,
      SYNC_SCHEDULE_BATCH: 500,
      TIKTOK_RATE_LIMIT_PER_MINUTE: 600,
      SYNC_ATTEMPTS: 5,
    });
  });

  it('reads SYNC_MAX_AGE as a duration or seconds, and names it when it is neither', () => {
    expect(loadSyncWorkerConfig({ ...base, SYNC_MAX_AGE: '30m' }).SYNC_MAX_AGE).toBe(1_800_000);
    expect(loadSyncWorkerConfig({ ...base, SYNC_MAX_AGE: '7200' }).SYNC_MAX_AGE).toBe(7_200_000);
    expect(problemsOf({ SYNC_MAX_AGE: 'a while' })).toEqual([
      expect.stringMatching(/^SYNC_MAX_AGE: /),
    ]);
  });

  it('runs the scheduler unless told not to, or under NODE_ENV=test, where it must be asked for', () => {
    expect(loadSyncWorkerConfig({ ...base, NODE_ENV: 'development' }).SYNC_SCHEDULER_ENABLED).toBe(
      true,
    );
    expect(
      loadSyncWorkerConfig({ ...base, NODE_ENV: 'development', SYNC_SCHEDULER_ENABLED: 'false' })
        .SYNC_SCHEDULER_ENABLED,
    ).toBe(false);
    expect(loadSyncWorkerConfig({ ...base, NODE_ENV: 'test' }).SYNC_SCHEDULER_ENABLED).toBe(false);
    expect(
      loadSyncWorkerConfig({ ...base, NODE_ENV: 'test', SYNC_SCHEDULER_ENABLED: 'true' })
        .SYNC_SCHEDULER_ENABLED,
    ).toBe(true);
    expect(problemsOf({ SYNC_SCHEDULER_ENABLED: 'maybe' })).toEqual([
      expect.stringMatching(/^SYNC_SCHEDULER_ENABLED: /),
    ]);
  });
});
