import { CSRF_COOKIE_NAMES, type ErrorCode } from '@tally/contracts/browser';
import { ApiError, type ErrorDetail } from './api-error';

const CSRF_HEADER = 'x-csrf-token';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

type Envelope<T> =
  | { success: true; data: T }
  | {
      success: false;
      error: { code: ErrorCode; message: string; details?: ErrorDetail[]; requestId?: string };
    };

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      // Not percent-encoded after all (another app on the domain wrote it): as it is.
      return value.join('=');
    }
  }
  return null;
}

export function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

let onSessionEnded: (() => void) | null = null;

/** Where a 401 means a wrong password, not an ended session. */
const PASSWORD_CHECKS = ['/api/v1/auth/', '/api/v1/users/me/password'];

/** Called when a signed-in call comes back 401: the session expired or was ended elsewhere. */
export function whenSessionEnds(listener: (() => void) | null): void {
  onSessionEnded = listener;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { success?: unknown; data?: unknown; error?: unknown };
  if (candidate.success === true) return 'data' in candidate;
  return (
    candidate.success === false &&
    typeof candidate.error === 'object' &&
    candidate.error !== null &&
    typeof (candidate.error as { code?: unknown }).code === 'string'
  );
}

/** The answer's envelope; anything else (a proxy's error page, say) is `unreadable_response`. */
async function readEnvelope<T>(response: Response): Promise<Envelope<T>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, 'unreadable_response', 'The answer was not JSON.');
  }
  if (!isEnvelope(body))
    throw new ApiError(
      response.status,
      'unreadable_response',
      'The answer was not in the API envelope.',
    );
  return body as Envelope<T>;
}

function retryAfter(response: Response): number | null {
  const value = Number(response.headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/**
 * One call to the API with the dashboard's session: the cookie goes along,
 * writes carry the CSRF token, and the envelope is unwrapped into data or an
 * ApiError.
 */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH',
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    // `__Host-tally_csrf` behind HTTPS, `tally_csrf` in development over http.
    const csrf = CSRF_COOKIE_NAMES.map(readCookie).find((value) => value !== null);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'The network request failed.');
  }
  if (response.status === 401 && !PASSWORD_CHECKS.some((prefix) => path.startsWith(prefix)))
    onSessionEnded?.();
  const envelope = await readEnvelope<T>(response);
  if (envelope.success) return envelope.data;
  const { code, message, details, requestId } = envelope.error;
  throw new ApiError(
    response.status,
    code,
    message,
    details ?? [],
    requestId ?? null,
    retryAfter(response),
  );
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};
