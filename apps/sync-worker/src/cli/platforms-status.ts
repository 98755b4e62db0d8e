import type { Platform } from '@tally/contracts';
import {
  type PlatformCallTally,
  type PlatformConfigs,
  PlatformCallLedger,
  PlatformSuite,
  utcDayOf,
} from '@tally/creators-data';
import type { Redis } from 'ioredis';

/** A platform's calls today, by every sync worker together (the ledger's tally without its labels). */
export type TodaysCalls = Omit<PlatformCallTally, 'platform' | 'day'>;

export interface TikTokStatus {
  upstream: string;
  limits: { callsPerMinutePerEndpoint: number };
  /** Per endpoint with reservations: how far ahead of now its slots are taken (0: free now). */
  live: { endpoints: { endpoint: string; reservedAheadMs: number }[] };
  today: TodaysCalls;
}

export interface InstagramStatus {
  upstream: string;
  limits: { callsPerHourPerCreator: number };
  /** Creators whose budget has slots taken ahead of now, and the furthest of them. */
  live: { creatorsWithReservations: number; furthestAheadMs: number };
  today: TodaysCalls;
}

export interface YouTubeStatus {
  upstream: string;
  limits: { unitsPerDay: number; reserveUnits: number };
  live: { used: number; remaining: number; reserveUnits: number; resetsAt: string };
  today: TodaysCalls;
}

export interface PlatformsStatus {
  /** Redis' time, the clock the limits are reckoned on. */
  at: string;
  /** The UTC day of `today`. */
  day: string;
  platforms: { TIKTOK: TikTokStatus; INSTAGRAM: InstagramStatus; YOUTUBE: YouTubeStatus };
}

/** Every platform's limits and their shared state, read from Redis. */
export async function readPlatformsStatus(
  redis: Redis,
  configs: PlatformConfigs,
): Promise<PlatformsStatus> {
  const [seconds, micros] = (await redis.time()).map(Number);
  const now = seconds * 1000 + micros / 1000;
  const day = utcDayOf(Date.now());
  const ledger = new PlatformCallLedger(redis);
  const today = async (platform: Platform): Promise<TodaysCalls> => {
    const { platform: _platform, day: _day, ...calls } = await ledger.read(platform, day);
    return calls;
  };
  const suite = new PlatformSuite(redis, configs);
  try {
    const tiktokSlots = await reservations(redis, `upstream:tiktok:${configs.tiktok.clientKey}:`);
    const instagramSlots = await reservations(
      redis,
      `upstream:instagram:${configs.instagram.appId}:user:`,
    );
    const instagramAhead = [...instagramSlots.values()]
      .map((slot) => aheadOf(slot, now))
      .filter((ahead) => ahead > 0);
    const quota = await suite.youtubeQuota.status();
    return {
      at: new Date(now).toISOString(),
      day,
      platforms: {
        TIKTOK: {
          upstream: configs.tiktok.upstream,
          limits: { callsPerMinutePerEndpoint: configs.tiktokLimitPerMinute },
          live: {
            endpoints: [...tiktokSlots]
              .map(([endpoint, slot]) => ({ endpoint, reservedAheadMs: aheadOf(slot, now) }))
              .sort((a, b) => a.endpoint.localeCompare(b.endpoint)),
          },
          today: await today('TIKTOK'),
        },
        INSTAGRAM: {
          upstream: configs.instagram.upstream,
          limits: { callsPerHourPerCreator: configs.instagram.callsPerUserPerHour },
          live: {
            creatorsWithReservations: instagramAhead.length,
            furthestAheadMs: Math.max(0, ...instagramAhead),
          },
          today: await today('INSTAGRAM'),
        },
        YOUTUBE: {
          upstream: configs.youtube.upstream,
          limits: { unitsPerDay: quota.unitsPerDay, reserveUnits: quota.reserveUnits },
          live: {
            used: quota.used,
            remaining: quota.remaining,
            reserveUnits: quota.reserveUnits,
            resetsAt: quota.resetsAt.toISOString(),
          },
          today: await today('YOUTUBE'),
        },
      },
    };
  } finally {
    suite.close();
  }
}

function aheadOf(slot: number, now: number): number {
  return Math.max(0, Math.ceil(slot - now));
}

/**
 * The limiter keys under `keyStart` and the time each one's next slot is
 * reserved for (see UpstreamLimiter), by the rest of the key: the endpoint
 * for TikTok, the creator for Instagram.
 */
async function reservations(redis: Redis, keyStart: string): Promise<Map<string, number>> {
  // SCAN takes the pattern as it is: ioredis prefixes the keys of commands, not patterns.
  const prefix = redis.options.keyPrefix ?? '';
  const found = new Map<string, number>();
  const stream = redis.scanStream({ match: `${globEscaped(prefix + keyStart)}*`, count: 1000 });
  for await (const page of stream as AsyncIterable<string[]>) {
    if (page.length === 0) continue;
    const keys = page.map((key) => key.slice(prefix.length));
    const values = await redis.mget(...keys);
    keys.forEach((key, at) => {
      // A key may expire between SCAN and MGET.
      const value = values[at];
      if (value !== null) found.set(key.slice(keyStart.length), Number(value));
    });
  }
  return found;
}

function globEscaped(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
