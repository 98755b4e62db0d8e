// Opaque, tamper-checked cursors as the gateway's cursor codec makes them:
// the position as base64url JSON, a dot, then the first 16 bytes of its
// HMAC-SHA256. With the gateway's CURSOR_SECRET they come out the same.
import type { Page, PagePosition } from '@tally/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PageRequest, PageResult } from './messages.js';
import { invalidInput } from './refusal.js';

const SIGNATURE_BYTES = 16;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

export class Cursors {
  constructor(private readonly secret: string) {}

  encode(position: PagePosition): string {
    const direction = position.direction === 'after' ? 'a' : 'b';
    const body = Buffer.from(JSON.stringify([position.sortValue, position.id, direction])).toString(
      'base64url',
    );
    return `${body}.${this.sign(body).toString('base64url')}`;
  }

  decode(cursor: string): PagePosition {
    const [body, signature, extra] = cursor.split('.');
    if (!body || !signature || extra !== undefined) throw invalidCursor();
    const expected = this.sign(body);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw invalidCursor();
    const parts: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (
      !Array.isArray(parts) ||
      parts.length !== 3 ||
      !parts.every((part) => typeof part === 'string')
    )
      throw invalidCursor();
    const [sortValue, id, direction] = parts as string[];
    return { sortValue, id, direction: direction === 'a' ? 'after' : 'before' };
  }

  /** `?limit=&cursor=` (nothing else) as a page request, the cursor checked. */
  request(query: Record<string, unknown>): PageRequest {
    for (const field of Object.keys(query)) {
      if (field !== 'limit' && field !== 'cursor') throw invalidInput(field, 'unknown field');
    }
    const { limit, cursor } = query;
    let size = DEFAULT_LIMIT;
    if (limit !== undefined) {
      size = typeof limit === 'string' && /^\d{1,3}$/.test(limit) ? Number(limit) : 0;
      if (size < 1 || size > MAX_LIMIT)
        throw invalidInput('limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
    }
    if (cursor === undefined) return { limit: size };
    if (typeof cursor !== 'string' || cursor.length > 512)
      throw invalidInput('cursor', 'must be one cursor of at most 512 characters');
    return { limit: size, position: this.decode(cursor) };
  }

  /** A service's page with its positions turned into cursors: the public list shape. */
  page<T>(result: PageResult<T>): Page<T> {
    return {
      items: result.items,
      nextCursor: result.next ? this.encode(result.next) : null,
      prevCursor: result.prev ? this.encode(result.prev) : null,
      hasMoreAfter: result.next !== null,
      hasMoreBefore: result.prev !== null,
    };
  }

  private sign(body: string): Buffer {
    return createHmac('sha256', this.secret).update(body).digest().subarray(0, SIGNATURE_BYTES);
  }
}

function invalidCursor() {
  return invalidInput('cursor', 'invalid or tampered cursor');
}
