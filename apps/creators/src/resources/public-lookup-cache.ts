import type { PlatformMedia, PlatformProfile } from '@tally/platform-kit';
import type { Redis } from 'ioredis';

/** What a public lookup found: the item, or that the platform has none by that name. */
export type Cached<T> = { found: T } | { found: null };

/**
 * Answers of public lookups, shared by every creators process through Redis
 * for `ttlMs`: each lookup costs quota units, and the same channel is asked
 * for again and again. "Not found" is kept too, for the same time.
 */
export class PublicLookupCache {
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs: number,
  ) {}

  async channel(key: string): Promise<Cached<PlatformProfile> | undefined> {
    const text = await this.redis.get(this.keyOf('channel', key));
    return text === null ? undefined : (JSON.parse(text) as Cached<PlatformProfile>);
  }

  async putChannel(key: string, found: PlatformProfile | null): Promise<void> {
    await this.redis.set(this.keyOf('channel', key), JSON.stringify({ found }), 'PX', this.ttlMs);
  }

  /** The cached answers among `ids`; ids missing from the map were not cached. */
  async videos(ids: readonly string[]): Promise<Map<string, Cached<PlatformMedia>>> {
    if (ids.length === 0) return new Map();
    const texts = await this.redis.mget(ids.map((id) => this.keyOf('video', id)));
    const cached = new Map<string, Cached<PlatformMedia>>();
    texts.forEach((text, index) => {
      if (text !== null) cached.set(ids[index]!, reviveVideo(JSON.parse(text)));
    });
    return cached;
  }

  async putVideos(answers: ReadonlyMap<string, PlatformMedia | null>): Promise<void> {
    if (answers.size === 0) return;
    const batch = this.redis.multi();
    for (const [id, found] of answers) {
      batch.set(this.keyOf('video', id), JSON.stringify({ found }), 'PX', this.ttlMs);
    }
    await batch.exec();
  }

  private keyOf(kind: 'channel' | 'video', key: string): string {
    return `public-lookup:youtube:${kind}:${key}`;
  }
}

function reviveVideo(value: {
  found: (Omit<PlatformMedia, 'publishedAt'> & { publishedAt: string | null }) | null;
}): Cached<PlatformMedia> {
  if (value.found === null) return { found: null };
  const { publishedAt, ...rest } = value.found;
  return { found: { ...rest, publishedAt: publishedAt === null ? null : new Date(publishedAt) } };
}
