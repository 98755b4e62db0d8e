/** `base` + `path`, keeping any path prefix of `base` (a proxy, a sandbox mounted elsewhere). */
export function endpointUrl(baseUrl: string, path: string, query?: URLSearchParams): string {
  const search = query === undefined || query.size === 0 ? '' : `?${query.toString()}`;
  return `${baseUrl.replace(/\/+$/, '')}${path}${search}`;
}
