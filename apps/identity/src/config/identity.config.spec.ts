import { configProblems, DEVELOPMENT_SECRETS } from '@tally/nest-kit';
import { loadIdentityConfig } from './identity.config.js';

const DATABASE_URL = 'postgres://tally:tally@127.0.0.1:5432/tally';
const KEY_HASH_SECRET = 'a-production-key-hash-secret-nobody-committed-1';
const SIGNING_KEY_ENCRYPTION_KEY = 'a-production-signing-key-secret-nobody-committed';

function problemsOf(vars: Record<string, string>): string[] {
  return configProblems(() => loadIdentityConfig({ DATABASE_URL, ...vars }));
}

describe('loadIdentityConfig', () => {
  it('requires both secrets when NODE_ENV is unset (production)', () => {
    expect(problemsOf({})).toEqual([
      expect.stringMatching(/^KEY_HASH_SECRET: is required/),
      expect.stringMatching(/^SIGNING_KEY_ENCRYPTION_KEY: is required/),
    ]);
  });

  it('refuses the development secrets in production, naming each variable', () => {
    expect(
      problemsOf({
        NODE_ENV: 'production',
        KEY_HASH_SECRET: DEVELOPMENT_SECRETS.KEY_HASH_SECRET,
        SIGNING_KEY_ENCRYPTION_KEY: DEVELOPMENT_SECRETS.SIGNING_KEY_ENCRYPTION_KEY,
      }),
    ).toEqual([
      expect.stringMatching(/^KEY_HASH_SECRET: is a development value/),
      expect.stringMatching(/^SIGNING_KEY_ENCRYPTION_KEY: is a development value/),
    ]);
  });

  it('keeps the two secrets apart: the signing-key secret is not KEY_HASH_SECRET', () => {
    const config = loadIdentityConfig({
      DATABASE_URL,
      KEY_HASH_SECRET,
      SIGNING_KEY_ENCRYPTION_KEY,
    });

    expect(config.KEY_HASH_SECRET).toBe(KEY_HASH_SECRET);
    expect(config.SIGNING_KEY_ENCRYPTION_KEY).toBe(SIGNING_KEY_ENCRYPTION_KEY);
    expect(config.SIGNING_KEY_ENCRYPTION_PREVIOUS_KEYS).toEqual([]);
  });

  it('takes previous signing-key secrets, comma-separated, each long enough', () => {
    const previous = [
      'an-older-signing-key-secret-of-32-chars-1',
      'an-older-one-still-32-characters-long-2',
    ];
    const config = loadIdentityConfig({
      DATABASE_URL,
      KEY_HASH_SECRET,
      SIGNING_KEY_ENCRYPTION_KEY,
      SIGNING_KEY_ENCRYPTION_PREVIOUS_KEYS: ` ${previous[0]} , ${previous[1]}`,
    });

    expect(config.SIGNING_KEY_ENCRYPTION_PREVIOUS_KEYS).toEqual(previous);
    expect(
      problemsOf({
        KEY_HASH_SECRET,
        SIGNING_KEY_ENCRYPTION_KEY,
        SIGNING_KEY_ENCRYPTION_PREVIOUS_KEYS: 'short',
      }),
    ).toEqual([expect.stringMatching(/^SIGNING_KEY_ENCRYPTION_PREVIOUS_KEYS/)]);
  });

  it('uses development secrets when NODE_ENV is development', () => {
    const config = loadIdentityConfig({ DATABASE_URL, NODE_ENV: 'development' });

    expect(config.KEY_HASH_SECRET).toBe(DEVELOPMENT_SECRETS.KEY_HASH_SECRET);
    expect(config.SIGNING_KEY_ENCRYPTION_KEY).toBe(DEVELOPMENT_SECRETS.SIGNING_KEY_ENCRYPTION_KEY);
  });
});
