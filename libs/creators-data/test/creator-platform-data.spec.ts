import type { PlatformMedia, PlatformProfile } from '@tally/platform-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UNREAD_PROFILE } from '../src/connections/creator-connections.js';
import { CreatorsRepository } from '../src/creators/creators.repository.js';
import { StatsSnapshotsRepository } from '../src/stats/stats-snapshots.repository.js';
import { profileFieldsOf, videoRecordOf } from '../src/tiktok/tiktok-mapping.js';
import { VideosRepository } from '../src/videos/videos.repository.js';
import { openCreatorsTestDatabase } from './support/creators-test-database.js';
import { platformMedia } from './support/platform-media.js';

/** A YouTube channel as the YouTube client maps it: total views, no following or likes. */
const channel = (overrides: Partial<PlatformProfile> = {}): PlatformProfile => ({
  externalUserId: `UC${randomUUID().replaceAll('-', '').slice(0, 22)}`,
  username: 'kofi.codes',
  displayName: 'Kofi Codes',
  avatarUrl: null,
  bio: null,
  verified: false,
  profileUrl: null,
  followers: 12_300,
  following: null,
  likes: null,
  videoCount: 42,
  // Above 2^31: a bigint, read back as a number.
  totalViews: 3_456_789_012,
  platformData: {
    uploadsPlaylistId: 'UU-uploads',
    customUrl: '@kofi.codes',
    hiddenSubscriberCount: false,
    country: null,
  },
  ...overrides,
});

const video = (overrides: Partial<PlatformMedia> = {}): PlatformMedia =>
  platformMedia({
    platformData: { channelId: 'UC-1', categoryId: '28', liveBroadcastContent: 'none' },
    ...overrides,
  });

describe('platform data and total views, stored and read back', () => {
  let db: DataSource;
  let creators: CreatorsRepository;
  let snapshots: StatsSnapshotsRepository;
  let videos: VideosRepository;

  beforeAll(async () => {
    db = await openCreatorsTestDatabase();
    creators = new CreatorsRepository(db);
    snapshots = new StatsSnapshotsRepository(db);
    videos = new VideosRepository(db);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  async function connect(profile: PlatformProfile): Promise<{ id: string; accountId: string }> {
    const accountId = randomUUID();
    const { id } = await creators.upsertConnected(
      {
        accountId,
        platform: 'YOUTUBE',
        externalId: profile.externalUserId,
        externalUserId: null,
        scopes: ['https://www.googleapis.com/auth/youtube.readonly'],
        profile: profileFieldsOf(profile),
      },
      db.manager,
    );
    return { id, accountId };
  }

  it('serves the total views on the profile and in the list, and platform data on the profile only', async () => {
    const profile = channel();
    const { id, accountId } = await connect(profile);

    const stored = await creators.findProfile(accountId, id);
    const listed = await creators.page(accountId, {}, { limit: 20 });

    expect(stored).toMatchObject({
      stats: { followers: 12_300, following: null, likes: null, videoCount: 42 },
      platformData: profile.platformData,
    });
    expect(stored?.stats.totalViews).toBe(3_456_789_012);
    expect(listed.items.toJSON()).toHaveLength(1);
    expect(listed.items.toJSON()[0].stats.totalViews).toBe(3_456_789_012);
    expect(listed.items.toJSON()[0]).not.toHaveProperty('platformData');
  });

  it("keeps what a profile read leaves out, and takes a sync's new platform data key by key", async () => {
    const profile = channel();
    const { id, accountId } = await connect(profile);

    // A reconnect whose profile read failed: nothing read, nothing lost.
    await creators.upsertConnected(
      {
        accountId,
        platform: 'YOUTUBE',
        externalId: profile.externalUserId,
        externalUserId: null,
        scopes: [],
        profile: UNREAD_PROFILE,
      },
      db.manager,
    );
    const afterReconnect = await creators.findProfile(accountId, id);

    await creators.updateProfile(
      id,
      profileFieldsOf(
        channel({
          totalViews: 3_500_000_000,
          platformData: { customUrl: '@kofi', country: 'GH' },
        }),
      ),
      new Date(),
    );
    const afterSync = await creators.findProfile(accountId, id);

    expect(afterReconnect?.stats.totalViews).toBe(3_456_789_012);
    expect(afterReconnect?.platformData).toEqual(profile.platformData);
    expect(afterSync?.stats.totalViews).toBe(3_500_000_000);
    expect(afterSync?.platformData).toEqual({
      uploadsPlaylistId: 'UU-uploads',
      customUrl: '@kofi',
      hiddenSubscriberCount: false,
      country: 'GH',
    });
  });

  it('records the total views in each stats snapshot, null where the platform gives none', async () => {
    const { id } = await connect(channel());
    const youtube = profileFieldsOf(channel());
    const tiktokLike = { ...youtube, totalViews: null };

    await snapshots.record(id, youtube, new Date('2026-06-01T00:00:00.000Z'));
    await snapshots.record(id, tiktokLike, new Date('2026-06-02T00:00:00.000Z'));
    const history = await snapshots.range(
      id,
      new Date('2026-06-01T00:00:00.000Z'),
      new Date('2026-06-30T00:00:00.000Z'),
      10,
    );

    expect(history.items).toEqual([
      {
        capturedAt: '2026-06-01T00:00:00.000Z',
        followers: 12_300,
        following: null,
        likes: null,
        videoCount: 42,
        totalViews: 3_456_789_012,
      },
      {
        capturedAt: '2026-06-02T00:00:00.000Z',
        followers: 12_300,
        following: null,
        likes: null,
        videoCount: 42,
        totalViews: null,
      },
    ]);
  });

  it("serves each video's platform data, storing a change to it without counting the video as changed", async () => {
    const { id, accountId } = await connect(channel());
    const seenAt = new Date();
    const first = video();
    const other = video({ platformData: {} });

    const inserted = await videos.upsertMany(id, [
      videoRecordOf(first, seenAt),
      videoRecordOf(other, seenAt),
    ]);
    const live = { ...first.platformData, liveBroadcastContent: 'live', definition: 'hd' };
    const onlyPlatformData = await videos.upsertMany(id, [
      videoRecordOf({ ...first, platformData: live }, seenAt),
    ]);
    const afterPlatformData = await videos.pageOfOwned(accountId, id, { limit: 20 });
    const withViews = await videos.upsertMany(id, [
      videoRecordOf({ ...first, views: 1500, platformData: live }, seenAt),
    ]);

    expect(new Set(inserted)).toEqual(new Set([first.externalId, other.externalId]));
    expect(onlyPlatformData).toEqual([]);
    const served = new Map(
      afterPlatformData!.items.toJSON().map((item) => [item.externalId, item]),
    );
    expect(served.get(first.externalId)).toMatchObject({ views: 1200, platformData: live });
    expect(served.get(other.externalId)?.platformData).toEqual({});
    expect(withViews).toEqual([first.externalId]);
  });
});
