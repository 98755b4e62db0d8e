import { freePort } from '@tally/testing';
import { connectCliRedis, type RedisModuleOptions } from '@tally/nest-kit';
import type { RateLimitRedis } from '../rate-limit/rate-limit-redis.js';
import { runCli } from './run-cli.js';

const env = {
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: process.env.REDIS_KEY_PREFIX,
};

async function run(argv: string[], environment: Record<string, string | undefined> = env) {
  let out = '';
  let err = '';
  const connections: RateLimitRedis[] = [];
  const connect = async (options: RedisModuleOptions) => {
    const redis = await connectCliRedis(options);
    connections.push(redis);
    return redis;
  };
  const code = await runCli(
    argv,
    environment,
    { out: (text) => (out += text), err: (text) => (err += text) },
    connect,
  );
  return { code, out, err, connections };
}

describe('runCli', () => {
  it('prints the limits as JSON, exits 0 and closes its Redis connection', async () => {
    const result = await run(['limits', 'show', '--account', 'acc_cli']);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      account: 'acc_cli',
      production: { limit: 5000, windowSeconds: 600, source: 'default' },
    });
    expect(result.err).toBe('');
    expect(result.connections).toHaveLength(1);
    expect(result.connections[0].status).toBe('end');
  });

  it('exits 2 with the reason and the usage on bad usage, without touching Redis', async () => {
    const result = await run(
      'limits set --account acc_cli --environment production --limit lots --window 60'.split(' '),
    );

    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^--limit must be a whole number/);
    expect(result.err).toContain('Usage: limits <command>');
    expect(result.out).toBe('');
    expect(result.connections).toHaveLength(0);
  });

  it('prints the usage and exits 0 on --help', async () => {
    const result = await run(['limits', '--help']);

    expect(result.code).toBe(0);
    expect(result.out).toContain('limits set --ip --limit <n> --window <seconds>');
  });

  it('exits 1 and names the variable when the environment is malformed', async () => {
    const result = await run(['limits', 'show'], { ...env, RATE_LIMIT_IP: '1000 per 10s' });

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/RATE_LIMIT_IP: must be <requests>\/<seconds>s/);
  });

  it('exits 1 soon, saying why, when Redis cannot be reached', async () => {
    const nobody = `redis://127.0.0.1:${await freePort()}`;
    const startedAt = Date.now();

    const result = await run(['limits', 'reset', '--ip'], { ...env, REDIS_URL: nobody });

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Could not reach Redis: .*ECONNREFUSED/);
    expect(Date.now() - startedAt).toBeLessThan(3000);
  });
});
