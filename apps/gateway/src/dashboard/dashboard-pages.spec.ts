import { isDashboardNavigation } from './dashboard-pages.js';

const BROWSER_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('isDashboardNavigation', () => {
  it.each(['/nope', '/settings/whatever', '/creators-old', '/apis', '/documents/1'])(
    'answers a browser navigating to %s with the dashboard',
    (path) => {
      expect(isDashboardNavigation(path, BROWSER_ACCEPT)).toBe(true);
    },
  );

  it.each([
    '/api',
    '/api/v1/nope',
    '/oauth/nope',
    '/.well-known/nope',
    '/docs',
    '/docs/nope',
    '/docs-json',
    '/health/nope',
    '/metrics',
    '/metrics/nope',
    '/admin/nope',
    '/assets/missing.js',
  ])('keeps the JSON envelope under the API and tooling: %s', (path) => {
    expect(isDashboardNavigation(path, BROWSER_ACCEPT)).toBe(false);
  });

  it.each([undefined, '', '*/*', 'application/json', 'image/avif,image/webp,*/*', 'text/plain'])(
    'keeps the JSON envelope for a request that does not ask for HTML (%s)',
    (accept) => {
      expect(isDashboardNavigation('/nope', accept)).toBe(false);
    },
  );

  it('reads text/html anywhere in the Accept list, with parameters or spaces', () => {
    expect(isDashboardNavigation('/nope', 'application/json, text/html;q=0.5')).toBe(true);
    expect(isDashboardNavigation('/nope', 'TEXT/HTML')).toBe(true);
    expect(isDashboardNavigation('/nope', 'text/htmlx')).toBe(false);
  });
});
