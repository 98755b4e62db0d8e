import {
  CONNECT_STATE_TTL_SECONDS,
  CREATOR_STATUSES,
  PLATFORMS,
  RESOURCE_TYPES,
  SUPPORTED_PLATFORMS,
  SYNC_STATES,
  type ConnectStarted,
  type CreatorProfile,
  type CreatorStats,
  type CreatorView,
  type Disconnected,
  type ResourceMatch,
  type ResourceSearchResult,
  type StatsHistory,
  type StatsSnapshotView,
  type SyncOutcome,
  type SyncStatusView,
  type SyncTrigger,
  type VideoView,
} from '@tally/contracts';
import type { SchemaObject } from '@nestjs/swagger';
import {
  arrayOf,
  dateTime,
  membersOf,
  nullable,
  objectSchema,
  stringEnum,
  text,
  uuid,
} from './schema-helpers.js';
import { schemaRef } from './schema-ref.js';

const SYNC_TRIGGERS = membersOf<SyncTrigger>({ connect: true, manual: true, scheduled: true });

const count = (description?: string): SchemaObject => ({
  type: ['integer', 'null'],
  minimum: 0,
  ...(description ? { description } : {}),
});

const url = (description?: string) =>
  nullable({ type: 'string', format: 'uri', ...(description ? { description } : {}) });

export const platformSchema = stringEnum(
  PLATFORMS,
  `A platform: accepted in any case (\`tiktok\`, \`TikTok\`); answered in uppercase. Supported now: ${SUPPORTED_PLATFORMS.join(', ')}; the others are refused with \`platform_not_supported\` until they open.`,
);

export const creatorStatusSchema = stringEnum(
  CREATOR_STATUSES,
  '`connected`; `reauth_required` when the creator withdrew access on the platform and must connect again; `disconnected`.',
);

const creatorStatsSchema = objectSchema<CreatorStats>(
  {
    followers: count(),
    following: count(),
    likes: count('Likes across all videos.'),
    videoCount: count(),
  },
  { description: 'The latest counts; null until the first sync has read them.' },
);

export const creatorViewSchema = objectSchema<CreatorView>(
  {
    id: uuid(),
    platform: schemaRef('Platform'),
    username: nullable(text()),
    displayName: nullable(text()),
    externalId: text("The creator's id on the platform."),
    externalUserId: nullable(
      text('Your own id for this creator, as given when the connection started.'),
    ),
    avatarUrl: url(),
    status: schemaRef('CreatorStatus'),
    stats: creatorStatsSchema,
    connectedAt: dateTime(),
    lastSyncedAt: nullable(dateTime('null until the first sync has finished.')),
  },
  { description: 'A connected creator.' },
);

export const creatorProfileSchema: SchemaObject = {
  description: "A creator's profile, as of the last sync.",
  allOf: [
    schemaRef('CreatorView'),
    objectSchema<Omit<CreatorProfile, keyof CreatorView>>({
      bio: nullable(text()),
      verified: { type: 'boolean' },
      profileUrl: url(),
      scopes: arrayOf(text(), 'The permissions the creator granted on the platform.'),
    }),
  ],
};

const statsSnapshotSchema = objectSchema<StatsSnapshotView>({
  capturedAt: dateTime(),
  followers: count(),
  following: count(),
  likes: count(),
  videoCount: count(),
});

export const statsHistorySchema = objectSchema<StatsHistory>(
  {
    from: dateTime('The start of the range.'),
    to: dateTime('The end of the range.'),
    items: arrayOf(statsSnapshotSchema, 'Oldest first.'),
    nextFrom: nullable(
      dateTime(
        'Send as `?from=` for the rest when the range held more than `limit` snapshots; null otherwise.',
      ),
    ),
  },
  { description: "Snapshots of a creator's counts, one per sync." },
);

export const videoViewSchema = objectSchema<VideoView>(
  {
    id: uuid(),
    externalId: text("The platform's id of the video, as a string (TikTok ids exceed 2^53)."),
    title: nullable(text()),
    description: nullable(text()),
    views: count(),
    likes: count(),
    comments: count(),
    shares: count(),
    duration: count('Seconds.'),
    coverUrl: url(),
    shareUrl: url(),
    publishedAt: nullable(dateTime()),
  },
  { description: "One of a creator's videos, with its metrics as of the last sync." },
);

export const syncFinishedSchema = objectSchema<Extract<SyncOutcome, { synced: true }>>(
  {
    synced: { type: 'boolean', enum: [true] },
    syncedAt: dateTime(),
    videos: { type: 'integer', minimum: 0, description: 'Videos stored after the sync.' },
  },
  { description: 'The sync finished.' },
);

export const syncPendingSchema = objectSchema<Extract<SyncOutcome, { synced: false }>>(
  {
    synced: { type: 'boolean', enum: [false] },
    jobId: text('The sync job; follow it with `GET /api/v1/creators/{id}/sync`.'),
    status: stringEnum(SYNC_STATES),
  },
  { description: 'The sync is queued or still running.' },
);

export const syncStatusViewSchema = objectSchema<SyncStatusView>(
  {
    creatorId: uuid(),
    jobId: nullable(text('null when the creator was never synced.')),
    status: nullable(stringEnum(SYNC_STATES)),
    trigger: nullable(
      stringEnum(
        SYNC_TRIGGERS,
        'Why it ran: the first sync after connecting, a manual one, or the scheduler.',
      ),
    ),
    queuedAt: nullable(dateTime()),
    startedAt: nullable(dateTime()),
    finishedAt: nullable(dateTime()),
    videos: nullable({
      type: 'integer',
      minimum: 0,
      description: 'Videos stored after the last successful sync.',
    }),
    error: nullable(text('Why the last sync failed.')),
    lastSyncedAt: nullable(dateTime()),
  },
  { description: "A creator's last sync." },
);

export const connectStartedSchema = objectSchema<ConnectStarted>(
  {
    authUrl: {
      type: 'string',
      format: 'uri',
      description:
        "Send the creator's browser here (a redirect or a popup) to grant access on TikTok.",
    },
    state: text('Single use, bound to your account; TikTok sends it back to the callback.'),
    expiresAt: dateTime(
      `The flow must finish before then (${CONNECT_STATE_TTL_SECONDS / 60} minutes after it started).`,
    ),
  },
  { description: 'A connect flow, started.' },
);

export const disconnectedSchema = objectSchema<Disconnected>({
  disconnected: { type: 'boolean', enum: [true] },
  revokedUpstream: {
    type: 'boolean',
    description:
      'False when the platform could not be reached: the revocation is retried in the background.',
  },
});

type FoundAccount = Extract<ResourceMatch, { type: 'account'; status: 'found' }>;
type FoundVideo = Extract<ResourceMatch, { type: 'video'; status: 'found' }>;
type NotFound = Extract<ResourceMatch, { status: 'not_found' }>;

const lookedUp = {
  platform: schemaRef('Platform'),
  identifier: text('As it was asked for.'),
};

export const resourceMatchSchema: SchemaObject = {
  description: "What one lookup found among the account's connected creators and their videos.",
  oneOf: [
    objectSchema<FoundAccount>({
      ...lookedUp,
      type: stringEnum(['account']),
      status: stringEnum(['found']),
      creator: schemaRef('CreatorView'),
    }),
    objectSchema<FoundVideo>({
      ...lookedUp,
      type: stringEnum(['video']),
      status: stringEnum(['found']),
      creatorId: uuid(),
      video: schemaRef('VideoView'),
    }),
    objectSchema<NotFound>({
      ...lookedUp,
      type: stringEnum(RESOURCE_TYPES),
      status: stringEnum(['not_found']),
    }),
  ],
};

export const resourceSearchResultSchema = objectSchema<ResourceSearchResult>(
  { results: arrayOf(schemaRef('ResourceMatch'), 'One per lookup, in the order asked.') },
  { description: 'The answers to a resource search.' },
);
