// Keyset pages over lists ordered newest first by (sort column, id), as the
// creators service pages them: limit + 1 rows fetched to learn whether more follow.
import type { PagePosition } from '@tally/contracts';
import type { PageRequest, PageResult } from './messages.js';

export interface Keyset {
  condition: string;
  params: unknown[];
  order: 'ASC' | 'DESC';
  fetch: number;
}

export function keyset(
  request: PageRequest,
  sortColumn: string,
  idColumn: string,
  firstParam: number,
): Keyset {
  const { position } = request;
  if (!position) return { condition: 'TRUE', params: [], order: 'DESC', fetch: request.limit + 1 };
  const comparison = position.direction === 'after' ? '<' : '>';
  return {
    condition: `(${sortColumn}, ${idColumn}) ${comparison} ($${firstParam}::timestamptz, $${firstParam + 1}::uuid)`,
    params: [position.sortValue, position.id],
    order: position.direction === 'after' ? 'DESC' : 'ASC',
    fetch: request.limit + 1,
  };
}

export function pageOfRows<Row extends { sortValue: string; id: string }, Item>(
  rows: Row[],
  request: PageRequest,
  toItem: (row: Row) => Item,
): PageResult<Item> {
  const backwards = request.position?.direction === 'before';
  const hasMore = rows.length > request.limit;
  const inOrder = rows.slice(0, request.limit);
  if (backwards) inOrder.reverse();
  if (inOrder.length === 0) return { items: [], next: null, prev: null };
  const at = (row: Row, direction: PagePosition['direction']): PagePosition => ({
    sortValue: row.sortValue,
    id: row.id,
    direction,
  });
  const moreAfter = backwards ? true : hasMore;
  const moreBefore = backwards ? hasMore : Boolean(request.position);
  return {
    items: inOrder.map(toItem),
    next: moreAfter ? at(inOrder[inOrder.length - 1], 'after') : null,
    prev: moreBefore ? at(inOrder[0], 'before') : null,
  };
}
