import { z } from 'zod';
import { count, dateTimeText, urlText, uuidText } from '../http/formats.js';
import { CREATOR_STATUSES } from './creator-constants.js';
import { PLATFORMS } from './platforms.js';

export { CREATOR_STATUSES, MAX_HISTORY_POINTS, type CreatorStatus } from './creator-constants.js';

export const PlatformSchema = z
  .enum(PLATFORMS)
  .describe('A platform: accepted in any case (`tiktok`, `TikTok`); answered in uppercase.');

export const CreatorStatusSchema = z
  .enum(CREATOR_STATUSES)
  .describe(
    '`connected`; `reauth_required` when the creator withdrew access on the platform and must connect again; `disconnected`.',
  );

/** A count the platform may not have given yet. */
const knownCount = () => count().nullable();

/** Platform-only fields: each platform's own, listed in the description. */
const platformData = () => z.record(z.string(), z.unknown());

// Which platform fills which count, for the descriptions of the creator and its snapshots.
const FOLLOWERS =
  'Followers; on YouTube, subscribers (rounded by YouTube to three significant figures; null when the channel hides them).';
const FOLLOWING = 'Accounts followed (TikTok, Instagram); always null on YouTube, which has none.';
const LIKES =
  'Likes across all videos: TikTok only; null on Instagram and YouTube, which give no such total.';
const VIDEO_COUNT = 'Videos (TikTok, YouTube) or posts (Instagram).';
const TOTAL_VIEWS =
  'Views across all videos: YouTube only; null on TikTok and Instagram, which give no such total.';

export const CreatorStatsSchema = z
  .object({
    followers: knownCount().describe(FOLLOWERS),
    following: knownCount().describe(FOLLOWING),
    likes: knownCount().describe(LIKES),
    videoCount: knownCount().describe(VIDEO_COUNT),
    totalViews: knownCount().describe(TOTAL_VIEWS),
  })
  .describe(
    'The latest counts; null until the first sync has read them, or where the platform has none.',
  );
export type CreatorStats = z.output<typeof CreatorStatsSchema>;

/** A connected creator as lists show it. */
export const CreatorViewSchema = z
  .object({
    id: uuidText(),
    platform: PlatformSchema,
    username: z.string().nullable(),
    displayName: z.string().nullable(),
    externalId: z.string().describe("The creator's id on the platform."),
    externalUserId: z
      .string()
      .nullable()
      .describe('Your own id for this creator, as given when the connection started.'),
    avatarUrl: urlText().nullable(),
    status: CreatorStatusSchema,
    stats: CreatorStatsSchema,
    connectedAt: dateTimeText(),
    lastSyncedAt: dateTimeText().nullable().describe('null until the first sync has finished.'),
  })
  .describe('A connected creator.');
export type CreatorView = z.output<typeof CreatorViewSchema>;

export const CreatorProfileSchema = CreatorViewSchema.extend({
  bio: z.string().nullable(),
  verified: z.boolean(),
  profileUrl: urlText().nullable(),
  scopes: z.array(z.string()).describe('The permissions the creator granted on the platform.'),
  platformData: platformData().describe(
    [
      'What only this platform has, as of the last sync; `{}` until a sync has read the profile.',
      'TikTok: none (`{}`).',
      'Instagram: `accountType` (`BUSINESS`, `MEDIA_CREATOR`), `website`.',
      "YouTube: `uploadsPlaylistId`, `customUrl` (the channel's `@handle`), `publishedAt` (when the channel was created), `hiddenSubscriberCount` (true when the channel hides its subscribers), `country`.",
      'Any of these is null where the platform leaves it out.',
    ].join(' '),
  ),
}).describe("A creator's profile, as of the last sync.");
export type CreatorProfile = z.output<typeof CreatorProfileSchema>;

export const StatsSnapshotViewSchema = z
  .object({
    capturedAt: dateTimeText(),
    followers: knownCount().describe(FOLLOWERS),
    following: knownCount().describe(FOLLOWING),
    likes: knownCount().describe(LIKES),
    videoCount: knownCount().describe(VIDEO_COUNT),
    totalViews: knownCount().describe(`${TOTAL_VIEWS} Null in snapshots taken before it was kept.`),
  })
  .describe("A creator's counts as one sync read them.");
export type StatsSnapshotView = z.output<typeof StatsSnapshotViewSchema>;

export const StatsHistorySchema = z
  .object({
    from: dateTimeText().describe('The start of the range.'),
    to: dateTimeText().describe('The end of the range.'),
    items: z.array(StatsSnapshotViewSchema).describe('Oldest first.'),
    nextFrom: dateTimeText()
      .nullable()
      .describe(
        'Send as `?from=` for the rest when the range held more than `limit` snapshots; null otherwise.',
      ),
  })
  .describe("Snapshots of a creator's counts, one per sync.");
export type StatsHistory = z.output<typeof StatsHistorySchema>;

export const VideoViewSchema = z
  .object({
    id: uuidText(),
    externalId: z
      .string()
      .describe("The platform's id of the video, as a string (TikTok ids exceed 2^53)."),
    title: z
      .string()
      .nullable()
      .describe(
        "The video's title (TikTok, YouTube); always null on Instagram, whose posts have only a caption (in `description`).",
      ),
    description: z
      .string()
      .nullable()
      .describe("TikTok's video description, Instagram's caption, YouTube's description."),
    views: knownCount().describe(
      'Views (TikTok, YouTube); on Instagram, only where the creator granted insights, otherwise null.',
    ),
    likes: knownCount().describe(
      'Likes on every platform; null where the creator hides them (Instagram, YouTube).',
    ),
    comments: knownCount().describe(
      'Comments on every platform; null where the platform leaves the count out (YouTube, when comments are turned off).',
    ),
    shares: knownCount().describe('Shares: TikTok only; null on Instagram and YouTube.'),
    duration: knownCount().describe('Seconds (TikTok, YouTube); always null on Instagram.'),
    coverUrl: urlText()
      .nullable()
      .describe(
        "A thumbnail; TikTok's and Instagram's links expire, and each sync stores a fresh one.",
      ),
    shareUrl: urlText().nullable().describe("The video's page on the platform."),
    publishedAt: dateTimeText().nullable(),
    platformData: platformData().describe(
      [
        'What only this platform has, as of the last sync.',
        'TikTok: none (`{}`).',
        'Instagram: `mediaType` (`IMAGE`, `VIDEO`, `CAROUSEL_ALBUM`).',
        'YouTube: `channelId`, `categoryId`, `liveBroadcastContent` (`none`, `upcoming`, `live`), `definition` (`hd`, `sd`).',
        'Any of these is null where the platform leaves it out.',
      ].join(' '),
    ),
  })
  .describe("One of a creator's videos, with its metrics as of the last sync.");
export type VideoView = z.output<typeof VideoViewSchema>;
