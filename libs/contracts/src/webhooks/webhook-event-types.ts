import { z } from 'zod';
import { count, dateTimeText, uuidText } from '../http/formats.js';
import { PLATFORMS } from '../creators/platforms.js';

/**
 * Every event a webhook endpoint can subscribe to, with the schema of its
 * `data`. The payload a receiver gets is `{type, timestamp, data}` (the
 * Standard Webhooks shape); `data.accountId` is never sent: an endpoint only
 * hears its own account's events.
 */
const platform = z.enum(PLATFORMS);
const creator = {
  creatorId: uuidText(),
  platform,
  username: z.string().nullable(),
};

const CreatorStatsSchema = z
  .object({
    followers: count().nullable(),
    following: count().nullable(),
    likes: count().nullable(),
    videoCount: count().nullable(),
    totalViews: count().nullable(),
  })
  .describe('The counts as this sync read them (null where the platform has none).');

export const WEBHOOK_EVENT_SCHEMAS = {
  'creator.connected': z
    .object({
      ...creator,
      externalId: z.string().describe("The creator's id on the platform."),
      externalUserId: z.string().nullable().describe('Your own id, as given at the start.'),
      reconnected: z.boolean().describe('True when the creator was connected before.'),
    })
    .describe('A creator finished the connect flow.'),
  'creator.synced': z
    .object({
      ...creator,
      syncedAt: dateTimeText(),
      videos: count().describe('Videos stored for the creator after this sync.'),
      videosChanged: count().describe('Videos this sync added or whose counts changed.'),
      stats: CreatorStatsSchema,
      changes: z
        .object({
          followers: z.number().int().nullable(),
          following: z.number().int().nullable(),
          likes: z.number().int().nullable(),
          videoCount: z.number().int().nullable(),
          totalViews: z.number().int().nullable(),
        })
        .describe(
          'How much each count moved since the previous sync (null when either is unknown).',
        ),
    })
    .describe('A sync of a creator finished: the new counts and what changed.'),
  'creator.sync_failed': z
    .object({ ...creator, reason: z.string().describe('Why, in words.') })
    .describe('A sync failed for good (its retries are spent, or retrying cannot help).'),
  'creator.reauth_required': z
    .object({ ...creator, reason: z.string() })
    .describe('The creator withdrew access or the grant expired: connect it again.'),
  'creator.disconnected': z
    .object({ ...creator, externalId: z.string() })
    .describe('A creator was disconnected and everything synced for it deleted.'),
  'key.expiring': z
    .object({
      keyId: uuidText(),
      name: z.string(),
      start: z.string().describe('The first characters of the key, to recognise it.'),
      expiresAt: dateTimeText(),
      daysLeft: z.union([z.literal(7), z.literal(1)]),
    })
    .describe('An API key expires in 7 days, or in 1 day.'),
  'key.revoked': z
    .object({
      keyId: uuidText(),
      name: z.string(),
      start: z.string(),
      revokedAt: dateTimeText(),
    })
    .describe('An API key was revoked: requests with it are refused.'),
  'webhook.test': z
    .object({
      endpointId: uuidText(),
      message: z.string(),
    })
    .describe('Sent by `POST /api/v1/webhook-endpoints/{id}/test`.'),
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENT_SCHEMAS;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_SCHEMAS) as [
  WebhookEventType,
  ...WebhookEventType[],
];
export type WebhookEventData<T extends WebhookEventType> = z.output<
  (typeof WEBHOOK_EVENT_SCHEMAS)[T]
>;

/** What an endpoint may subscribe to: event types, or `*` for all (test events reach every endpoint). */
export const SUBSCRIBABLE_EVENT_TYPES = WEBHOOK_EVENT_TYPES.filter(
  (type) => type !== 'webhook.test',
);
export const ALL_EVENTS = '*';

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === 'string' && Object.hasOwn(WEBHOOK_EVENT_SCHEMAS, value);
}
