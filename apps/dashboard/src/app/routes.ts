import type { RouteDefinition } from './router';

export const paths = {
  signIn: '/signin',
  signUp: '/signup',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  acceptInvitation: '/accept-invitation',
  creators: '/creators',
  creator: (id: string) => `/creators/${encodeURIComponent(id)}`,
  apiKeys: '/settings/developer/api-keys',
  oauthClients: '/settings/developer/oauth-clients',
  redirectUrls: '/settings/developer/redirect-urls',
  webhooks: '/settings/developer/webhooks',
  webhookEndpoint: (id: string) => `/settings/developer/webhooks/${encodeURIComponent(id)}`,
  team: '/settings/team',
  serviceUsers: '/settings/service-users',
  serviceUser: (id: string) => `/settings/service-users/${encodeURIComponent(id)}`,
  accountSettings: '/settings/account',
  roles: '/settings/roles',
  usage: '/usage',
  auditLog: '/audit-log',
} as const;

export const HOME = paths.creators;

/** Pages for the signed-out: a signed-in visitor goes on to the dashboard. */
export const PUBLIC_ROUTES: readonly RouteDefinition[] = [
  { name: 'signIn', pattern: paths.signIn },
  { name: 'signUp', pattern: paths.signUp },
  { name: 'forgotPassword', pattern: paths.forgotPassword },
];

/** The pages an emailed link opens: they work whether or not someone is signed in. */
export const LINK_ROUTES: readonly RouteDefinition[] = [
  { name: 'resetPassword', pattern: paths.resetPassword },
  { name: 'acceptInvitation', pattern: paths.acceptInvitation },
];

export const APP_ROUTES: readonly RouteDefinition[] = [
  { name: 'creators', pattern: paths.creators },
  { name: 'creator', pattern: '/creators/:id' },
  { name: 'apiKeys', pattern: paths.apiKeys },
  { name: 'oauthClients', pattern: paths.oauthClients },
  { name: 'redirectUrls', pattern: paths.redirectUrls },
  { name: 'webhooks', pattern: paths.webhooks },
  { name: 'webhookEndpoint', pattern: '/settings/developer/webhooks/:id' },
  { name: 'team', pattern: paths.team },
  { name: 'serviceUsers', pattern: paths.serviceUsers },
  { name: 'serviceUser', pattern: '/settings/service-users/:id' },
  { name: 'accountSettings', pattern: paths.accountSettings },
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

/** The token an emailed link carries in its fragment (`#token=…`), kept out of logs and referrers. */
export function linkToken(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') || null;
}
