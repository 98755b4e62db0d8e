import { loadIdentityConfig, type IdentityConfig } from '../../src/config/identity.config.js';

type ConfigOverrides = Partial<Record<keyof IdentityConfig, string>>;

/** Identity's configuration as the environment would give it, with the test's own values on top. */
export function identityTestConfig(overrides: ConfigOverrides = {}): IdentityConfig {
  return loadIdentityConfig({
    NODE_ENV: 'test',
    DATABASE_URL: process.env.DATABASE_URL,
    REDIS_URL: process.env.REDIS_URL,
    // Each test file's own (scripts/jest/setup-env.cjs), so files never share sign-in counts.
    REDIS_KEY_PREFIX: process.env.REDIS_KEY_PREFIX,
    PUBLIC_BASE_URL: 'http://tally.test',
    ...overrides,
  });
}
