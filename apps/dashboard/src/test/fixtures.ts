// Plausible API answers for tests; override what a test is about.
import { BUILT_IN_ROLES as BUILT_IN_ROLE_PERMISSIONS } from '@tally/contracts/browser';
import type {
  ApiKeyView,
  CredentialOwner,
  InvitationView,
  MemberView,
  OAuthClientView,
  Permission,
  RoleView,
  ServiceUserView,
  WebhookDeliveryView,
  WebhookEndpointView,
  WhoAmI,
} from '../api/types';

export const NOW = new Date('2026-03-15T12:00:00.000Z');

export function whoAmI(overrides: Partial<WhoAmI> = {}): WhoAmI {
  return {
    account: { id: 'acc-1', name: 'Acme' },
    credential: { type: 'session', id: 'sess-1', name: null, metadata: null, owner: null },
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
    enabled: true,
    disabledAt: null,
    owner: owner(),
    metadata: {},
    ...overrides,
  };
}

/** The user a key or client belongs to: by default the signed-in user of `whoAmI()`. */
export function owner(overrides: Partial<CredentialOwner> = {}): CredentialOwner {
  return { id: 'user-1', kind: 'human', name: 'ada@acme.test', enabled: true, ...overrides };
}

export function oauthClient(overrides: Partial<OAuthClientView> = {}): OAuthClientView {
  return {
    id: 'client-1',
    clientId: 'tly_ci_abc123',
    name: 'Data warehouse',
    environment: 'production',
    roles: [{ id: 'role-read-only', name: 'read-only' }],
    permissions: ['creators:read'],
    createdAt: '2026-01-01T00:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    enabled: true,
    disabledAt: null,
    owner: owner(),
    metadata: {},
    ...overrides,
  };
}

export function member(overrides: Partial<MemberView> = {}): MemberView {
  return {
    id: 'user-2',
    email: 'bob@acme.test',
    accountRole: 'member',
    createdAt: '2026-02-01T00:00:00.000Z',
    lastLoginAt: '2026-03-14T09:00:00.000Z',
    ...overrides,
  };
}

export function invitation(overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    id: 'inv-1',
    email: 'carol@acme.test',
    accountRole: 'member',
    invitedBy: 'ada@acme.test',
    createdAt: '2026-03-14T12:00:00.000Z',
    expiresAt: '2026-03-21T12:00:00.000Z',
    ...overrides,
  };
}

export function serviceUser(overrides: Partial<ServiceUserView> = {}): ServiceUserView {
  return {
    id: 'su-1',
    name: 'CI deploy',
    description: 'Deploys from GitHub Actions',
    enabled: true,
    createdAt: '2026-02-15T00:00:00.000Z',
    disabledAt: null,
    activeKeys: 2,
    activeOAuthClients: 1,
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
