import { z } from 'zod';
import { count, dateTimeText, urlText, uuidText } from '../http/formats.js';
import { schemaClass } from '../messaging/schema-class.js';
import {
  ALL_EVENTS,
  SUBSCRIBABLE_EVENT_TYPES,
  WEBHOOK_EVENT_TYPES,
} from './webhook-event-types.js';

export const MAX_WEBHOOK_ENDPOINTS = 20;
export const MAX_ROTATION_GRACE_HOURS = 72;

const url = z
  .string()
  .min(1)
  .max(2048)
  .describe(
    'Where deliveries are POSTed: `https`, resolving to a public address (`http` and private addresses only with `WEBHOOK_ALLOW_PRIVATE_URLS=true`).',
  );

const events = z
  .array(z.enum([ALL_EVENTS, ...SUBSCRIBABLE_EVENT_TYPES] as [string, ...string[]]))
  .min(1)
  .max(SUBSCRIBABLE_EVENT_TYPES.length + 1)
  .describe(
    `Event types to receive, or \`${ALL_EVENTS}\` for all: ${SUBSCRIBABLE_EVENT_TYPES.join(', ')}.`,
  );

const description = z.string().max(500).describe('For people: what this endpoint is for.');

/** `POST /api/v1/webhook-endpoints`. */
export const CreateWebhookEndpointInputSchema = z.strictObject({
  url,
  events,
  description: description.optional(),
  enabled: z.boolean().optional().describe('Default true.'),
});
export class CreateWebhookEndpointInput extends schemaClass(CreateWebhookEndpointInputSchema) {}

/** `PATCH /api/v1/webhook-endpoints/:id`: what is sent changes. */
export const UpdateWebhookEndpointInputSchema = z.strictObject({
  url: url.optional(),
  events: events.optional(),
  description: description.nullable().optional(),
  enabled: z.boolean().optional(),
});
export class UpdateWebhookEndpointInput extends schemaClass(UpdateWebhookEndpointInputSchema) {}

/** `POST /api/v1/webhook-endpoints/:id/rotate-secret`. */
export const RotateWebhookSecretInputSchema = z.strictObject({
  graceHours: z
    .number()
    .int()
    .min(0)
    .max(MAX_ROTATION_GRACE_HOURS)
    .default(24)
    .describe(
      `How long the old secret keeps signing deliveries beside the new one (0 to ${MAX_ROTATION_GRACE_HOURS} hours; default 24).`,
    ),
});
export class RotateWebhookSecretInput extends schemaClass(RotateWebhookSecretInputSchema) {}

export const WebhookEndpointViewSchema = z
  .object({
    id: uuidText(),
    url: urlText(),
    events: z.array(z.string()),
    description: z.string().nullable(),
    enabled: z.boolean(),
    disabledReason: z
      .string()
      .nullable()
      .describe(
        'Why Tally disabled the endpoint (a 410, or 5 days of failed deliveries); null otherwise.',
      ),
    secretStart: z
      .string()
      .describe('The first characters of the signing secret, to recognise it.'),
    previousSecretExpiresAt: dateTimeText()
      .nullable()
      .describe('Until then, the previous secret signs every delivery too (after a rotation).'),
    createdAt: dateTimeText(),
    updatedAt: dateTimeText(),
  })
  .describe('A webhook endpoint.');
export type WebhookEndpointView = z.output<typeof WebhookEndpointViewSchema>;

export const CreatedWebhookEndpointSchema = WebhookEndpointViewSchema.extend({
  secret: z
    .string()
    .describe('The signing secret (`whsec_...`): shown this once. Keep it to verify deliveries.'),
}).describe('The endpoint, with its signing secret shown once.');
export type CreatedWebhookEndpoint = z.output<typeof CreatedWebhookEndpointSchema>;

export const RotatedWebhookSecretSchema = z
  .object({
    secret: z.string().describe('The new signing secret (`whsec_...`): shown this once.'),
    previousSecretExpiresAt: dateTimeText()
      .nullable()
      .describe('Until then the old secret signs deliveries too; null with `graceHours: 0`.'),
  })
  .describe('The new secret.');
export type RotatedWebhookSecret = z.output<typeof RotatedWebhookSecretSchema>;

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const WebhookDeliveryViewSchema = z
  .object({
    id: uuidText(),
    eventId: z.string().describe('The `webhook-id` every attempt of this event carries.'),
    eventType: z.enum(WEBHOOK_EVENT_TYPES),
    status: z
      .enum(DELIVERY_STATUSES)
      .describe(
        '`pending` (trying, or waiting for the next attempt), `delivered`, `failed` (gave up).',
      ),
    attempts: count(),
    lastStatusCode: z
      .number()
      .int()
      .nullable()
      .describe('The HTTP status of the last answer; null when none came.'),
    lastError: z
      .string()
      .nullable()
      .describe('Why the last attempt failed, when no answer came or it was refused.'),
    lastDurationMs: count().nullable(),
    lastResponse: z.string().nullable().describe('The first 1 KB of the last answer body.'),
    nextAttemptAt: dateTimeText().nullable(),
    createdAt: dateTimeText(),
    updatedAt: dateTimeText(),
  })
  .describe('One event sent to one endpoint, and how it went.');
export type WebhookDeliveryView = z.output<typeof WebhookDeliveryViewSchema>;

export const SentTestEventSchema = z
  .object({ eventId: z.string(), deliveryId: uuidText() })
  .describe('The test event, queued for delivery.');
export type SentTestEvent = z.output<typeof SentTestEventSchema>;
