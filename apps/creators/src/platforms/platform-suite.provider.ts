import { PlatformSuite, resolvePlatformConfigs } from '@tally/creators-data';
import { REDIS } from '@tally/nest-kit';
import { Inject, Injectable, OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { CreatorsConfig } from '../config/creators.config.js';

/**
 * Every platform, each the real one when its credentials are set and the
 * sandbox otherwise. Calls take their turn in the limits the sync workers
 * share, waiting no longer than CONNECT_PROFILE_WAIT_MS: a person's browser
 * or a customer's request is waiting on them.
 */
export function platformSuiteProvider(config: CreatorsConfig): Provider {
  const configs = resolvePlatformConfigs(config);
  const wait = config.CONNECT_PROFILE_WAIT_MS;
  return {
    provide: PlatformSuite,
    useFactory: (redis: Redis) =>
      new PlatformSuite(redis, configs, {
        maxSlotWaitMs: { TIKTOK: wait, INSTAGRAM: wait, YOUTUBE: wait },
      }),
    inject: [REDIS],
  };
}

/** Calls waiting for a slot give up when the process shuts down. */
@Injectable()
export class PlatformSuiteCloser implements OnApplicationShutdown {
  constructor(@Inject(PlatformSuite) private readonly suite: PlatformSuite) {}

  onApplicationShutdown(): void {
    this.suite.close();
  }
}
