/** Whether the creator's grant lets a sync read videos. Unknown scopes (none recorded): try. */
export function mayListVideos(scopes: readonly string[]): boolean {
  return scopes.length === 0 || scopes.includes('video.list');
}
