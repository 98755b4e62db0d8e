/** `application/json; charset=utf-8` → `application/json`. */
export function essenceOf(mediaType: string): string {
  return mediaType.split(';')[0].trim().toLowerCase();
}

export function isJsonMediaType(essence: string): boolean {
  return essence === 'application/json' || essence.endsWith('+json');
}

/**
 * The key of `content` that describes a response of this media type: the
 * exact type first, then `type/*`, then `*\/*`.
 */
export function documentedMediaType(
  documented: readonly string[],
  essence: string,
): string | undefined {
  const [type] = essence.split('/');
  const wanted = [essence, `${type}/*`, '*/*'];
  for (const candidate of wanted) {
    const found = documented.find((key) => essenceOf(key) === candidate);
    if (found !== undefined) return found;
  }
  return undefined;
}
