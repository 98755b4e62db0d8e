/** `base` + `path`, keeping any path prefix of `base` (a proxy, the sandbox's `/youtube-api`). */
export function endpointUrl(baseUrl: string, path: string, query?: URLSearchParams): string {
  const search = query === undefined || query.toString() === '' ? '' : `?${query.toString()}`;
  return `${baseUrl.replace(/\/+$/, '')}${path}${search}`;
}
