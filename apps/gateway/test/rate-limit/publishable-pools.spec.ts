import { runCli } from '../../src/cli/run-cli.js';
import { RateLimitService } from '../../src/rate-limit/rate-limit.service.js';
import {
  credential,
  newAccount,
  newIp,
  rateLimitEnv,
  rateLimitOptions,
  SMALL_LIMITS,
  startService,
} from './fixtures.js';

// SMALL_LIMITS: a publishable key may make 4 requests, 2 of them from any one IP;
// the account's production pool holds 5.
describe('publishable keys against Redis: a pool of their own', () => {
  let sut: RateLimitService;

  beforeAll(async () => {
    sut = await startService(rateLimitOptions());
  });

  afterAll(async () => {
    await sut.close();
  });

  it("never spends the account's pool, so its secret keys keep working", async () => {
    const accountId = newAccount();
    const scraped = credential(accountId, 'production', 'publishable_key');
    const server = credential(accountId, 'production', 'secret_key');
    for (let i = 0; i < 10; i++) await sut.consume({ ip: newIp(), principal: scraped });

    const fromTheServer = await sut.consume({ ip: newIp(), principal: server });

    expect(fromTheServer).toMatchObject({
      allowed: true,
      pool: { name: 'pool', limit: SMALL_LIMITS.production.limit, remaining: 4 },
    });
  });

  it('refuses a key once its own pool is used up, from every IP', async () => {
    const key = credential(newAccount(), 'production', 'publishable_key');
    const decisions = [];
    for (let i = 0; i < SMALL_LIMITS.publishable.limit; i++)
      decisions.push(await sut.consume({ ip: newIp(), principal: key }));

    const refused = await sut.consume({ ip: newIp(), principal: key });

    expect(decisions.every((decision) => decision.allowed)).toBe(true);
    expect(decisions.map((decision) => decision.pool?.remaining)).toEqual([3, 2, 1, 0]);
    expect(refused).toMatchObject({
      allowed: false,
      refusedBy: { name: 'publishable', limit: 4 },
    });
  });

  it("gives each client IP a share of the key's pool, so one visitor cannot use it all", async () => {
    const key = credential(newAccount(), 'production', 'publishable_key');
    const greedy = newIp();
    await sut.consume({ ip: greedy, principal: key });
    await sut.consume({ ip: greedy, principal: key });

    const greedyAgain = await sut.consume({ ip: greedy, principal: key });
    const someoneElse = await sut.consume({ ip: newIp(), principal: key });

    expect(greedyAgain).toMatchObject({
      allowed: false,
      refusedBy: { name: 'publishable-ip', limit: 2 },
    });
    // A refused request uses up nothing: the key's pool saw 2 requests, then this one.
    expect(someoneElse).toMatchObject({
      allowed: true,
      pool: { name: 'publishable', remaining: 1 },
    });
  });

  it("keeps one key's pool apart from another key's of the same account", async () => {
    const accountId = newAccount();
    const first = credential(accountId, 'production', 'publishable_key');
    const second = credential(accountId, 'production', 'publishable_key');
    for (let i = 0; i < SMALL_LIMITS.publishable.limit; i++)
      await sut.consume({ ip: newIp(), principal: first });

    expect(await sut.consume({ ip: newIp(), principal: second })).toMatchObject({
      allowed: true,
      pool: { remaining: 3 },
    });
  });

  it("takes an operator's override of an account's publishable limits, set with the CLI", async () => {
    const accountId = newAccount();
    const env = rateLimitEnv(rateLimitOptions());
    const cli = (...argv: string[]) =>
      runCli(['limits', ...argv], env, { out: () => undefined, err: () => undefined });
    const key = credential(accountId, 'production', 'publishable_key');
    try {
      expect(
        await cli('set', '--account', accountId, '--publishable', '--limit', '1', '--window', '60'),
      ).toBe(0);

      const first = await sut.consume({ ip: newIp(), principal: key });
      const second = await sut.consume({ ip: newIp(), principal: key });

      expect(first).toMatchObject({ allowed: true, pool: { limit: 1, windowSeconds: 60 } });
      expect(second).toMatchObject({ allowed: false, refusedBy: { name: 'publishable' } });
    } finally {
      await cli('reset', '--account', accountId);
    }
  });
});
