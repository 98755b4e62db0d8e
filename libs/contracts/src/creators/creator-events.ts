import { z } from 'zod';
import { AuditActorRefSchema, RequestedBySchema } from '../identity/audit-messages.js';
import { declareEvent, type EventPayloadOf } from '../messaging/declarations.js';
import { CreatorsEvents } from '../subjects.js';
import { PLATFORMS } from './platforms.js';

// Published by the creators service and the sync workers; identity records
// them in the audit log. Payloads are not strict, so that a subscriber still
// hears an event a newer publisher sends with one more field.

const aboutCreator = {
  accountId: z.guid(),
  creatorId: z.guid(),
};

export const CreatorConnected = declareEvent(
  CreatorsEvents.connected,
  z.object({
    ...aboutCreator,
    platform: z.enum(PLATFORMS),
    externalId: z.string(),
    username: z.string().nullable(),
    reconnected: z.boolean(),
    /** The credential that started the connect flow (`system` for states made before it was kept). */
    actor: AuditActorRefSchema,
  }),
);

export const CreatorDisconnected = declareEvent(
  CreatorsEvents.disconnected,
  z.object({
    ...aboutCreator,
    platform: z.enum(PLATFORMS),
    externalId: z.string(),
    username: z.string().nullable(),
    actor: AuditActorRefSchema,
  }),
);

/** A person or a key asked for a sync (`POST /creators/:id/sync`). */
export const CreatorSyncRequested = declareEvent(
  CreatorsEvents.syncRequested,
  z.object({
    ...aboutCreator,
    platform: z.enum(PLATFORMS),
    username: z.string().nullable(),
    jobId: z.string(),
    actor: AuditActorRefSchema,
  }),
);

export const CreatorSynced = declareEvent(
  CreatorsEvents.synced,
  z.object({
    ...aboutCreator,
    syncedAt: z.string(),
    videos: z.number(),
    videosChanged: z.number(),
    platform: z.enum(PLATFORMS).optional(),
    username: z.string().nullable().optional(),
    /** Set when a person or key asked for this sync; absent for the scheduler's. */
    requestedBy: RequestedBySchema.nullable().optional(),
  }),
);

/** A sync failed for good (its last attempt, or a failure retrying cannot fix). */
export const CreatorSyncFailed = declareEvent(
  CreatorsEvents.syncFailed,
  z.object({
    ...aboutCreator,
    platform: z.enum(PLATFORMS),
    username: z.string().nullable(),
    reason: z.string(),
    requestedBy: RequestedBySchema.nullable(),
  }),
);

export const CreatorReauthRequired = declareEvent(
  CreatorsEvents.reauthRequired,
  z.object({
    ...aboutCreator,
    reason: z.string(),
    platform: z.enum(PLATFORMS).optional(),
    username: z.string().nullable().optional(),
  }),
);

export type CreatorConnectedEvent = EventPayloadOf<typeof CreatorConnected>;
export type CreatorDisconnectedEvent = EventPayloadOf<typeof CreatorDisconnected>;
export type CreatorSyncRequestedEvent = EventPayloadOf<typeof CreatorSyncRequested>;
export type CreatorSyncedEvent = EventPayloadOf<typeof CreatorSynced>;
export type CreatorSyncFailedEvent = EventPayloadOf<typeof CreatorSyncFailed>;
export type CreatorReauthRequiredEvent = EventPayloadOf<typeof CreatorReauthRequired>;

/** An account's allowed redirect URLs were replaced (`PUT /connect/redirect-urls`). */
export const RedirectUrlsReplaced = declareEvent(
  CreatorsEvents.redirectUrlsReplaced,
  z.object({
    accountId: z.guid(),
    urls: z.array(z.string()),
    previousUrls: z.array(z.string()),
    actor: AuditActorRefSchema,
  }),
);
export type RedirectUrlsReplacedEvent = EventPayloadOf<typeof RedirectUrlsReplaced>;
