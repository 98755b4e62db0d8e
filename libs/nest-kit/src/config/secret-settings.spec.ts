import { baseEnvSchema, env } from './env-schemas.js';
import { configProblems, loadConfig } from './load-config.js';
import { DEVELOPMENT_SECRETS, resolveSecret, withSecrets } from './secret-settings.js';

const DEVELOPMENT_VALUE = 'a-development-value-for-the-tests-of-secrets';
const PRODUCTION_VALUE = 'a-production-value-that-nobody-committed-anywhere';

const schema = baseEnvSchema
  .extend({ API_SECRET: env.secret(), WEBHOOK_TOKEN: env.secret() })
  .transform(
    withSecrets({
      API_SECRET: { development: DEVELOPMENT_VALUE, minLength: 32 },
      WEBHOOK_TOKEN: { minLength: 32 },
    }),
  );

function problemsOf(variables: Record<string, string>): string[] {
  return configProblems(() => loadConfig(schema, variables));
}

describe('a secret setting', () => {
  it('falls back to its development value only when NODE_ENV says development or test', () => {
    expect(loadConfig(schema, { NODE_ENV: 'development' }).API_SECRET).toBe(DEVELOPMENT_VALUE);
    expect(loadConfig(schema, { NODE_ENV: 'test' }).API_SECRET).toBe(DEVELOPMENT_VALUE);
  });

  it('is required when NODE_ENV is unset, as in production', () => {
    const expected = [
      expect.stringMatching(/^API_SECRET: is required unless NODE_ENV is development or test/),
    ];

    expect(problemsOf({})).toEqual(expected);
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(expected);
  });

  it.each(Object.entries(DEVELOPMENT_SECRETS))(
    'refuses the committed development value of %s in production, in any variable',
    (_name, value) => {
      expect(problemsOf({ API_SECRET: value })).toEqual([
        expect.stringMatching(/^API_SECRET: is a development value committed to the repository/),
      ]);
      expect(problemsOf({ API_SECRET: PRODUCTION_VALUE, WEBHOOK_TOKEN: value })).toEqual([
        expect.stringMatching(/^WEBHOOK_TOKEN: is a development value/),
      ]);
    },
  );

  it('takes a development value outside production', () => {
    expect(
      loadConfig(schema, {
        NODE_ENV: 'development',
        API_SECRET: DEVELOPMENT_SECRETS.CURSOR_SECRET,
      }).API_SECRET,
    ).toBe(DEVELOPMENT_SECRETS.CURSOR_SECRET);
  });

  it('refuses a value shorter than its minimum in every environment', () => {
    expect(problemsOf({ NODE_ENV: 'development', API_SECRET: 'short' })).toEqual([
      'API_SECRET: must be at least 32 characters',
    ]);
  });

  it('leaves an optional secret unset in production, and checks it when set', () => {
    expect(loadConfig(schema, { API_SECRET: PRODUCTION_VALUE }).WEBHOOK_TOKEN).toBeUndefined();
    expect(problemsOf({ API_SECRET: PRODUCTION_VALUE, WEBHOOK_TOKEN: 'short' })).toEqual([
      'WEBHOOK_TOKEN: must be at least 32 characters',
    ]);
  });

  it('takes a production value of its own', () => {
    const config = loadConfig(schema, {
      API_SECRET: PRODUCTION_VALUE,
      WEBHOOK_TOKEN: PRODUCTION_VALUE,
    });

    expect(config.NODE_ENV).toBe('production');
    expect(config.API_SECRET).toBe(PRODUCTION_VALUE);
  });
});

describe('resolveSecret', () => {
  it('says what is wrong without the variable name, for callers that parse on', () => {
    expect(resolveSecret(undefined, 'production', { development: 'x' })).toEqual({
      problem: expect.stringMatching(/^is required/) as string,
    });
    expect(resolveSecret(undefined, 'test', { development: 'x' })).toEqual({ value: 'x' });
  });

  it('is typed: a secret with a development value is always a string after loading', () => {
    const loaded = loadConfig(schema, { NODE_ENV: 'test' });
    const apiSecret: string = loaded.API_SECRET;
    const webhook: string | undefined = loaded.WEBHOOK_TOKEN;

    expect([apiSecret, webhook]).toEqual([DEVELOPMENT_VALUE, undefined]);
  });
});
