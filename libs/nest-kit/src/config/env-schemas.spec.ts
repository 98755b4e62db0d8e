import { baseEnvSchema, env } from './env-schemas.js';
import { configProblems, loadConfig } from './load-config.js';

const schema = baseEnvSchema.extend({
  REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
});

function problemsOf(variables: Record<string, string>): string[] {
  return configProblems(() => loadConfig(schema, variables));
}

describe('the credentials in NATS_URL and REDIS_URL', () => {
  it('takes a NATS user and password in the address', () => {
    const config = loadConfig(schema, { NATS_URL: 'nats://gateway:s3cret@nats:4222' });

    expect(config.NATS_URL).toEqual(['nats://gateway:s3cret@nats:4222']);
  });

  it('refuses a NATS user without a password, without repeating the address', () => {
    const problems = problemsOf({ NATS_URL: 'nats://gateway:@nats:4222' });

    expect(problems).toEqual([
      expect.stringMatching(/^NATS_URL: must carry both a user and a password/),
    ]);
  });

  it('refuses NATS servers that carry different users', () => {
    expect(
      problemsOf({ NATS_URL: 'nats://gateway:a@nats-1:4222,nats://identity:b@nats-2:4222' }),
    ).toEqual([expect.stringMatching(/^NATS_URL: must carry the same user and password/)]);
  });

  it('takes a Redis ACL user with its password, or a password alone', () => {
    expect(problemsOf({ REDIS_URL: 'redis://tally:s3cret@redis:6379' })).toEqual([]);
    expect(problemsOf({ REDIS_URL: 'redis://:s3cret@redis:6379' })).toEqual([]);
  });

  it('refuses a Redis user without a password (it would connect as the default user)', () => {
    expect(problemsOf({ REDIS_URL: 'redis://tally:@redis:6379' })).toEqual([
      'REDIS_URL: names a user without a password (redis://user:password@host:6379)',
    ]);
  });

  it('reports an address that is not a URL once', () => {
    expect(problemsOf({ REDIS_URL: 'not a url' })).toEqual([
      'REDIS_URL: must be a URL like redis://host:6379',
    ]);
  });
});
