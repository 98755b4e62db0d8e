// Plausible API answers for tests; override what a test is about.
import { BUILT_IN_ROLES as BUILT_IN_ROLE_PERMISSIONS } from '@tally/contracts/browser';
import type {
  ApiKeyView,
  Permission,
  RoleView,
  WebhookDeliveryView,
  WebhookEndpointView,
  WhoAmI,
} from '../api/types';

export const NOW = new Date('2026-03-15T12:00:00.000Z');

export function whoAmI(overrides: Partial<WhoAmI> = {}): WhoAmI {
  return {
    account: { id: 'acc-1', name: 'Acme' },
    credential: { type: 'session', id: 'sess-1' },
    user: { id: 'user-1', email: 'ada@acme.test', accountRole: 'admin' },
    roles: [],
    permissions: ['creators:read', 'creators:write', 'creators:sync', 'keys:read', 'keys:write'],
    environment: 'production',
    expiresAt: '2026-03-16T12:00:00.000Z',
    ...overrides,
  };
}

export function role(name: string, permissions: Permission[], builtIn = true): RoleView {
  return {
    id: `role-${name}`,
    name,
    description: `${name} (test)`,
    permissions,
    builtIn,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

/** The built-in roles, as `GET /api/v1/roles` lists them. */
export const BUILT_IN_ROLES: RoleView[] = Object.entries(BUILT_IN_ROLE_PERMISSIONS).map(
  ([name, permissions]) => role(name, [...permissions]),
);

export function apiKey(overrides: Partial<ApiKeyView> = {}): ApiKeyView {
  return {
    id: 'key-1',
    name: 'Production backend',
    start: 'tly_sk_live_ab',
    type: 'secret',
    environment: 'production',
    roles: [{ id: 'role-read-only', name: 'read-only' }],
    permissions: ['creators:read'],
    allowedOrigins: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: { type: 'user', id: 'user-1', email: 'ada@acme.test' },
    lastUsedAt: null,
    expiresAt: '2026-06-01T00:00:00.000Z',
    revokedAt: null,
    replacedBy: null,
    ...overrides,
  };
}

export function webhookEndpoint(overrides: Partial<WebhookEndpointView> = {}): WebhookEndpointView {
  return {
    id: 'wh-1',
    url: 'https://hooks.acme.test/tally',
    events: ['*'],
    description: 'Order service',
    enabled: true,
    disabledReason: null,
    secretStart: 'whsec_AbC',
    previousSecretExpiresAt: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function webhookDelivery(overrides: Partial<WebhookDeliveryView> = {}): WebhookDeliveryView {
  return {
    id: 'dlv-1',
    eventId: 'msg_2b7f1c',
    eventType: 'creator.synced',
    status: 'delivered',
    attempts: 1,
    lastStatusCode: 200,
    lastError: null,
    lastDurationMs: 84,
    lastResponse: 'ok',
    nextAttemptAt: null,
    createdAt: '2026-03-15T11:00:00.000Z',
    updatedAt: '2026-03-15T11:00:00.000Z',
    ...overrides,
  };
}

/** One page of a cursor-paginated list. */
export function page<T>(
  items: T[],
  nextCursor: string | null = null,
  prevCursor: string | null = null,
) {
  return {
    items,
    nextCursor,
    prevCursor,
    hasMoreAfter: nextCursor !== null,
    hasMoreBefore: prevCursor !== null,
  };
}
