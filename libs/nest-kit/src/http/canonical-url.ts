const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** `%61` is `a` (RFC 3986, 2.3): unreserved characters are decoded, other escapes upper-cased. */
function decodeUnreserved(path: string): string {
  return path.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex: string) => {
    const character = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(character) ? character : `%${hex.toUpperCase()}`;
  });
}

/** RFC 3986, 5.2.4: `/a/./b/../c` is `/a/c`; never above the root. */
function withoutDotSegments(path: string): string {
  const segments: string[] = [];
  const parts = path.split('/').slice(1);
  parts.forEach((segment, index) => {
    const last = index === parts.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..') segments.pop();
      // `/a/b/..` is the folder `/a/`, with its trailing slash.
      if (last) segments.push('');
      return;
    }
    segments.push(segment);
  });
  return `/${segments.join('/')}`;
}

/**
 * The one spelling of a request's path that the router, the guards and the
 * hooks all see: unreserved characters decoded, repeated slashes collapsed,
 * dot segments resolved. `/%61pi//v1/./keys` is `/api/v1/keys`. Letter case
 * is kept (paths are case-sensitive); the query string is left as it came.
 */
export function canonicalUrl(url: string): string {
  if (!url.startsWith('/')) return url;
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt);
  const canonical = withoutDotSegments(decodeUnreserved(path).replace(/\/{2,}/g, '/'));
  return canonical + query;
}
