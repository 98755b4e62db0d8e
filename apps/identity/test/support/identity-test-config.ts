import { loadIdentityConfig, type IdentityConfig } from '../../src/config/identity.config.js';

type ConfigOverrides = Partial<Record<keyof IdentityConfig, string>>;

/** Identity's configuration as the environment would give it, with the test's own values on top. */
export function identityTestConfig(overrides: ConfigOverrides = {}): IdentityConfig {
  return loadIdentityConfig({
    DATABASE_URL: process.env.DATABASE_URL,
    PUBLIC_BASE_URL: 'http://tally.test',
    ...overrides,
  });
}
