import { queryValue } from '../http/query-value.js';
import { badRequest, type GoogleApiError } from './google-errors.js';

export type Parts = { ok: true; parts: string[] } | { ok: false; error: GoogleApiError };

/** The required `part` parameter: a comma-separated list of the resource's parts. */
export function requestedParts(query: unknown, known: readonly string[]): Parts {
  const raw = queryValue(query, 'part');
  if (raw === undefined || raw.trim() === '') {
    return { ok: false, error: badRequest('required', 'Required parameter: part', 'global') };
  }
  const parts = [...new Set(raw.split(',').map((part) => part.trim()))];
  const unknown = parts.find((part) => !known.includes(part));
  if (unknown !== undefined) {
    return {
      ok: false,
      error: badRequest('unknownPart', `'${unknown}'`, 'youtube.part'),
    };
  }
  return { ok: true, parts };
}

/** A comma-separated id list, at most `max` ids. */
export function idList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** `maxResults` within [0, 50], 5 when absent. */
export function maxResults(query: unknown): number | GoogleApiError {
  const raw = queryValue(query, 'maxResults');
  if (raw === undefined) return 5;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 50) {
    return badRequest(
      'invalidParameter',
      `Invalid value '${raw}'. Values must be within the range: [0, 50]`,
      'global',
    );
  }
  return value;
}

/** `{kind, etag, [nextPageToken], [prevPageToken], pageInfo, [items]}`: items left out when there are none. */
export function listResponse(
  kind: string,
  items: unknown[],
  pageInfo: { totalResults: number; resultsPerPage: number },
  tokens: { nextPageToken?: string; prevPageToken?: string } = {},
) {
  return {
    kind,
    etag: etagOf(items),
    ...tokens,
    pageInfo,
    ...(items.length > 0 ? { items } : {}),
  };
}

export function etagOf(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url').slice(-27);
}
