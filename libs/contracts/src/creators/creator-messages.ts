import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { PageQuerySchema } from '../pagination.js';
import { MAX_HISTORY_POINTS } from './creator-constants.js';
import { urlText, uuidText } from '../http/formats.js';
import {
  CreatorStatsSchema,
  CreatorViewSchema,
  PlatformSchema,
  VideoViewSchema,
} from './creator-views.js';
import { PlatformInputSchema } from './platform-input.js';
import { PLATFORMS } from './platforms.js';

/** `GET /api/v1/creators`: paging plus filters. */
export const ListCreatorsQuerySchema = PageQuerySchema.extend({
  externalId: z.string().min(1).max(128).optional(),
  platform: PlatformInputSchema.optional(),
});
export class ListCreatorsQuery extends schemaClass(ListCreatorsQuerySchema) {}

/** The filters of a creators list, as the creators service applies them. */
export const CreatorFilterSchema = z.strictObject({
  externalId: z.string().min(1).max(128).optional(),
  platform: z.enum(PLATFORMS).optional(),
});
export type CreatorFilter = z.output<typeof CreatorFilterSchema>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const DATE_OR_DATE_TIME =
  /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

/**
 * ISO 8601 as Date reads it (`2026`, `2026-03`, `2026-03-15`,
 * `2026-03-15T12:00:00Z`), on a day the calendar has: `2026-02-30` is refused
 * rather than read as the 2nd of March.
 */
function isDateOrDateTime(value: string): boolean {
  if (!DATE_OR_DATE_TIME.test(value) || !Number.isFinite(Date.parse(value))) return false;
  const [, year, month, day] = DAY.exec(value) ?? [];
  if (day === undefined) return true;
  const calendar = new Date(0);
  calendar.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  return calendar.toISOString().slice(0, 10) === `${year}-${month}-${day}`;
}

function isoDateOrDateTime(field: string) {
  return z
    .string()
    .refine(isDateOrDateTime, `${field} must be an ISO 8601 date or date-time`)
    .optional();
}

/** `GET /api/v1/creators/:id/stats/history`: a time range, oldest first. */
export const StatsHistoryQuerySchema = z.strictObject({
  from: isoDateOrDateTime('from'),
  to: isoDateOrDateTime('to'),
  limit: z.coerce.number().int().min(1).max(MAX_HISTORY_POINTS).optional(),
});
export class StatsHistoryQuery extends schemaClass(StatsHistoryQuerySchema) {}

export const DisconnectedSchema = z.object({
  disconnected: z.literal(true),
  revokedUpstream: z
    .boolean()
    .describe(
      'False when the platform could not be reached: the revocation is retried in the background.',
    ),
});
export type Disconnected = z.output<typeof DisconnectedSchema>;

export const RESOURCE_TYPES = ['account', 'video'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** One account or video to look up. */
export const ResourceLookupInputSchema = z.strictObject({
  platform: PlatformInputSchema,
  type: z.enum(RESOURCE_TYPES),
  identifier: z.string().min(1).max(128),
});
export class ResourceLookupInput extends schemaClass(ResourceLookupInputSchema) {}

export const MAX_RESOURCES_PER_SEARCH = 50;

/** `POST /api/v1/resources/search`. */
export const SearchResourcesInputSchema = z.strictObject({
  resources: z.array(ResourceLookupInputSchema).min(1).max(MAX_RESOURCES_PER_SEARCH),
});
export class SearchResourcesInput extends schemaClass(SearchResourcesInputSchema) {}

const matchOf = {
  platform: PlatformSchema,
  identifier: z.string().describe('As it was asked for.'),
};

/** A public account, as the platform shows it to anyone (YouTube only). */
export const PublicAccountViewSchema = z
  .object({
    externalId: z.string().describe("The account's id on the platform (a YouTube channel id)."),
    username: z.string().nullable().describe('The `@handle`, where it has one.'),
    displayName: z.string().nullable(),
    avatarUrl: urlText().nullable(),
    bio: z.string().nullable(),
    verified: z.boolean(),
    profileUrl: urlText().nullable(),
    stats: CreatorStatsSchema,
    platformData: z.record(z.string(), z.unknown()).describe('What only this platform has.'),
  })
  .describe('An account that is not connected, as its platform shows it to anyone.');
export type PublicAccountView = z.output<typeof PublicAccountViewSchema>;

/** A public video, as the platform shows it to anyone (YouTube only). */
export const PublicVideoViewSchema = VideoViewSchema.omit({ id: true }).describe(
  'A video of an account that is not connected, as its platform shows it to anyone.',
);
export type PublicVideoView = z.output<typeof PublicVideoViewSchema>;

export const RESOURCE_MISS_REASONS = ['not_connected', 'not_found', 'quota_exhausted'] as const;

const found = {
  status: z.literal('found').describe('Kept for older clients: `found` says the same.'),
  found: z.literal(true),
};

/** Each answer names its platform in uppercase, however the lookup spelled it. */
export const ResourceMatchSchema = z
  .union([
    z.object({
      ...matchOf,
      ...found,
      type: z.literal('account'),
      source: z.literal('connected').describe("One of the account's connected creators."),
      creator: CreatorViewSchema,
    }),
    z.object({
      ...matchOf,
      ...found,
      type: z.literal('account'),
      source: z
        .literal('public')
        .describe(
          'Not connected: looked up publicly (YouTube, with a unit of the daily quota), kept for `PUBLIC_LOOKUP_TTL`.',
        ),
      account: PublicAccountViewSchema,
    }),
    z.object({
      ...matchOf,
      ...found,
      type: z.literal('video'),
      source: z.literal('connected').describe("A synced video of one of the account's creators."),
      creatorId: uuidText(),
      video: VideoViewSchema,
    }),
    z.object({
      ...matchOf,
      ...found,
      type: z.literal('video'),
      source: z.literal('public'),
      video: PublicVideoViewSchema,
    }),
    z.object({
      ...matchOf,
      type: z.enum(RESOURCE_TYPES),
      status: z.literal('not_found'),
      found: z.literal(false),
      reason: z
        .enum(RESOURCE_MISS_REASONS)
        .describe(
          '`not_connected`: not among your connected creators or their synced videos, and the platform offers no public lookup Tally may use (TikTok, Instagram); `not_found`: the platform has nothing by that name (YouTube), or the identifier names nothing a lookup can find; `quota_exhausted`: the public lookup waits for the daily quota (`retryAfterSeconds`).',
        ),
      retryAfterSeconds: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('With `quota_exhausted`: when the quota resets.'),
    }),
  ])
  .describe(
    "What one lookup found: among the account's connected creators and their videos first, then, for YouTube, publicly.",
  );
export type ResourceMatch = z.output<typeof ResourceMatchSchema>;

export const ResourceSearchResultSchema = z
  .object({
    results: z.array(ResourceMatchSchema).describe('One per lookup, in the order asked.'),
  })
  .describe('The answers to a resource search.');
export type ResourceSearchResult = z.output<typeof ResourceSearchResultSchema>;
