/** Headers as servers hand them over: a Fetch `Headers`, or Node's and Express's plain object. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** A header by name, whatever its case; the first value when it was sent more than once. */
export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers)
    return headers.get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}
