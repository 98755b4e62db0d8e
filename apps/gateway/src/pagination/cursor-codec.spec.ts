import { AppError } from '@tally/contracts';
import { CursorCodec } from './cursor-codec.js';

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
});
