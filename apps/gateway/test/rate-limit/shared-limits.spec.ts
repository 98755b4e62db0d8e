import { RateLimitService } from '../../src/rate-limit/rate-limit.service.js';
import {
  credential,
  newAccount,
  newIp,
  rateLimitOptions,
  SMALL_LIMITS,
  startService,
} from './fixtures.js';

describe('RateLimitService against Redis', () => {
  const services: RateLimitService[] = [];

  async function gateway(limits: Parameters<typeof rateLimitOptions>[0] = {}) {
    const service = await startService(rateLimitOptions(limits));
    services.push(service);
    return service;
  }

  afterAll(async () => {
    await Promise.all(services.map((service) => service.close()));
  });

  it('shares one pool among all credentials of an account and environment', async () => {
    const sut = await gateway();
    const accountId = newAccount();
    const [first, second] = [credential(accountId), credential(accountId)];
    const ip = newIp();

    const decisions = [];
    for (const principal of [first, first, first, second, second]) {
      decisions.push(await sut.consume({ ip, principal }));
    }
    const refused = await sut.consume({ ip, principal: second });

    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, true]);
    expect(decisions.map((decision) => decision.pool?.remaining)).toEqual([4, 3, 2, 1, 0]);
    expect(decisions[0].enforcedBy).toBe('redis');
    expect(refused).toMatchObject({ allowed: false, refusedBy: { name: 'pool', limit: 5 } });
    expect(refused.retryAfterSeconds).toBeGreaterThan(590);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it('keeps the pools of two accounts apart', async () => {
    const sut = await gateway();
    const busy = credential(newAccount());
    const quiet = credential(newAccount());
    for (let i = 0; i < SMALL_LIMITS.production.limit; i++) {
      await sut.consume({ ip: newIp(), principal: busy });
    }

    const busyAgain = await sut.consume({ ip: newIp(), principal: busy });
    const quietFirst = await sut.consume({ ip: newIp(), principal: quiet });

    expect(busyAgain.allowed).toBe(false);
    expect(quietFirst).toMatchObject({ allowed: true, pool: { limit: 5, remaining: 4 } });
  });

  it("keeps an account's development pool apart from its production pool", async () => {
    const sut = await gateway();
    const accountId = newAccount();
    const development = credential(accountId, 'development');
    for (let i = 0; i < SMALL_LIMITS.development.limit; i++) {
      await sut.consume({ ip: newIp(), principal: development });
    }

    const developmentAgain = await sut.consume({ ip: newIp(), principal: development });
    const production = await sut.consume({ ip: newIp(), principal: credential(accountId) });

    expect(developmentAgain).toMatchObject({
      allowed: false,
      refusedBy: { name: 'pool', limit: 3 },
    });
    expect(production).toMatchObject({ allowed: true, pool: { limit: 5, remaining: 4 } });
  });

  it('refuses a credential above its burst limit, without using up the pool', async () => {
    const sut = await gateway({
      production: { limit: 50, windowSeconds: 600 },
      burst: { limit: 3, windowSeconds: 1 },
    });
    const accountId = newAccount();
    const fast = credential(accountId);
    const ip = newIp();

    const decisions = await Promise.all(
      [1, 2, 3, 4].map(() => sut.consume({ ip, principal: fast })),
    );
    const otherCredential = await sut.consume({ ip, principal: credential(accountId) });

    const refused = decisions.filter((decision) => !decision.allowed);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ refusedBy: { name: 'burst' }, retryAfterSeconds: 1 });
    expect(otherCredential).toMatchObject({ allowed: true, pool: { remaining: 50 - 4 } });
  });

  it('limits every client IP, with or without credentials', async () => {
    const sut = await gateway({ ip: { limit: 3, windowSeconds: 600 } });
    const crowded = newIp();
    for (let i = 0; i < 3; i++) await sut.consume({ ip: crowded });

    const anonymous = await sut.consume({ ip: crowded });
    const authenticated = await sut.consume({ ip: crowded, principal: credential(newAccount()) });
    const elsewhere = await sut.consume({ ip: newIp() });

    expect(anonymous).toMatchObject({ allowed: false, refusedBy: { name: 'ip' }, pool: undefined });
    expect(authenticated).toMatchObject({ allowed: false, refusedBy: { name: 'ip' } });
    expect(authenticated.pool?.remaining).toBe(5);
    expect(elsewhere).toMatchObject({ allowed: true, ip: { limit: 3, remaining: 2 } });
  });

  it('counts the addresses of one IPv6 /64 together', async () => {
    const sut = await gateway({ ip: { limit: 2, windowSeconds: 600 } });
    const network = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`;

    await sut.consume({ ip: `${network}::a` });
    await sut.consume({ ip: `${network}::b` });
    const third = await sut.consume({ ip: `${network}:0:0:0:c` });

    expect(third).toMatchObject({ allowed: false, refusedBy: { name: 'ip' } });
  });

  it('shares the limits between two gateways', async () => {
    const [left, right] = await Promise.all([gateway(), gateway()]);
    const principal = credential(newAccount());
    const ip = newIp();

    const remaining = [];
    for (const sut of [left, right, left, right, left]) {
      remaining.push((await sut.consume({ ip, principal })).pool?.remaining);
    }
    const refusedByRight = await right.consume({ ip, principal });
    const refusedByLeft = await left.consume({ ip, principal });

    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    expect(refusedByRight.allowed).toBe(false);
    expect(refusedByLeft.allowed).toBe(false);
  });
});
