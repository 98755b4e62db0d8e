import { runCli } from '../../src/cli/run-cli.js';
import { RateLimitService } from '../../src/rate-limit/rate-limit.service.js';
import {
  credential,
  newAccount,
  newIp,
  rateLimitEnv,
  rateLimitOptions,
  startService,
} from './fixtures.js';

const options = rateLimitOptions();
const env = rateLimitEnv(options);

/** Runs the operator CLI in-process and returns its exit code and what it printed. */
async function limits(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['limits', ...argv], env, {
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

describe('operator overrides, live', () => {
  let gateways: RateLimitService[];

  beforeAll(async () => {
    gateways = await Promise.all([startService(options), startService(options)]);
  });

  afterAll(async () => {
    const { accountOverrides } = JSON.parse((await limits('show')).out) as {
      accountOverrides: Record<string, unknown>;
    };
    for (const accountId of Object.keys(accountOverrides)) {
      await limits('reset', '--account', accountId);
    }
    await limits('reset', '--ip');
    await Promise.all(gateways.map((gateway) => gateway.close()));
  });

  it("applies an account's new pool on every gateway from the next request", async () => {
    const principal = credential(newAccount());
    const before = await gateways[0].consume({ ip: newIp(), principal });

    const set = await limits(
      'set',
      ...['--account', principal.accountId, '--environment', 'production'],
      ...['--limit', '2', '--window', '60'],
    );
    const onFirst = await gateways[0].consume({ ip: newIp(), principal });
    const onSecond = await gateways[1].consume({ ip: newIp(), principal });

    expect(set.code).toBe(0);
    expect(before.pool).toMatchObject({ limit: 5, windowSeconds: 600 });
    expect(onFirst).toMatchObject({ allowed: true, pool: { limit: 2, windowSeconds: 60 } });
    expect(onFirst.pool?.resetSeconds).toBeLessThanOrEqual(60);
    expect(onSecond).toMatchObject({ allowed: false, refusedBy: { name: 'pool', limit: 2 } });
  });

  it('leaves the other environment and other accounts at their defaults', async () => {
    const accountId = newAccount();
    await limits(
      'set',
      ...['--account', accountId, '--environment', 'production', '--limit', '9', '--window', '60'],
    );

    const development = await gateways[0].consume({
      ip: newIp(),
      principal: credential(accountId, 'development'),
    });
    const otherAccount = await gateways[0].consume({
      ip: newIp(),
      principal: credential(newAccount()),
    });

    expect(development.pool).toMatchObject({ limit: 3, windowSeconds: 600 });
    expect(otherAccount.pool).toMatchObject({ limit: 5, windowSeconds: 600 });
  });

  it('applies a burst limit to every credential of the account', async () => {
    const accountId = newAccount();
    await limits('set', '--account', accountId, '--burst', '7');

    const decision = await gateways[1].consume({ ip: newIp(), principal: credential(accountId) });

    expect(decision.burst).toMatchObject({ limit: 7, windowSeconds: 1, remaining: 6 });
  });

  it('returns an account to the defaults on reset', async () => {
    const principal = credential(newAccount());
    await limits(
      'set',
      ...['--account', principal.accountId, '--environment', 'production'],
      ...['--limit', '40', '--window', '60'],
    );
    await limits('set', '--account', principal.accountId, '--burst', '7');

    const reset = await limits('reset', '--account', principal.accountId);
    const decision = await gateways[0].consume({ ip: newIp(), principal });

    expect(reset.code).toBe(0);
    expect(decision.pool).toMatchObject({ limit: 5, windowSeconds: 600 });
    expect(decision.burst).toMatchObject({ limit: 100, windowSeconds: 1 });
  });

  it('changes the per-IP limit for every caller, and resets it', async () => {
    await limits('set', '--ip', '--limit', '4', '--window', '30');
    const overridden = await gateways[0].consume({ ip: newIp() });
    const authenticated = await gateways[1].consume({
      ip: newIp(),
      principal: credential(newAccount()),
    });

    await limits('reset', '--ip');
    const restored = await gateways[1].consume({ ip: newIp() });

    expect(overridden.ip).toMatchObject({ limit: 4, windowSeconds: 30 });
    expect(authenticated.ip).toMatchObject({ limit: 4, windowSeconds: 30 });
    expect(restored.ip).toMatchObject({ limit: 1000, windowSeconds: 600 });
  });

  it('shows the effective limits of an account, each marked default or override', async () => {
    const accountId = newAccount();
    await limits(
      'set',
      ...[
        '--account',
        accountId,
        '--environment',
        'development',
        '--limit',
        '20',
        '--window',
        '60',
      ],
    );

    const shown = await limits('show', '--account', accountId);

    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out)).toEqual({
      account: accountId,
      development: { limit: 20, windowSeconds: 60, source: 'override' },
      production: { limit: 5, windowSeconds: 600, source: 'default' },
      burst: { limit: 100, windowSeconds: 1, source: 'default' },
      publishable: { limit: 4, windowSeconds: 600, source: 'default' },
      'publishable-ip': { limit: 2, windowSeconds: 600, source: 'default' },
      ip: { limit: 1000, windowSeconds: 600, source: 'default' },
    });
  });

  it('shows every override and the defaults without --account', async () => {
    const accountId = newAccount();
    await limits('set', '--account', accountId, '--burst', '12');
    await limits('set', '--ip', '--limit', '500', '--window', '10');

    const shown = JSON.parse((await limits('show')).out) as Record<string, unknown>;
    await limits('reset', '--ip');

    expect(shown.ip).toEqual({ limit: 500, windowSeconds: 10, source: 'override' });
    expect(shown.accountDefaults).toEqual({
      development: { limit: 3, windowSeconds: 600 },
      production: { limit: 5, windowSeconds: 600 },
      burst: { limit: 100, windowSeconds: 1 },
      publishable: { limit: 4, windowSeconds: 600 },
      'publishable-ip': { limit: 2, windowSeconds: 600 },
    });
    expect(shown.accountOverrides).toMatchObject({
      [accountId]: { burst: { limit: 12, windowSeconds: 1 } },
    });
  });
});
