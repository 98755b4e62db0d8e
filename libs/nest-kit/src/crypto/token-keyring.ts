import { ConfigError } from '../config/load-config.js';
import {
  allowsDevelopmentSecrets,
  DEVELOPMENT_SECRETS,
  resolveSecret,
  type NodeEnv,
} from '../config/secret-settings.js';
import { createHash } from 'node:crypto';
import { z } from 'zod';

export interface TokenKey {
  id: string;
  key: Buffer;
}

/** The key new tokens are sealed with, and older ones that may still open stored tokens. */
export interface TokenKeyring {
  current: TokenKey;
  previous: TokenKey[];
}

export const tokenEncryptionEnvSchema = z.object({
  TOKEN_ENCRYPTION_KEY: z.string().optional(),
  TOKEN_ENCRYPTION_PREVIOUS_KEYS: z.string().default(''),
});

export type TokenEncryptionEnv = z.infer<typeof tokenEncryptionEnvSchema>;

/**
 * `[<key id>:]<base64 of 32 bytes>`. Without an id, the id is derived from the
 * key, so that the same key always gets the same id.
 */
export function parseTokenKey(text: string, variable: string): TokenKey {
  const separator = text.lastIndexOf(':');
  const encoded = separator === -1 ? text : text.slice(separator + 1);
  const key = Buffer.from(encoded.trim(), 'base64');
  if (key.length !== 32 || !/^[A-Za-z0-9+/=_-]+$/.test(encoded.trim())) {
    throw new ConfigError([
      `${variable}: must be 32 random bytes in base64 (openssl rand -base64 32), optionally prefixed with "<key id>:"`,
    ]);
  }
  const id =
    separator === -1
      ? createHash('sha256').update(key).digest('hex').slice(0, 12)
      : text.slice(0, separator).trim();
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) {
    throw new ConfigError([
      `${variable}: the key id must be 1-64 letters, digits, ".", "_" or "-"`,
    ]);
  }
  return { id, key };
}

/** Outside development and tests, tokens sealed with it would be as good as plaintext. */
const DEVELOPMENT_KEY = parseTokenKey(DEVELOPMENT_SECRETS.TOKEN_ENCRYPTION_KEY, 'development');

/**
 * TOKEN_ENCRYPTION_KEY follows every secret's rule (nest-kit's resolveSecret);
 * production also refuses the development key under another id. Previous keys
 * may hold it: they only open tokens sealed before a rotation, for re-sealing.
 */
export function tokenKeyringFrom(vars: TokenEncryptionEnv, nodeEnv: NodeEnv): TokenKeyring {
  const resolved = resolveSecret(vars.TOKEN_ENCRYPTION_KEY, nodeEnv, {
    development: DEVELOPMENT_SECRETS.TOKEN_ENCRYPTION_KEY,
  });
  if ('problem' in resolved) throw new ConfigError([`TOKEN_ENCRYPTION_KEY: ${resolved.problem}`]);
  const current = parseTokenKey(resolved.value as string, 'TOKEN_ENCRYPTION_KEY');
  if (!allowsDevelopmentSecrets(nodeEnv) && current.key.equals(DEVELOPMENT_KEY.key)) {
    throw new ConfigError([
      'TOKEN_ENCRYPTION_KEY: is the development key committed to the repository; production needs its own (openssl rand -base64 32)',
    ]);
  }
  const previous = vars.TOKEN_ENCRYPTION_PREVIOUS_KEYS.split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => parseTokenKey(entry, 'TOKEN_ENCRYPTION_PREVIOUS_KEYS'));
  const ids = [current.id, ...previous.map((key) => key.id)];
  if (new Set(ids).size !== ids.length) {
    throw new ConfigError(['TOKEN_ENCRYPTION_PREVIOUS_KEYS: two keys share one key id']);
  }
  return { current, previous };
}
