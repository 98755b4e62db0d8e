import {
  AppError,
  Page,
  PagePosition,
  PageQueryInput,
  PageRequest,
  PageResult,
  DEFAULT_PAGE_SIZE,
} from '@tally/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE_BYTES = 16;

function invalidCursor(): AppError {
  return new AppError(
    'validation_failed',
    'The cursor is not valid: use nextCursor or prevCursor as returned.',
    [{ field: 'cursor', reason: 'invalid or tampered cursor' }],
  );
}

/**
 * Opaque, tamper-checked cursors: the position in base64url, then an HMAC of
 * it. Services never see a cursor, only a checked position.
 */
export class CursorCodec {
  constructor(private readonly secret: string) {}

  encode(position: PagePosition): string {
    const body = Buffer.from(
      JSON.stringify([position.sortValue, position.id, position.direction === 'after' ? 'a' : 'b']),
    ).toString('base64url');
    return `${body}.${this.sign(body).toString('base64url')}`;
  }

  decode(cursor: string): PagePosition {
    const [body, signature, extra] = cursor.split('.');
    if (!body || !signature || extra !== undefined) throw invalidCursor();
    const expected = this.sign(body);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw invalidCursor();
    const parsed: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (
      !Array.isArray(parsed) ||
      parsed.length !== 3 ||
      !parsed.every((part) => typeof part === 'string')
    ) {
      throw invalidCursor();
    }
    const [sortValue, id, direction] = parsed as [string, string, string];
    return { sortValue, id, direction: direction === 'a' ? 'after' : 'before' };
  }

  toRequest(query: PageQueryInput): PageRequest {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return query.cursor ? { limit, position: this.decode(query.cursor) } : { limit };
  }

  toPage<T>(result: PageResult<T>): Page<T> {
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

export const CURSOR_CODEC = Symbol('CURSOR_CODEC');
