import { AppError } from '@tally/contracts';
import { cursorScope, CursorCodec } from './cursor-codec.js';

describe('CursorCodec', () => {
  const sut = new CursorCodec('test-secret-of-enough-length-123456');
  const position = {
    sortValue: '2026-11-25 00:00:00.123456+00',
    id: '3f1c0000-0000-4000-8000-000000000001',
    direction: 'after' as const,
  };

  it('decodes what it encoded', () => {
    expect(sut.decode(sut.encode(position))).toEqual(position);
  });

  it('refuses a cursor whose position was changed', () => {
    const [, signature] = sut.encode(position).split('.');
    const forged = `${Buffer.from(JSON.stringify(['2030-01-01', position.id, 'a'])).toString('base64url')}.${signature}`;

    expect(() => sut.decode(forged)).toThrow(AppError);
  });

  it('refuses a cursor signed with another secret', () => {
    const other = new CursorCodec('another-secret-of-enough-length-xyz');

    expect(() => sut.decode(other.encode(position))).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
  });

  it.each(['', 'abc', 'a.b.c', '!!!.???'])('refuses garbage %p', (garbage) => {
    expect(() => sut.decode(garbage)).toThrow(AppError);
  });

  it('turns a service page into the public shape', () => {
    const page = sut.toPage({ items: [1, 2], next: position, prev: null });

    expect(page).toEqual({
      items: [1, 2],
      nextCursor: sut.encode(position),
      prevCursor: null,
      hasMoreAfter: true,
      hasMoreBefore: false,
    });
  });
  describe('with a filter scope', () => {
    const scope = cursorScope({ action: ['key.created'], actorType: 'user' });

    it('decodes a cursor with the filters it was made for', () => {
      expect(sut.decode(sut.encode(position, scope), scope)).toEqual(position);
    });

    it('refuses a cursor with other filters, or without its filters', () => {
      const cursor = sut.encode(position, scope);

      expect(() => sut.decode(cursor, cursorScope({ actorType: 'user' }))).toThrow(
        expect.objectContaining({
          code: 'validation_failed',
          details: [{ field: 'cursor', reason: 'made for other filters' }],
        }),
      );
      expect(() => sut.decode(cursor)).toThrow(AppError);
    });

    it('refuses an unfiltered cursor once filters are added', () => {
      expect(() => sut.decode(sut.encode(position), scope)).toThrow(AppError);
    });

    it('gives equal filters the same scope whatever their order, and none to no filters', () => {
      expect(cursorScope({ b: '1', a: '2' })).toBe(cursorScope({ a: '2', b: '1' }));
      expect(cursorScope({ a: '1' })).not.toBe(cursorScope({ a: '2' }));
      expect(cursorScope({})).toBeUndefined();
      expect(cursorScope({ a: undefined })).toBeUndefined();
    });
  });
});
