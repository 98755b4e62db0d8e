import { keysetPage, keysetQuery } from './keyset-page.js';

const row = (n: number) => ({
  sortValue: `2026-01-01 00:00:${String(n).padStart(2, '0')}+00`,
  id: `id-${n}`,
});

describe('keysetQuery', () => {
  it('asks for one row more than the page on the first page', () => {
    expect(keysetQuery({ limit: 20 }, 'created_at', 'id', 2)).toEqual({
      condition: 'TRUE',
      params: [],
      order: 'DESC',
      fetch: 21,
    });
  });

  it('continues after a row going down, or before it going up', () => {
    const after = keysetQuery(
      { limit: 5, position: { sortValue: 't', id: 'i', direction: 'after' } },
      'c',
      'id',
      3,
    );
    const before = keysetQuery(
      { limit: 5, position: { sortValue: 't', id: 'i', direction: 'before' } },
      'c',
      'id',
      3,
    );

    expect(after.condition).toBe('(c, id) < ($3::timestamptz, $4::uuid)');
    expect(after.order).toBe('DESC');
    expect(before.condition).toBe('(c, id) > ($3::timestamptz, $4::uuid)');
    expect(before.order).toBe('ASC');
  });
});

describe('keysetPage', () => {
  const identity = <T>(value: T) => value;

  it('has no previous page at the start and a next page when more rows follow', () => {
    const page = keysetPage([row(9), row(8), row(7)], { limit: 2 }, identity);

    expect(page.items).toEqual([row(9), row(8)]);
    expect(page.next).toEqual({ ...row(8), direction: 'after' });
    expect(page.prev).toBeNull();
  });

  it('ends with no next page', () => {
    const page = keysetPage(
      [row(2), row(1)],
      { limit: 2, position: { ...row(3), direction: 'after' } },
      identity,
    );

    expect(page.next).toBeNull();
    expect(page.prev).toEqual({ ...row(2), direction: 'before' });
  });

  it('walks backwards and puts the rows back newest first', () => {
    const page = keysetPage(
      [row(4), row(5), row(6)],
      { limit: 2, position: { ...row(3), direction: 'before' } },
      identity,
    );

    expect(page.items).toEqual([row(5), row(4)]);
    expect(page.prev).toEqual({ ...row(5), direction: 'before' });
    expect(page.next).toEqual({ ...row(4), direction: 'after' });
  });

  it('is empty with no neighbours when nothing matches', () => {
    expect(keysetPage([], { limit: 2 }, identity)).toEqual({ items: [], next: null, prev: null });
  });
});
