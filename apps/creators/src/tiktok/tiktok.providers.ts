import { RateLimitedTikTokClient, tiktokUpstreamLimiter } from '@tally/creators-data';
import { REDIS } from '@tally/nest-kit';
import { resolveTikTokConfig, TikTokClient } from '@tally/tiktok';
import type { Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { CreatorsConfig } from '../config/creators.config.js';

/**
 * The TikTok client: TikTok itself, or the sandbox when no TIKTOK_CLIENT_KEY
 * is set. Its Display API calls (the connect callback's profile read) take
 * slots of the limit the sync workers share, waiting no longer than
 * CONNECT_PROFILE_WAIT_MS: a person's browser is waiting on them.
 */
export function tiktokClientProvider(config: CreatorsConfig): Provider {
  const { upstream: _upstream, ...options } = resolveTikTokConfig(config);
  return {
    provide: TikTokClient,
    useFactory: (redis: Redis) =>
      new RateLimitedTikTokClient(
        options,
        tiktokUpstreamLimiter(redis, {
          limitPerMinute: config.TIKTOK_RATE_LIMIT_PER_MINUTE,
          clientKey: options.clientKey,
        }),
        { maxWaitMs: config.CONNECT_PROFILE_WAIT_MS },
      ),
    inject: [REDIS],
  };
}
