import { z } from 'zod';
import { baseEnvSchema, env } from './env-schemas.js';
import { ConfigError, loadConfig } from './load-config.js';

const schema = baseEnvSchema.extend({
  DATABASE_URL: env.postgresUrl(),
  PORT: env.port(3000),
});

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults and parses values', () => {
    const config = loadConfig(schema, { DATABASE_URL: 'postgres://a@localhost/b', PORT: '8080' });

    expect(config.PORT).toBe(8080);
    expect(config.NATS_URL).toEqual(['nats://127.0.0.1:4222']);
    expect(config.NATS_REQUEST_TIMEOUT_MS).toBe(5000);
  });

  it('names a missing variable', () => {
    expect(problemsOf(() => loadConfig(schema, {}))).toEqual(['DATABASE_URL: is required']);
  });

  it('names a malformed variable and says what it expects', () => {
    const problems = problemsOf(() =>
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
    expect(problemsOf(() => loadConfig(baseEnvSchema, { NATS_SUBJECT_PREFIX: 'a b>' }))[0]).toMatch(
      /^NATS_SUBJECT_PREFIX: /,
    );
  });
});
