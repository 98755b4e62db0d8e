import type { PlatformMedia } from '@tally/platform-kit';
import type { JsonText, PageRequest, Platform } from '@tally/contracts';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  type CreatorViewRow,
  SELECT_CREATOR_VIEW,
  toCreatorView,
} from '../src/creators/creator-rows.js';
import {
  type CreatorProfileFields,
  CreatorsRepository,
} from '../src/creators/creators.repository.js';
import { videoRecordOf } from '../src/tiktok/tiktok-mapping.js';
import { SELECT_VIDEO, toVideoView, VideosRepository } from '../src/videos/videos.repository.js';
import { openCreatorsTestDatabase } from './support/creators-test-database.js';
import { platformMedia } from './support/platform-media.js';

/** Text JSON escapes in every way it can, and characters it leaves as they are. */
const TRICKY = "a\"b\\c\nd\te\rf\bg\fh\u0001i\u001fj\u007fk é 😀 \u2028 \u2029 </script> 'q'";

const profile = (overrides: Partial<CreatorProfileFields> = {}): CreatorProfileFields => ({
  username: 'kofi.codes',
  displayName: 'Kofi Codes',
  avatarUrl: 'https://example.com/a.jpg',
  bio: null,
  verified: false,
  profileUrl: null,
  followers: 12_300,
  following: 10,
  likes: 4_000,
  videoCount: 42,
  totalViews: null,
  platformData: {},
  ...overrides,
});

/** A page's items, parsed from the text that goes out to clients. */
const itemsOf = <T>(items: JsonText<T[]>): T[] => JSON.parse(items.text) as T[];

describe('list pages answered as JSON text', () => {
  let db: DataSource;
  let creators: CreatorsRepository;
  let videos: VideosRepository;

  beforeAll(async () => {
    db = await openCreatorsTestDatabase();
    creators = new CreatorsRepository(db);
    videos = new VideosRepository(db);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  async function connect(
    accountId: string,
    fields: CreatorProfileFields,
    platform: Platform = 'TIKTOK',
    externalUserId: string | null = null,
  ): Promise<string> {
    const { id } = await creators.upsertConnected(
      {
        accountId,
        platform,
        externalId: `ext-${randomUUID()}`,
        externalUserId,
        scopes: [],
        profile: fields,
      },
      db.manager,
    );
    return id;
  }

  /** The account's creators as the list wrote them before: rows mapped, then JSON.stringify. */
  async function oldCreatorsJson(accountId: string): Promise<string> {
    const rows: CreatorViewRow[] = await db.query(
      `${SELECT_CREATOR_VIEW} WHERE c.account_id = $1 ORDER BY c.created_at DESC, c.id DESC`,
      [accountId],
    );
    return JSON.stringify(rows.map(toCreatorView));
  }

  async function oldVideosJson(creatorId: string): Promise<string> {
    const rows: Parameters<typeof toVideoView>[0][] = await db.query(
      `${SELECT_VIDEO} WHERE v.creator_id = $1 ORDER BY v.published_at DESC, v.id DESC`,
      [creatorId],
    );
    return JSON.stringify(rows.map(toVideoView));
  }

  describe('creators', () => {
    it('writes each creator byte for byte as the mapped rows were written', async () => {
      const accountId = randomUUID();
      const tricky = await connect(
        accountId,
        profile({
          username: TRICKY.slice(0, 60),
          displayName: TRICKY,
          avatarUrl: `https://example.com/${TRICKY}`,
          followers: 3_456_789_012,
          following: 2 ** 31,
          likes: 9_007_199_254_740_991,
          videoCount: 0,
          totalViews: 2 ** 40 + 7,
        }),
        'YOUTUBE',
        `UC-${TRICKY}`,
      );
      const nulls = await connect(
        accountId,
        profile({
          username: null,
          displayName: null,
          avatarUrl: null,
          followers: null,
          following: null,
          likes: null,
          videoCount: null,
          totalViews: null,
        }),
      );
      const plain = await connect(accountId, profile(), 'INSTAGRAM', '17841400000000000');
      const emptyText = await connect(
        accountId,
        profile({ username: '', displayName: ' ', avatarUrl: '' }),
      );
      await db.query(
        `UPDATE creators.creators SET connected_at = '2026-03-04 05:06:07.891999+00', last_synced_at = NULL
         WHERE id = $1`,
        [tricky],
      );
      await db.query(
        `UPDATE creators.creators SET connected_at = '2026-03-04 05:06:07.000001+00',
           last_synced_at = '2026-12-31 23:59:59.999999+00', status = 'reauth_required'
         WHERE id = $1`,
        [nulls],
      );
      await db.query(
        `UPDATE creators.creators SET connected_at = '1999-01-02 03:04:05+05:30',
           last_synced_at = '2026-06-07 08:09:10.5-08', status = 'disconnected'
         WHERE id = $1`,
        [plain],
      );
      await db.query(
        `UPDATE creators.creators SET connected_at = '2026-03-04 05:06:07.0005+00',
           last_synced_at = '2026-03-04 05:06:07.1234+00'
         WHERE id = $1`,
        [emptyText],
      );

      const page = await creators.page(accountId, {}, { limit: 20 });
      const expected = await oldCreatorsJson(accountId);

      expect(page.items.text).toBe(expected);
      expect(itemsOf(page.items)).toHaveLength(4);
      expect(page.next).toBeNull();
      expect(page.prev).toBeNull();
    });

    it('writes the values stored, as the API shows them', async () => {
      const accountId = randomUUID();
      const id = await connect(
        accountId,
        profile({ displayName: TRICKY, followers: 3_456_789_012, totalViews: null }),
      );
      await db.query(
        `UPDATE creators.creators SET connected_at = '2026-03-04 05:06:07.891999+00' WHERE id = $1`,
        [id],
      );

      const [view] = itemsOf((await creators.page(accountId, {}, { limit: 20 })).items);

      expect(view).toMatchObject({
        id,
        displayName: TRICKY,
        stats: {
          followers: 3_456_789_012,
          following: 10,
          likes: 4_000,
          videoCount: 42,
          totalViews: null,
        },
        connectedAt: '2026-03-04T05:06:07.891Z',
        lastSyncedAt: null,
      });
    });

    it('writes an empty page as []', async () => {
      const page = await creators.page(randomUUID(), {}, { limit: 20 });

      expect(page).toEqual({ items: expect.anything(), next: null, prev: null });
      expect(page.items.text).toBe('[]');
    });

    it('pages by position, each page byte for byte as before', async () => {
      const accountId = randomUUID();
      const ids = [];
      for (const name of ['first', 'second', 'third']) {
        ids.push(await connect(accountId, profile({ username: name })));
      }
      // Distinct creation times, oldest first.
      for (const [index, id] of ids.entries()) {
        await db.query(
          `UPDATE creators.creators SET created_at = '2026-01-01 00:00:00+00'::timestamptz + $2 * interval '1.000001 second'
           WHERE id = $1`,
          [id, index],
        );
      }
      const all = JSON.parse(await oldCreatorsJson(accountId)) as unknown[];

      const first = await creators.page(accountId, {}, { limit: 2 });
      const second = await creators.page(
        accountId,
        {},
        { limit: 2, position: first.next ?? undefined },
      );
      const back = await creators.page(
        accountId,
        {},
        { limit: 2, position: second.prev ?? undefined },
      );

      expect(first.items.text).toBe(JSON.stringify(all.slice(0, 2)));
      expect(itemsOf(first.items).map((view) => view.id)).toEqual([ids[2], ids[1]]);
      expect(first.next).toEqual(expect.objectContaining({ id: ids[1], direction: 'after' }));
      expect(first.prev).toBeNull();
      expect(second.items.text).toBe(JSON.stringify(all.slice(2)));
      expect(second.next).toBeNull();
      expect(second.prev).toEqual(expect.objectContaining({ id: ids[0], direction: 'before' }));
      expect(back.items.text).toBe(first.items.text);
      expect(back.prev).toBeNull();
      expect(back.next).toEqual(first.next);
    });
  });

  describe('videos', () => {
    const accountOf = new Map<string, string>();

    async function videosPage(creatorId: string, request: PageRequest) {
      const page = await videos.pageOfOwned(accountOf.get(creatorId) ?? '', creatorId, request);
      if (!page) throw new Error(`creator ${creatorId} not found for its account`);
      return page;
    }

    async function creatorWithVideos(list: PlatformMedia[]): Promise<string> {
      const accountId = randomUUID();
      const creatorId = await connect(accountId, profile());
      accountOf.set(creatorId, accountId);
      const seenAt = new Date('2026-05-02T00:00:00.000Z');
      await videos.upsertMany(
        creatorId,
        list.map((item) => videoRecordOf(item, seenAt)),
      );
      return creatorId;
    }

    it("answers no page for another account's creator, and an empty one for a creator without videos", async () => {
      const creatorId = await creatorWithVideos([]);

      expect(await videos.pageOfOwned(randomUUID(), creatorId, { limit: 20 })).toBeNull();
      expect(
        await videos.pageOfOwned(accountOf.get(creatorId) ?? '', randomUUID(), { limit: 20 }),
      ).toBeNull();
      expect(await videosPage(creatorId, { limit: 20 })).toMatchObject({ next: null, prev: null });
      expect((await videosPage(creatorId, { limit: 20 })).items.text).toBe('[]');
    });

    it('writes each video byte for byte as the mapped rows were written', async () => {
      const tricky = platformMedia({
        externalId: `tricky-${randomUUID().slice(0, 8)}`,
        title: TRICKY,
        description: `${TRICKY}\n\nsecond paragraph`,
        permalink: `https://example.com/${TRICKY}`,
        thumbnailUrl: 'https://example.com/c.jpg?sig=a%2Fb&x=1',
        views: 10_000_000_000,
        likes: 2 ** 31,
        comments: 0,
        shares: 9_007_199_254_740_991,
        durationSeconds: 2_147_483_647,
        platformData: {
          nested: { deep: { list: [1, 'two', null, { three: [3] }], empty: {} } },
          array: ['é', '😀', '\u2028', TRICKY],
          numbers: [1.5, 10_000_000_000, -0.25, 0, 1e21, 0.1 + 0.2],
          flags: { yes: true, no: false, none: null },
          empty: {},
          emptyList: [],
          [TRICKY]: 'key needing escapes',
          b: 1,
          aa: 2,
          a: 3,
        },
      });
      const nulls = platformMedia({
        externalId: `nulls-${randomUUID().slice(0, 8)}`,
        title: null,
        description: null,
        permalink: null,
        thumbnailUrl: null,
        durationSeconds: null,
        views: null,
        likes: null,
        comments: null,
        shares: null,
        platformData: {},
      });
      const plain = platformMedia({ externalId: `plain-${randomUUID().slice(0, 8)}` });
      const creatorId = await creatorWithVideos([tricky, nulls, plain]);
      const publishedAt: [string, string][] = [
        [tricky.externalId, '2026-03-04 05:06:07.891999+00'],
        [nulls.externalId, '2026-03-04 05:06:07.000001+00'],
        [plain.externalId, '1999-12-31 23:59:59.9995-03:30'],
      ];
      for (const [externalId, at] of publishedAt) {
        await db.query(
          'UPDATE creators.videos SET published_at = $3 WHERE creator_id = $1 AND external_id = $2',
          [creatorId, externalId, at],
        );
      }

      const page = await videosPage(creatorId, { limit: 20 });
      const expected = await oldVideosJson(creatorId);

      expect(page.items.text).toBe(expected);
      expect(itemsOf(page.items).map((video) => video.externalId)).toEqual([
        tricky.externalId,
        nulls.externalId,
        plain.externalId,
      ]);
    });

    it('writes the values stored, as the API shows them', async () => {
      const stored = platformMedia({
        title: TRICKY,
        views: 10_000_000_000,
        shares: null,
        platformData: { ratio: 1.5, big: 10_000_000_000, ok: true, tags: ['é'], none: {} },
      });
      const creatorId = await creatorWithVideos([stored]);
      await db.query(
        `UPDATE creators.videos SET published_at = '2026-03-04 05:06:07.891999+00' WHERE creator_id = $1`,
        [creatorId],
      );

      const [view] = itemsOf((await videosPage(creatorId, { limit: 20 })).items);

      expect(view).toEqual({
        id: expect.any(String),
        externalId: stored.externalId,
        title: TRICKY,
        description: null,
        views: 10_000_000_000,
        likes: 80,
        comments: 7,
        shares: null,
        duration: 754,
        coverUrl: null,
        shareUrl: stored.permalink,
        publishedAt: '2026-03-04T05:06:07.891Z',
        platformData: stored.platformData,
      });
    });

    it('writes an empty page as []', async () => {
      const creatorId = await creatorWithVideos([]);

      const page = await videosPage(creatorId, { limit: 20 });

      expect(page).toEqual({ items: expect.anything(), next: null, prev: null });
      expect(page.items.text).toBe('[]');
    });

    it('pages by position, each page byte for byte as before', async () => {
      const list = ['01', '02', '03'].map((day) =>
        platformMedia({
          externalId: `day-${day}-${randomUUID().slice(0, 8)}`,
          title: `day ${day} "é"`,
          publishedAt: new Date(`2026-04-${day}T12:00:00.123Z`),
          platformData: { day: Number(day), tags: [day] },
        }),
      );
      const creatorId = await creatorWithVideos(list);
      const all = JSON.parse(await oldVideosJson(creatorId)) as unknown[];

      const first = await videosPage(creatorId, { limit: 2 });
      const second = await videosPage(creatorId, {
        limit: 2,
        position: first.next ?? undefined,
      });
      const back = await videosPage(creatorId, { limit: 2, position: second.prev ?? undefined });

      expect(first.items.text).toBe(JSON.stringify(all.slice(0, 2)));
      expect(itemsOf(first.items).map((video) => video.externalId)).toEqual([
        list[2].externalId,
        list[1].externalId,
      ]);
      expect(first.next).toEqual(expect.objectContaining({ direction: 'after' }));
      expect(first.prev).toBeNull();
      expect(second.items.text).toBe(JSON.stringify(all.slice(2)));
      expect(itemsOf(second.items).map((video) => video.externalId)).toEqual([list[0].externalId]);
      expect(second.next).toBeNull();
      expect(second.prev).toEqual(expect.objectContaining({ direction: 'before' }));
      expect(back.items.text).toBe(first.items.text);
      expect(back.prev).toBeNull();
      expect(back.next).toEqual(first.next);
    });
  });
});
