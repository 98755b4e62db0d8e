/**
 * The dashboard's own addresses: each answers with the app's index.html and the
 * app's router shows the page. Everything else keeps the API's 404 envelope.
 */
export const DASHBOARD_PAGES = [
  '/',
  '/signin',
  '/signup',
  '/creators',
  '/creators/*',
  '/usage',
  '/audit-log',
  '/settings',
  '/settings/*',
] as const;

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
