/** `base` + `path`, keeping any path prefix of `base` (a proxy, a sandbox mounted elsewhere). */
export function endpointUrl(baseUrl: string, path: string, query = ''): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}${query === '' ? '' : `?${query}`}`;
}
