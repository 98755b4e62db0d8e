import { z } from 'zod';
import { count, dateTimeText, urlText, uuidText } from '../http/formats.js';
import { CREATOR_STATUSES } from './creator-constants.js';
import { PLATFORMS, SUPPORTED_PLATFORMS } from './platforms.js';

export { CREATOR_STATUSES, MAX_HISTORY_POINTS, type CreatorStatus } from './creator-constants.js';

export const PlatformSchema = z
  .enum(PLATFORMS)
  .describe(
    `A platform: accepted in any case (\`tiktok\`, \`TikTok\`); answered in uppercase. Supported now: ${SUPPORTED_PLATFORMS.join(', ')}; the others are refused with \`platform_not_supported\` until they open.`,
  );

export const CreatorStatusSchema = z
  .enum(CREATOR_STATUSES)
  .describe(
    '`connected`; `reauth_required` when the creator withdrew access on the platform and must connect again; `disconnected`.',
  );

/** A count the platform may not have given yet. */
const knownCount = () => count().nullable();

export const CreatorStatsSchema = z
  .object({
    followers: knownCount(),
    following: knownCount(),
    likes: knownCount().describe('Likes across all videos.'),
    videoCount: knownCount(),
  })
  .describe('The latest counts; null until the first sync has read them.');
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
}).describe("A creator's profile, as of the last sync.");
export type CreatorProfile = z.output<typeof CreatorProfileSchema>;

export const StatsSnapshotViewSchema = z.object({
  capturedAt: dateTimeText(),
  followers: knownCount(),
  following: knownCount(),
  likes: knownCount(),
  videoCount: knownCount(),
});
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
    title: z.string().nullable(),
    description: z.string().nullable(),
    views: knownCount(),
    likes: knownCount(),
    comments: knownCount(),
    shares: knownCount(),
    duration: knownCount().describe('Seconds.'),
    coverUrl: urlText().nullable(),
    shareUrl: urlText().nullable(),
    publishedAt: dateTimeText().nullable(),
  })
  .describe("One of a creator's videos, with its metrics as of the last sync.");
export type VideoView = z.output<typeof VideoViewSchema>;
