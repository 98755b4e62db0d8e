import { createRedis, type RedisModuleOptions } from '@tally/nest-kit';

export type SignInRedis = ReturnType<typeof createRedis>;

export const SIGN_IN_REDIS = Symbol('SIGN_IN_REDIS');

/** Longest a sign-in waits for Redis before it is answered 503. */
const COMMAND_TIMEOUT_MS = 1000;

/**
 * The sign-in limits' own connection: a command that gets no answer (Redis
 * away, or frozen) fails after a second, so a sign-in is refused quickly
 * instead of hanging. Commands sent while it connects wait for it within
 * that second.
 */
export function openSignInRedis(options: RedisModuleOptions): SignInRedis {
  const redis = createRedis(options, { commandTimeout: COMMAND_TIMEOUT_MS });
  // Failures surface as failed sign-ins; the listener only keeps ioredis from printing each retry.
  redis.on('error', () => undefined);
  return redis;
}
