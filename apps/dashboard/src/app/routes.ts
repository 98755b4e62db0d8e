import type { RouteDefinition } from './router';

export const paths = {
  signIn: '/signin',
  signUp: '/signup',
  creators: '/creators',
  creator: (id: string) => `/creators/${encodeURIComponent(id)}`,
  apiKeys: '/settings/developer/api-keys',
  oauthClients: '/settings/developer/oauth-clients',
  redirectUrls: '/settings/developer/redirect-urls',
  webhooks: '/settings/developer/webhooks',
  webhookEndpoint: (id: string) => `/settings/developer/webhooks/${encodeURIComponent(id)}`,
  roles: '/settings/roles',
  usage: '/usage',
  auditLog: '/audit-log',
} as const;

export const HOME = paths.creators;

export const PUBLIC_ROUTES: readonly RouteDefinition[] = [
  { name: 'signIn', pattern: paths.signIn },
  { name: 'signUp', pattern: paths.signUp },
];

export const APP_ROUTES: readonly RouteDefinition[] = [
  { name: 'creators', pattern: paths.creators },
  { name: 'creator', pattern: '/creators/:id' },
  { name: 'apiKeys', pattern: paths.apiKeys },
  { name: 'oauthClients', pattern: paths.oauthClients },
  { name: 'redirectUrls', pattern: paths.redirectUrls },
  { name: 'webhooks', pattern: paths.webhooks },
  { name: 'webhookEndpoint', pattern: '/settings/developer/webhooks/:id' },
  { name: 'roles', pattern: paths.roles },
  { name: 'usage', pattern: paths.usage },
  { name: 'auditLog', pattern: paths.auditLog },
];

/** Addresses that only lead elsewhere. */
export const REDIRECTS: Record<string, string> = {
  '/': HOME,
  '/settings': paths.apiKeys,
  '/settings/developer': paths.apiKeys,
};
