import { createRedis } from '@tally/nest-kit';
import type { IdentityConfig } from '../../src/config/identity.config.js';
import { openSignInRedis, type SignInRedis } from '../../src/auth/sign-in-redis.js';

/** The sign-in limits' connection as identity opens it, under the test file's key prefix. */
export function openTestSignInRedis(config: IdentityConfig): SignInRedis {
  return openSignInRedis({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX });
}

/**
 * Deletes the sign-in keys the test file wrote (remembered addresses live for
 * days). Only under the file's own prefix: never anyone else's keys.
 */
export async function forgetSignInKeys(config: IdentityConfig): Promise<void> {
  if (!config.REDIS_KEY_PREFIX) return;
  const redis = createRedis({ url: config.REDIS_URL, keyPrefix: '' });
  try {
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${config.REDIS_KEY_PREFIX}signin:*` })) {
      keys.push(...(batch as string[]));
    }
    if (keys.length > 0) await redis.unlink(...keys);
  } finally {
    await redis.quit();
  }
}
