import { createRedis } from '@tally/nest-kit';
import { PlatformError, type StoredGrant, TokenRefresher } from '@tally/platform-kit';
import type { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { LockTimeoutError, redisCreatorLock } from '../src/tokens/redis-creator-lock.js';

describe('redisCreatorLock', () => {
  // Two connections stand for two worker processes.
  let first: Redis;
  let second: Redis;

  beforeAll(() => {
    const options = {
      url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
    };
    first = createRedis(options);
    second = createRedis(options);
  });

  afterAll(async () => {
    await first.quit();
    await second.quit();
  });

  const options = { namespace: 'test', ttlMs: 5000, waitTimeoutMs: 5000, pollIntervalMs: 10 };

  it('lets one process at a time work under the same id', async () => {
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} starts`);
      await sleep(50);
      events.push(`${name} ends`);
      return name;
    };

    const results = await Promise.all([
      redisCreatorLock(first, options)('creator-a', work('one')),
      redisCreatorLock(second, options)('creator-a', work('two')),
    ]);

    expect(results.sort()).toEqual(['one', 'two']);
    expect(events[1]).toBe(`${events[0]?.split(' ')[0]} ends`);
  });

  it('lets work under different ids overlap', async () => {
    const events: string[] = [];
    const bothStarted = signal();
    let started = 0;
    const work = (name: string) => async () => {
      events.push(`${name} starts`);
      started += 1;
      if (started === 2) bothStarted.fire();
      // Run until the other has started too; were they kept apart, neither would start.
      await bothStarted.within(5000);
      events.push(`${name} ends`);
    };

    await Promise.all([
      redisCreatorLock(first, options)('creator-b', work('one')),
      redisCreatorLock(second, options)('creator-c', work('two')),
    ]);

    expect(events.slice(0, 2).sort()).toEqual(['one starts', 'two starts']);
  });

  it('gives the lock back when the work fails', async () => {
    const lock = redisCreatorLock(first, options);

    await expect(
      lock('creator-d', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');

    expect(await first.exists('lock:test:creator-d')).toBe(0);
    await expect(redisCreatorLock(second, options)('creator-d', async () => 'ran')).resolves.toBe(
      'ran',
    );
  });

  it('gives up waiting after the wait timeout', async () => {
    const holds = signal();
    const done = signal();
    const holding = redisCreatorLock(first, options)('creator-e', async () => {
      holds.fire();
      await done.within(10_000);
    });
    await holds.within(5000);

    const waiting = redisCreatorLock(second, { ...options, waitTimeoutMs: 100 })(
      'creator-e',
      async () => 'ran',
    );

    await expect(waiting).rejects.toBeInstanceOf(LockTimeoutError);
    done.fire();
    await holding;
  });

  it('takes over a lock whose holder died, and the late holder does not release it', async () => {
    const events: string[] = [];
    const lateHolds = signal();
    const takerStarted = signal();
    const takerMayEnd = signal();
    // A holder that outlives its lock (dead to the others): the lock lapses after 100 ms.
    const late = redisCreatorLock(first, { ...options, ttlMs: 100 })('creator-f', async () => {
      lateHolds.fire();
      await takerStarted.within(10_000);
      events.push('late holder released');
    });
    await lateHolds.within(5000);

    const taker = redisCreatorLock(second, { ...options, ttlMs: 60_000 })('creator-f', async () => {
      events.push('taker starts');
      takerStarted.fire();
      await takerMayEnd.within(10_000);
      events.push('taker ends');
    });
    await late;
    const third = redisCreatorLock(first, { ...options, waitTimeoutMs: 200 })(
      'creator-f',
      async () => events.push('third starts'),
    );
    await expect(third).rejects.toBeInstanceOf(LockTimeoutError);
    takerMayEnd.fire();
    await taker;
    await redisCreatorLock(first, options)('creator-f', async () => events.push('fourth starts'));

    expect(events).toEqual(['taker starts', 'late holder released', 'taker ends', 'fourth starts']);
  });

  it('makes workers in different processes refresh a stale token once', async () => {
    let stored = tokens(1, -60_000);
    const refreshedWith: string[] = [];
    const client = {
      refresh: async ({ refreshToken }: StoredGrant) => {
        refreshedWith.push(refreshToken ?? '');
        await sleep(30);
        if (refreshToken !== stored.refreshToken) {
          throw new PlatformError({
            platform: 'TIKTOK',
            kind: 'invalid_grant',
            endpoint: '/v2/oauth/token/',
            message: 'rotated',
          });
        }
        return tokens(refreshedWith.length + 1, 2 * 60 * 60_000);
      },
    };
    const refresherOn = (redis: Redis) =>
      new TokenRefresher({
        refresh: client.refresh,
        lock: redisCreatorLock(redis, { ...options, namespace: 'refresh-test' }),
        load: async () => stored,
        store: async (_creatorId, fresh) => {
          stored = { ...fresh, platform: 'TIKTOK' };
        },
      });

    const results = await Promise.all([
      refresherOn(first).freshTokens('creator-g'),
      refresherOn(second).freshTokens('creator-g'),
      refresherOn(first).freshTokens('creator-g'),
    ]);

    expect(refreshedWith).toEqual(['rft.1']);
    expect(results.map((result) => result.accessToken)).toEqual(['act.2', 'act.2', 'act.2']);
  });
});

function tokens(generation: number, accessExpiresInMs: number): StoredGrant {
  return {
    platform: 'TIKTOK',
    externalUserId: 'open-1',
    scopes: ['user.info.basic'],
    accessToken: `act.${generation}`,
    accessTokenExpiresAt: new Date(Date.now() + accessExpiresInMs),
    refreshToken: `rft.${generation}`,
    refreshTokenExpiresAt: new Date(Date.now() + 1e10),
    tokenType: 'Bearer',
  };
}

/**
 * Fired once by the test. `within` waits for it, or gives up after `ms`, so
 * that a broken lock makes the test fail rather than hang.
 */
function signal(): { fire: () => void; within: (ms: number) => Promise<void> } {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return {
    fire,
    within: async (ms) => {
      const timeout = new AbortController();
      await Promise.race([
        fired,
        sleep(ms, undefined, { signal: timeout.signal }).catch(() => undefined),
      ]);
      timeout.abort();
    },
  };
}
