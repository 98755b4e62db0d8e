import type { HeaderObject, ReferenceObject } from '@nestjs/swagger';

const integer = { type: 'integer', minimum: 0 } as const;

/** Every response header the gateway documents, under `#/components/headers`. */
export const RESPONSE_HEADERS = {
  'X-Request-Id': {
    description:
      'The id of the request: the one it was sent with, or a new one. It is on every log line; quote it when asking for help.',
    schema: { type: 'string' },
  },
  'X-RateLimit-Limit': {
    description:
      "Requests per window of the caller's pool: the account's for this environment, a publishable key's own for a publishable key, the IP limit for anonymous callers.",
    schema: integer,
  },
  'X-RateLimit-Remaining': {
    description: 'Requests left in the current window of that limit.',
    schema: integer,
  },
  'X-RateLimit-Reset': {
    description: 'Seconds until the current window of that limit ends.',
    schema: integer,
  },
  'RateLimit-Policy': {
    description:
      'Every limit that applies, per draft-ietf-httpapi-ratelimit-headers: `"pool";q=5000;w=600, "burst";q=100;w=1`; for a publishable key `"publishable";q=1200;w=60, "publishable-ip";q=60;w=60`.',
    schema: { type: 'string' },
  },
  RateLimit: {
    description: 'What is left of each limit: `"pool";r=4999;t=540, "burst";r=99;t=1`.',
    schema: { type: 'string' },
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: integer,
  },
  'WWW-Authenticate': {
    description:
      'The RFC 6750 challenge: `Bearer realm="tally", error="invalid_token" | "insufficient_scope", error_description="…"`.',
    schema: { type: 'string' },
  },
  'Set-Cookie': {
    description:
      'The session cookies: `tally_session` (httpOnly, the session token) and `tally_csrf` (readable by the dashboard, its CSRF token).',
    schema: { type: 'string' },
  },
} satisfies Record<string, HeaderObject>;

export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;

/** On every response that went through the rate limiter (successes and most errors). */
export const RATE_LIMIT_HEADERS: readonly ResponseHeaderName[] = [
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'RateLimit-Policy',
  'RateLimit',
];

export function headerRefs(names: readonly ResponseHeaderName[]): Record<string, ReferenceObject> {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}
