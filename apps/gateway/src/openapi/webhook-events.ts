import {
  WEBHOOK_EVENT_SCHEMAS,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '@tally/contracts';
import type { ParameterObject, PathItemObject, WebhooksObject } from '@nestjs/swagger';
import { z } from 'zod';
import type { SchemaCatalog } from './schema-catalog.js';

/** `creator.sync_failed` → `CreatorSyncFailedEvent`: the component of the payload Tally POSTs. */
export function webhookEventComponentName(type: WebhookEventType): string {
  const words = type.split(/[._]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `${words.join('')}Event`;
}

function payloadSchema(type: WebhookEventType): z.ZodType {
  return z
    .object({
      type: z.literal(type),
      timestamp: z
        .string()
        .meta({ format: 'date-time' })
        .describe('When it happened (ISO 8601); the same on every attempt.'),
      data: WEBHOOK_EVENT_SCHEMAS[type],
    })
    .describe(WEBHOOK_EVENT_SCHEMAS[type].description ?? type);
}

/** The Standard Webhooks payload of each event type: `{type, timestamp, data}`. */
const PAYLOADS = new Map(WEBHOOK_EVENT_TYPES.map((type) => [type, payloadSchema(type)]));

function payloadOf(type: WebhookEventType): z.ZodType {
  const payload = PAYLOADS.get(type);
  if (!payload) throw new Error(`no payload schema for ${type}`);
  return payload;
}

/** The payloads as named schemas, for `#/components/schemas`. */
export const WEBHOOK_EVENT_COMPONENTS: Record<string, z.ZodType> = Object.fromEntries(
  WEBHOOK_EVENT_TYPES.map((type) => [webhookEventComponentName(type), payloadOf(type)]),
);

const HEADERS: ParameterObject[] = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description:
      "The event's id: the same on every attempt (and for every endpoint that hears it), so that a receiver can drop a delivery it already has.",
    schema: { type: 'string', format: 'uuid' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description:
      'When this attempt was sent, in seconds since the Unix epoch. Refuse messages more than a few minutes off your clock (replays).',
    schema: { type: 'string', pattern: '^[0-9]+$' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      '`v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64-decoded part of the endpoint secret after `whsec_`. During the grace period of a secret rotation there is one per secret, space-separated: accept the message when any one matches.',
    schema: { type: 'string' },
  },
];

const DELIVERY_RULES =
  'Tally POSTs it as JSON to every enabled endpoint of the account subscribed to its type (or to `*`), signed per [Standard Webhooks](https://www.standardwebhooks.com/). A 2xx answer within 15 s is success; redirects are not followed. Anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (with jitter), then the delivery fails. An endpoint whose deliveries all failed for 5 days is disabled, and a 410 disables it at once; `disabledReason` says why.';

function describeEvent(type: WebhookEventType, catalog: SchemaCatalog): PathItemObject {
  const description = WEBHOOK_EVENT_SCHEMAS[type].description ?? '';
  return {
    post: {
      summary: type,
      description: `${description}\n\n${DELIVERY_RULES}`,
      tags: ['Webhook events'],
      operationId: `webhook.${type}`,
      parameters: HEADERS,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: catalog.use(payloadOf(type)) } },
      },
      responses: {
        '2XX': { description: 'Received: the delivery succeeded.' },
        '410': {
          description: 'Gone: Tally disables the endpoint at once and sends it nothing more.',
        },
        default: {
          description: 'Any other answer, or none within 15 s: the delivery is tried again later.',
        },
      },
    },
  };
}

/** The document's top-level `webhooks`: one entry per event type Tally may POST to an endpoint. */
export function describeWebhookEvents(catalog: SchemaCatalog): WebhooksObject {
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [type, describeEvent(type, catalog)]),
  );
}
