import { z } from 'zod';
import { PingReplySchema, PingRequestSchema } from '../health/ping.js';
import { PrincipalSchema } from '../identity/principal.js';
import { declareRequest } from '../messaging/declarations.js';
import { PageRequestSchema, pageResultOf } from '../pagination.js';
import { declareJob, Queues } from '../queues.js';
import { WebhooksSubjects } from '../subjects.js';
import {
  CreatedWebhookEndpointSchema,
  CreateWebhookEndpointInputSchema,
  RotatedWebhookSecretSchema,
  RotateWebhookSecretInputSchema,
  SentTestEventSchema,
  UpdateWebhookEndpointInputSchema,
  WebhookDeliveryViewSchema,
  WebhookEndpointViewSchema,
} from './webhook-endpoint-messages.js';

const OneEndpoint = z.strictObject({ principal: PrincipalSchema, endpointId: z.guid() });

export const WebhooksPing = declareRequest(WebhooksSubjects.ping, {
  request: PingRequestSchema,
  reply: PingReplySchema,
});

export const WebhooksCreateEndpoint = declareRequest(WebhooksSubjects.createEndpoint, {
  request: z.strictObject({ principal: PrincipalSchema, input: CreateWebhookEndpointInputSchema }),
  reply: CreatedWebhookEndpointSchema,
});

export const WebhooksListEndpoints = declareRequest(WebhooksSubjects.listEndpoints, {
  request: z.strictObject({ principal: PrincipalSchema, page: PageRequestSchema }),
  reply: pageResultOf(WebhookEndpointViewSchema),
});

export const WebhooksGetEndpoint = declareRequest(WebhooksSubjects.getEndpoint, {
  request: OneEndpoint,
  reply: WebhookEndpointViewSchema,
});

export const WebhooksUpdateEndpoint = declareRequest(WebhooksSubjects.updateEndpoint, {
  request: OneEndpoint.extend({ input: UpdateWebhookEndpointInputSchema }),
  reply: WebhookEndpointViewSchema,
});

export const WebhooksDeleteEndpoint = declareRequest(WebhooksSubjects.deleteEndpoint, {
  request: OneEndpoint,
  reply: z.object({ deleted: z.literal(true) }),
});

export const WebhooksRotateSecret = declareRequest(WebhooksSubjects.rotateSecret, {
  request: OneEndpoint.extend({ input: RotateWebhookSecretInputSchema }),
  reply: RotatedWebhookSecretSchema,
});

export const WebhooksSendTest = declareRequest(WebhooksSubjects.sendTest, {
  request: OneEndpoint,
  reply: SentTestEventSchema,
});

export const WebhooksListDeliveries = declareRequest(WebhooksSubjects.listDeliveries, {
  request: OneEndpoint.extend({ page: PageRequestSchema }),
  reply: pageResultOf(WebhookDeliveryViewSchema),
});

export const WebhooksRetryDelivery = declareRequest(WebhooksSubjects.retryDelivery, {
  request: OneEndpoint.extend({ deliveryId: z.guid() }),
  reply: WebhookDeliveryViewSchema,
});

/** One delivery to send: the webhooks service's deliveries table has the rest. */
export const WebhookDeliveryJob = declareJob(
  Queues.webhookDeliveries,
  'deliver-webhook',
  z.object({ deliveryId: z.guid() }),
);
