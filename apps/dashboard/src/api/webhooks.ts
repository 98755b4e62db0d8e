import { api } from './api-client';
import type {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  Page,
  RotatedWebhookSecret,
  SentTestEvent,
  UpdateWebhookEndpointInput,
  WebhookDeliveryView,
  WebhookEndpointView,
} from './types';

const ENDPOINTS = '/api/v1/webhook-endpoints';
export const WEBHOOK_PAGE_SIZE = 20;

function endpointPath(id: string): string {
  return `${ENDPOINTS}/${encodeURIComponent(id)}`;
}

/** The webhook endpoints of the signed-in account, and their deliveries. */
export const webhooksApi = {
  list: (cursor: string | undefined, signal?: AbortSignal) =>
    api.get<Page<WebhookEndpointView>>(ENDPOINTS, { limit: WEBHOOK_PAGE_SIZE, cursor }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<WebhookEndpointView>(endpointPath(id), undefined, signal),
  create: (input: CreateWebhookEndpointInput) => api.post<CreatedWebhookEndpoint>(ENDPOINTS, input),
  update: (id: string, input: UpdateWebhookEndpointInput) =>
    api.patch<WebhookEndpointView>(endpointPath(id), input),
  remove: (id: string) => api.delete<{ deleted: true }>(endpointPath(id)),
  rotateSecret: (id: string, graceHours: number) =>
    api.post<RotatedWebhookSecret>(`${endpointPath(id)}/rotate-secret`, { graceHours }),
  sendTest: (id: string) => api.post<SentTestEvent>(`${endpointPath(id)}/test`),
  deliveries: (id: string, cursor: string | undefined, signal?: AbortSignal) =>
    api.get<Page<WebhookDeliveryView>>(
      `${endpointPath(id)}/deliveries`,
      { limit: WEBHOOK_PAGE_SIZE, cursor },
      signal,
    ),
  retryDelivery: (id: string, deliveryId: string) =>
    api.post<WebhookDeliveryView>(
      `${endpointPath(id)}/deliveries/${encodeURIComponent(deliveryId)}/retry`,
    ),
};
