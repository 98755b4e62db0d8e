import type { Provider } from '@nestjs/common';
import { IdentityConfig } from '../config/identity.config.js';
import { HashingGate } from '../users/hashing-gate.js';
import { LoginAttemptsPurger } from './login-attempts-purger.js';
import { SignInLimiter } from './sign-in-limiter.js';
import { openSignInRedis, SIGN_IN_REDIS } from './sign-in-redis.js';

/** What keeps sign-ins within their limits: the limits in Redis, the argon2 bound, the purge of old attempts. */
export function signInProviders(config: IdentityConfig): Provider[] {
  return [
    {
      provide: SIGN_IN_REDIS,
      useFactory: () =>
        openSignInRedis({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX }),
    },
    SignInLimiter,
    {
      provide: HashingGate,
      useValue: new HashingGate(config.LOGIN_MAX_CONCURRENT_HASHES, config.LOGIN_MAX_QUEUED_HASHES),
    },
    LoginAttemptsPurger,
  ];
}
