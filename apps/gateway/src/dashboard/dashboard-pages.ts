/**
 * The dashboard's own addresses (as in apps/dashboard/src/app/routes.ts): each
 * answers 200 with the app's index.html and the app's router shows the page.
 */
export const DASHBOARD_PAGES = [
  '/',
  '/signin',
  '/signup',
  '/forgot-password',
  '/reset-password',
  '/accept-invitation',
  '/creators',
  '/creators/*',
  '/usage',
  '/audit-log',
  '/settings',
  '/settings/developer',
  '/settings/developer/api-keys',
  '/settings/developer/oauth-clients',
  '/settings/developer/redirect-urls',
  '/settings/developer/webhooks',
  '/settings/developer/webhooks/*',
  '/settings/team',
  '/settings/service-users',
  '/settings/service-users/*',
  '/settings/account',
  '/settings/roles',
] as const;

/** Where the API and the tooling live: an unknown path under these is the API's 404 envelope. */
export const NON_PAGE_PREFIXES = [
  '/api',
  '/oauth',
  '/.well-known',
  '/docs',
  '/health',
  '/metrics',
  '/admin',
  '/assets',
] as const;

/**
 * Whether an unknown path should answer with the dashboard (404, index.html,
 * whose router shows its not-found page) rather than the API's JSON 404: a
 * browser navigating (it accepts text/html) to a path outside the API's.
 */
export function isDashboardNavigation(path: string, accept: string | undefined): boolean {
  const apiPath = NON_PAGE_PREFIXES.some(
    (prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}-`),
  );
  return !apiPath && /(^|,)\s*text\/html\s*(;|,|$)/i.test(accept ?? '');
}

/**
 * Only the dashboard's own files run; images may come from the platforms' CDNs
 * (avatars, covers). `same-origin-allow-popups` keeps the connect popup's
 * `window.opener`, which the callback page posts its outcome to.
 */
export const DASHBOARD_PAGE_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https: http:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'cross-origin-opener-policy': 'same-origin-allow-popups',
  'cache-control': 'no-cache',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** Built assets carry a content hash in their names: they never change under one URL. */
export const DASHBOARD_ASSET_CACHE = 'public, max-age=31536000, immutable';
