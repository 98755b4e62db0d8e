import type { Platform } from '@tally/contracts';
import { InstagramClient } from '@tally/instagram';
import type { FetchFunction, PlatformMedia, PlatformProfile } from '@tally/platform-kit';
import { TikTokProvider } from '@tally/tiktok';
import { type ChannelLookup, YouTubeClient } from '@tally/youtube';
import type { Redis } from 'ioredis';
import type { DailyUnitQuota } from '../upstream/daily-unit-quota.js';
import { RateLimitedTikTokClient } from '../upstream/rate-limited-tiktok-client.js';
import { tiktokUpstreamLimiter } from '../upstream/tiktok-upstream.js';
import type { UpstreamLimiter } from '../upstream/upstream-limiter.js';
import { instagramUpstreamLimiter, perCreatorSlots } from './instagram-upstream.js';
import { ObservedProvider } from './observed-provider.js';
import { type CallPriority, PlatformProviders } from './platform-providers.js';
import type { PlatformConfigs } from './platforms-env.js';
import type { UpstreamHooks } from './upstream-hooks.js';
import {
  noteQuotaExceeded,
  spendQuotaUnits,
  youtubeDailyQuota,
  type YouTubeQuotaOptions,
} from './youtube-quota.js';

export interface PlatformSuiteOptions {
  /**
   * The longest a call may wait for a slot of its platform's shared per-call
   * limit (TikTok's per endpoint, Instagram's per creator); past it the call
   * fails at once with UpstreamBusyError. Unset: it waits its turn.
   */
  maxSlotWaitMs?: Partial<Record<Platform, number>>;
  /** Each platform's fetch (a counting one, for metrics); the global fetch by default. */
  fetchFor?: (platform: Platform) => FetchFunction;
  hooks?: Partial<Record<'TIKTOK' | 'INSTAGRAM', UpstreamHooks>>;
  quota?: Omit<YouTubeQuotaOptions, 'reserveUnits'>;
}

/** YouTube's public lookups (with the server key), spending the requested share of the quota. */
export interface YouTubeLookups {
  lookupChannel(lookup: ChannelLookup): Promise<PlatformProfile | null>;
  lookupVideos(ids: readonly string[]): Promise<PlatformMedia[]>;
}

/**
 * Every platform as a provider under the limits every process shares
 * through Redis: TikTok's per endpoint and minute, Instagram's per creator
 * and hour, YouTube's daily units.
 */
export class PlatformSuite {
  readonly providers: PlatformProviders;
  readonly youtubeQuota: DailyUnitQuota;
  readonly youtubeLookups: YouTubeLookups;
  private readonly limiters: UpstreamLimiter[];

  constructor(redis: Redis, configs: PlatformConfigs, options: PlatformSuiteOptions = {}) {
    const fetchFor = options.fetchFor ?? (() => fetch);
    const tiktokLimiter = tiktokUpstreamLimiter(redis, {
      limitPerMinute: configs.tiktokLimitPerMinute,
      clientKey: configs.tiktok.clientKey,
      ...options.hooks?.TIKTOK,
    });
    const instagramLimiter = instagramUpstreamLimiter(redis, {
      appId: configs.instagram.appId,
      callsPerUserPerHour: configs.instagram.callsPerUserPerHour,
      ...options.hooks?.INSTAGRAM,
    });
    this.limiters = [tiktokLimiter, instagramLimiter];
    const quota = youtubeDailyQuota(redis, configs.youtube, {
      reserveUnits: configs.youtubeReserveUnits,
      ...options.quota,
    });
    this.youtubeQuota = quota;
    const waitOf = (platform: Platform) => ({ maxWaitMs: options.maxSlotWaitMs?.[platform] });

    const tiktok = new TikTokProvider(
      new RateLimitedTikTokClient(
        { ...configs.tiktok, fetch: fetchFor('TIKTOK') },
        tiktokLimiter,
        waitOf('TIKTOK'),
      ),
      { limitPerMinute: configs.tiktokLimitPerMinute },
    );
    const instagram = new InstagramClient({
      ...configs.instagram,
      fetch: fetchFor('INSTAGRAM'),
      beforeCall: perCreatorSlots(instagramLimiter, waitOf('INSTAGRAM')),
    });
    const youtubeClient = (priority: CallPriority) =>
      new YouTubeClient({
        ...configs.youtube,
        fetch: fetchFor('YOUTUBE'),
        beforeCall: spendQuotaUnits(quota, priority),
      });
    const noteExceeded = (error: unknown) => noteQuotaExceeded(quota, error);

    this.providers = new PlatformProviders((platform, priority) => {
      switch (platform) {
        case 'TIKTOK':
          return tiktok;
        case 'INSTAGRAM':
          return instagram;
        case 'YOUTUBE':
          return new ObservedProvider(youtubeClient(priority), noteExceeded);
      }
    });
    const lookups = youtubeClient('requested');
    this.youtubeLookups = {
      lookupChannel: (lookup) => observed(lookups.lookupChannel(lookup), noteExceeded),
      lookupVideos: (ids) => observed(lookups.lookupVideos(ids), noteExceeded),
    };
  }

  /** Ends every wait for a slot (the process is shutting down). */
  close(): void {
    for (const limiter of this.limiters) limiter.close();
  }
}

async function observed<T>(call: Promise<T>, onFailure: (error: unknown) => Promise<void>) {
  try {
    return await call;
  } catch (error) {
    await onFailure(error);
    throw error;
  }
}
