// The server's own rules for an allowed redirect URL (libs/contracts), checked
// here before anything is sent; only the wording is the dashboard's.
import {
  allowedRedirectUrlProblem,
  MAX_ALLOWED_REDIRECT_URLS,
  normaliseAllowedRedirectUrl,
} from '@tally/contracts/browser';
import { ApiError } from '../../api/api-error';

export const MAX_REDIRECT_URLS = MAX_ALLOWED_REDIRECT_URLS;
export const MAX_REDIRECT_URL_LENGTH = 2048;

/** Why `value` cannot be an allowed redirect URL, in words for the form; null when it can. */
export function redirectUrlProblem(value: string): string | null {
  if (!value) return 'Enter a URL, like https://shop.example/creators/connected.';
  if (value.length > MAX_REDIRECT_URL_LENGTH)
    return `Keep it under ${MAX_REDIRECT_URL_LENGTH} characters.`;
  const problem = allowedRedirectUrlProblem(value);
  return problem === null ? null : `The URL ${problem}.`;
}

/** The form the server stores: origin and path, without trailing slashes. Assumes no problem. */
export const normaliseRedirectUrl = normaliseAllowedRedirectUrl;

/** The list with `input` added (normalised), or why it cannot be. */
export function addRedirectUrl(
  urls: readonly string[],
  input: string,
): { urls: string[] } | { error: string } {
  const value = input.trim();
  const problem = redirectUrlProblem(value);
  if (problem) return { error: problem };
  const url = normaliseRedirectUrl(value);
  if (urls.includes(url)) return { error: `${url} is already in the list.` };
  if (urls.length >= MAX_REDIRECT_URLS)
    return { error: `An account can allow up to ${MAX_REDIRECT_URLS} redirect URLs.` };
  return { urls: [...urls, url] };
}

export function sameUrls(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((url, index) => url === b[index]);
}

export interface RedirectUrlErrors {
  /** About the list as a whole (too many URLs). */
  list?: string;
  /** About one URL, by its place in the list sent. */
  byIndex: Record<number, string>;
}

/** The reasons a refused save gave, placed on the list or on the URL they name (`urls[2]`). */
export function redirectUrlErrors(error: unknown): RedirectUrlErrors {
  const found: RedirectUrlErrors = { byIndex: {} };
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return found;
  for (const detail of error.details) {
    const element = /^urls\[(\d+)\]$/.exec(detail.field ?? '');
    if (element) found.byIndex[Number(element[1])] ??= detail.reason;
    else if (detail.field === 'urls') found.list ??= detail.reason;
  }
  return found;
}
