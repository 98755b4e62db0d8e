import type { LimitStatus, RateLimitDecision } from './rate-limit-decision.js';

// A type, not an interface: Fastify's reply.headers() wants an index signature.
export type RateLimitHeaders = {
  'X-RateLimit-Limit': string;
  'X-RateLimit-Remaining': string;
  'X-RateLimit-Reset': string;
  'RateLimit-Policy': string;
  RateLimit: string;
  'Retry-After'?: string;
};

function policyItem(status: LimitStatus): string {
  return `"${status.name}";q=${status.limit};w=${status.windowSeconds}`;
}

function limitItem(status: LimitStatus): string {
  return `"${status.name}";r=${status.remaining};t=${status.resetSeconds}`;
}

/**
 * The limits a caller is told about: an authenticated one its account's pool
 * and its credential's burst limit (plus the IP limit when that one refused it),
 * an anonymous one the IP limit.
 */
function advertised(decision: RateLimitDecision): LimitStatus[] {
  const { pool, burst, ip } = decision;
  if (!pool || !burst) return [ip];
  return decision.refusedBy === ip ? [pool, burst, ip] : [pool, burst];
}

/**
 * `X-RateLimit-*` describe the pool (the IP limit for anonymous callers);
 * `RateLimit-Policy` and `RateLimit` follow draft-ietf-httpapi-ratelimit-headers.
 */
export function rateLimitHeaders(decision: RateLimitDecision): RateLimitHeaders {
  const primary = decision.pool ?? decision.ip;
  const limits = advertised(decision);
  const headers: RateLimitHeaders = {
    'X-RateLimit-Limit': String(primary.limit),
    'X-RateLimit-Remaining': String(primary.remaining),
    'X-RateLimit-Reset': String(primary.resetSeconds),
    'RateLimit-Policy': limits.map(policyItem).join(', '),
    RateLimit: limits.map(limitItem).join(', '),
  };
  if (!decision.allowed) headers['Retry-After'] = String(decision.retryAfterSeconds);
  return headers;
}
