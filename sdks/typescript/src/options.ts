import type { RetryEvent } from './http/send-with-retries.js';

export const DEFAULT_BASE_URL = 'http://127.0.0.1:3000';
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 30_000;

interface CommonOptions {
  /** Where the API is; `http://127.0.0.1:3000` by default. */
  baseUrl?: string;
  /** The fetch to call (a wrapper that logs, a test double); the global `fetch` by default. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** How many times a request is sent again after a 429, a 503, a network error or a timeout; 2 by default. */
  maxRetries?: number;
  /** How long one attempt may take, answer body included; 30 s by default. */
  timeoutMs?: number;
  /** Retry POST and PATCH requests too (only GET, HEAD, PUT, DELETE and OPTIONS by default). */
  retryNonIdempotent?: boolean;
  /** Told before each retry: what failed and how long the client waits. */
  onRetry?: (event: RetryEvent) => void;
}

export interface ApiKeyOptions extends CommonOptions {
  /** A secret (`tly_sk_...`) or publishable (`tly_pk_...`) key. */
  apiKey: string;
  clientId?: never;
  clientSecret?: never;
}

export interface ClientCredentialsOptions extends CommonOptions {
  /** An OAuth client's id (`tly_ci_...`) and secret (`tly_cs_...`): traded for access tokens. */
  clientId: string;
  clientSecret: string;
  /** Space-separated permissions the tokens are narrowed to; all of the client's by default. */
  scope?: string;
  apiKey?: never;
}

export type TallyOptions = ApiKeyOptions | ClientCredentialsOptions;

/** What one call may add. */
export interface RequestOptions {
  /** Aborts the call, retries and waits included. */
  signal?: AbortSignal;
  /**
   * `true` retries this call even when it is a POST or PATCH (safe when sending
   * it twice does no harm); `false` never retries it. By default only
   * idempotent calls are retried.
   */
  retry?: boolean;
}

export interface ResolvedOptions {
  baseUrl: string;
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  maxRetries: number;
  timeoutMs: number | undefined;
  retryNonIdempotent: boolean;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl must be an absolute URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`baseUrl must be http or https, got ${url.protocol}`);
  return baseUrl.replace(/\/+$/, '');
}

function checkCount(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min)
    throw new TypeError(`${name} must be an integer of at least ${min}, got ${value}`);
  return value;
}

/** The options with their defaults, checked once: a mistake fails at `new Tally(...)`, not at the first call. */
export function resolveOptions(options: TallyOptions): ResolvedOptions {
  const hasKey = typeof options.apiKey === 'string' && options.apiKey !== '';
  const hasClient =
    typeof options.clientId === 'string' && typeof options.clientSecret === 'string';
  if (hasKey === hasClient)
    throw new TypeError('pass either apiKey, or clientId and clientSecret (not both)');
  const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    baseUrl: checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL),
    fetch,
    maxRetries: checkCount('maxRetries', options.maxRetries ?? DEFAULT_MAX_RETRIES, 0),
    timeoutMs:
      options.timeoutMs === undefined
        ? DEFAULT_TIMEOUT_MS
        : checkCount('timeoutMs', options.timeoutMs, 1),
    retryNonIdempotent: options.retryNonIdempotent ?? false,
    onRetry: options.onRetry,
  };
}
