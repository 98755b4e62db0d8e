import type {
  CreatedWebhookEndpoint,
  WebhookDeliveryView,
  WebhookEndpointView,
} from '@tally/contracts';
import { randomUUID } from 'node:crypto';

export function endpointView(overrides: Partial<WebhookEndpointView> = {}): WebhookEndpointView {
  return {
    id: randomUUID(),
    url: 'https://hooks.example.com/tally',
    events: ['creator.synced'],
    description: null,
    enabled: true,
    disabledReason: null,
    secretStart: 'whsec_abcdef',
    previousSecretExpiresAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function createdEndpoint(
  overrides: Partial<WebhookEndpointView> = {},
): CreatedWebhookEndpoint {
  return {
    ...endpointView(overrides),
    secret: 'whsec_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG=',
  };
}

export function deliveryView(overrides: Partial<WebhookDeliveryView> = {}): WebhookDeliveryView {
  return {
    id: randomUUID(),
    eventId: randomUUID(),
    eventType: 'creator.synced',
    status: 'pending',
    attempts: 1,
    lastStatusCode: 500,
    lastError: null,
    lastDurationMs: 120,
    lastResponse: 'oops',
    nextAttemptAt: '2026-01-01T00:05:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:05.000Z',
    ...overrides,
  };
}
