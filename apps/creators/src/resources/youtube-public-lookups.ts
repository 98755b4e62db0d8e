import { AppError } from '@tally/contracts';
import { PlatformSuite } from '@tally/creators-data';
import { REDIS } from '@tally/nest-kit';
import { PlatformError, type PlatformMedia, type PlatformProfile } from '@tally/platform-kit';
import { YOUTUBE_MAX_RESULTS } from '@tally/youtube';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CreatorsConfig } from '../config/creators.config.js';
import { CREATORS_CONFIG } from '../config/creators.tokens.js';
import { PublicLookupCache } from './public-lookup-cache.js';
import { channelLookupKey, channelLookupOf, videoIdOf } from './youtube-identifiers.js';

/** How a public lookup ended. */
export type PublicOutcome<T> =
  | { status: 'found'; item: T }
  /** YouTube has nothing by that name, or the identifier names nothing a lookup can find. */
  | { status: 'not_found' }
  /** The day's quota is spent: nothing was asked. */
  | { status: 'quota_exhausted'; retryAfterSeconds: number };

/**
 * Public YouTube channels and videos, looked up with the server key
 * (YOUTUBE_API_KEY) when the account has not connected them. Each call costs
 * a unit of the daily quota (the requested share); answers are cached for
 * PUBLIC_LOOKUP_TTL.
 */
@Injectable()
export class YouTubePublicLookups {
  private readonly cache: PublicLookupCache;

  constructor(
    private readonly platforms: PlatformSuite,
    @Inject(REDIS) redis: Redis,
    @Inject(CREATORS_CONFIG) config: CreatorsConfig,
  ) {
    this.cache = new PublicLookupCache(redis, config.PUBLIC_LOOKUP_TTL);
  }

  async channel(identifier: string): Promise<PublicOutcome<PlatformProfile>> {
    const lookup = channelLookupOf(identifier);
    if (!lookup) return { status: 'not_found' };
    const key = channelLookupKey(lookup);
    const cached = await this.cache.channel(key).catch(() => {
      throw lookupsUnavailable();
    });
    if (cached) return outcomeOf(cached.found);
    try {
      const found = await this.platforms.youtubeLookups.lookupChannel(lookup);
      // Keeping the answer is a saving, not a must: it stands without the cache.
      await this.cache.putChannel(key, found).catch(() => undefined);
      return outcomeOf(found);
    } catch (error) {
      return quotaRefusal(error);
    }
  }

  /** Each identifier's outcome; the uncached ids go to YouTube 50 per call. */
  async videos(identifiers: readonly string[]): Promise<Map<string, PublicOutcome<PlatformMedia>>> {
    const idOf = new Map(identifiers.map((identifier) => [identifier, videoIdOf(identifier)]));
    const ids = [...new Set([...idOf.values()].filter((id): id is string => id !== null))];
    const answers = new Map<string, PublicOutcome<PlatformMedia>>();
    const cached = await this.cache.videos(ids).catch(() => {
      throw lookupsUnavailable();
    });
    for (const [id, value] of cached) answers.set(id, outcomeOf(value.found));
    const missing = ids.filter((id) => !cached.has(id));
    for (let start = 0; start < missing.length; start += YOUTUBE_MAX_RESULTS) {
      const batch = missing.slice(start, start + YOUTUBE_MAX_RESULTS);
      try {
        const found = new Map(
          (await this.platforms.youtubeLookups.lookupVideos(batch)).map((video) => [
            video.externalId,
            video,
          ]),
        );
        const fetched = new Map(batch.map((id) => [id, found.get(id) ?? null]));
        await this.cache.putVideos(fetched).catch(() => undefined);
        for (const [id, video] of fetched) answers.set(id, outcomeOf(video));
      } catch (error) {
        const refusal = quotaRefusal(error);
        for (const id of batch) answers.set(id, refusal);
      }
    }
    return new Map(
      identifiers.map((identifier) => {
        const id = idOf.get(identifier);
        return [identifier, (id && answers.get(id)) || { status: 'not_found' }];
      }),
    );
  }
}

function outcomeOf<T>(found: T | null): PublicOutcome<T> {
  return found === null ? { status: 'not_found' } : { status: 'found', item: found };
}

/**
 * The quota spent is an answer; YouTube failing (down, refusing our key) fails
 * the search with 502; the quota unreadable (Redis away) with 503.
 */
function quotaRefusal(error: unknown): { status: 'quota_exhausted'; retryAfterSeconds: number } {
  if (!(error instanceof PlatformError)) {
    throw lookupsUnavailable();
  }
  if (error.kind === 'quota_exhausted') {
    return { status: 'quota_exhausted', retryAfterSeconds: error.retryAfterSeconds ?? 3600 };
  }
  throw new AppError(
    'upstream_error',
    'YouTube could not answer the public lookup; try again in a moment.',
    [{ reason: error.kind }],
  );
}

/** Lookups go through Redis (the cache, the quota): without it they cannot be answered now. */
function lookupsUnavailable(): AppError {
  return new AppError('service_unavailable', 'Public lookups cannot be answered right now.', [
    { service: 'redis', reason: 'unavailable' },
  ]);
}
