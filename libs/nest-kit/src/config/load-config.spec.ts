import { z } from 'zod';
import { baseEnvSchema, env } from './env-schemas.js';
import { configProblems, loadConfig } from './load-config.js';

const schema = baseEnvSchema.extend({
  DATABASE_URL: env.postgresUrl(),
  PORT: env.port(3000),
});

describe('configProblems', () => {
  it('lists what a load reports as wrong, and nothing for a good one', () => {
    expect(configProblems(() => loadConfig(schema, {}))).toEqual([
      expect.stringMatching(/^DATABASE_URL: /) as string,
    ]);
    expect(configProblems(() => loadConfig(schema, { DATABASE_URL: 'postgres://a@b/c' }))).toEqual(
      [],
    );
  });

  it('lets any other failure through', () => {
    expect(() =>
      configProblems(() => {
        throw new TypeError('not a configuration problem');
      }),
    ).toThrow(TypeError);
  });
});

describe('loadConfig', () => {
  it('applies defaults and parses values', () => {
    const config = loadConfig(schema, { DATABASE_URL: 'postgres://a@localhost/b', PORT: '8080' });

    expect(config.PORT).toBe(8080);
    expect(config.NATS_URL).toEqual(['nats://127.0.0.1:4222']);
    expect(config.NATS_REQUEST_TIMEOUT_MS).toBe(5000);
  });

  it('names a missing variable', () => {
    expect(configProblems(() => loadConfig(schema, {}))).toEqual(['DATABASE_URL: is required']);
  });

  it('names a malformed variable and says what it expects', () => {
    const problems = configProblems(() =>
      loadConfig(schema, { DATABASE_URL: 'mysql://x/y', PORT: '70000' }),
    );

    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DATABASE_URL: must be a URL like postgres:\/\//);
    expect(problems[1]).toMatch(/^PORT: /);
  });

  it('treats an empty value as unset', () => {
    const config = loadConfig(schema, { DATABASE_URL: 'postgres://a@h/b', PORT: '' });
    expect(config.PORT).toBe(3000);
  });

  it('accepts a comma-separated list of NATS servers', () => {
    const config = loadConfig(z.object({ NATS_URL: env.natsUrl() }), {
      NATS_URL: 'nats://a:4222, nats://b:4222',
    });
    expect(config.NATS_URL).toEqual(['nats://a:4222', 'nats://b:4222']);
  });

  it('rejects a subject prefix that is not made of NATS tokens', () => {
    expect(
      configProblems(() => loadConfig(baseEnvSchema, { NATS_SUBJECT_PREFIX: 'a b>' }))[0],
    ).toMatch(/^NATS_SUBJECT_PREFIX: /);
  });
});
