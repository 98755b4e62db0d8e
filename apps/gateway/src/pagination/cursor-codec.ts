import {
  AppError,
  Page,
  PagePosition,
  PageQueryInput,
  PageRequest,
  PageResult,
  PreparedPage,
  PreparedPageResult,
  DEFAULT_PAGE_SIZE,
} from '@tally/contracts';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE_BYTES = 16;
const SCOPE_BYTES = 12;

function invalidCursor(): AppError {
  return new AppError(
    'validation_failed',
    'The cursor is not valid: use nextCursor or prevCursor as returned.',
    [{ field: 'cursor', reason: 'invalid or tampered cursor' }],
  );
}

function otherFilters(): AppError {
  return new AppError(
    'validation_failed',
    'The cursor was made for other filters: send the same filters with it, or start again without a cursor.',
    [{ field: 'cursor', reason: 'made for other filters' }],
  );
}

/**
 * A list's filters as a short digest, bound into its cursors so that a cursor
 * is only used with the filters it was made for. Equal filters give equal scopes.
 */
export function cursorScope(filters: Record<string, unknown>): string | undefined {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return undefined;
  return createHash('sha256')
    .update(JSON.stringify(entries))
    .digest()
    .subarray(0, SCOPE_BYTES)
    .toString('base64url');
}

/**
 * Opaque, tamper-checked cursors: the position in base64url, then an HMAC of
 * it. Services never see a cursor, only a checked position. A filtered list's
 * cursors carry its filters' scope and are refused with other filters.
 */
export class CursorCodec {
  constructor(private readonly secret: string) {}

  encode(position: PagePosition, scope?: string): string {
    const parts = [position.sortValue, position.id, position.direction === 'after' ? 'a' : 'b'];
    const body = Buffer.from(JSON.stringify(scope ? [...parts, scope] : parts)).toString(
      'base64url',
    );
    return `${body}.${this.sign(body).toString('base64url')}`;
  }

  decode(cursor: string, scope?: string): PagePosition {
    const [body, signature, extra] = cursor.split('.');
    if (!body || !signature || extra !== undefined) throw invalidCursor();
    const expected = this.sign(body);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw invalidCursor();
    const parsed: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (
      !Array.isArray(parsed) ||
      (parsed.length !== 3 && parsed.length !== 4) ||
      !parsed.every((part) => typeof part === 'string')
    ) {
      throw invalidCursor();
    }
    const [sortValue, id, direction, madeFor] = parsed as [string, string, string, string?];
    if (madeFor !== scope) throw otherFilters();
    return { sortValue, id, direction: direction === 'a' ? 'after' : 'before' };
  }

  toRequest(query: PageQueryInput, scope?: string): PageRequest {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return query.cursor ? { limit, position: this.decode(query.cursor, scope) } : { limit };
  }

  toPage<T>(result: PageResult<T>, scope?: string): Page<T>;
  toPage<T>(result: PreparedPageResult<T>, scope?: string): PreparedPage<T>;
  toPage<Items>(
    result: { items: Items; next: PagePosition | null; prev: PagePosition | null },
    scope?: string,
  ): Omit<Page<never>, 'items'> & { items: Items } {
    return {
      items: result.items,
      nextCursor: result.next ? this.encode(result.next, scope) : null,
      prevCursor: result.prev ? this.encode(result.prev, scope) : null,
      hasMoreAfter: result.next !== null,
      hasMoreBefore: result.prev !== null,
    };
  }

  private sign(body: string): Buffer {
    return createHmac('sha256', this.secret).update(body).digest().subarray(0, SIGNATURE_BYTES);
  }
}

export const CURSOR_CODEC = Symbol('CURSOR_CODEC');
