import {
  JsonText,
  type PagePosition,
  type PageRequest,
  type PageResult,
  type PreparedPageResult,
} from '@tally/contracts';

/**
 * Keyset pagination over a list ordered newest first by (sort column, id).
 * Stable while rows are added: a page continues from a row, not an offset.
 */
export interface KeysetQuery {
  /** SQL to add to the WHERE clause (`TRUE` on the first page). */
  condition: string;
  params: unknown[];
  order: 'ASC' | 'DESC';
  /** One more than the page size, to learn whether more rows follow. */
  fetch: number;
}

export function keysetQuery(
  request: PageRequest,
  sortColumn: string,
  idColumn: string,
  firstParam: number,
): KeysetQuery {
  const position = request.position;
  if (!position) return { condition: 'TRUE', params: [], order: 'DESC', fetch: request.limit + 1 };
  const comparison = position.direction === 'after' ? '<' : '>';
  return {
    condition: `(${sortColumn}, ${idColumn}) ${comparison} ($${firstParam}::timestamptz, $${firstParam + 1}::uuid)`,
    params: [position.sortValue, position.id],
    order: position.direction === 'after' ? 'DESC' : 'ASC',
    fetch: request.limit + 1,
  };
}

/** Turns the fetched rows (limit + 1 of them, in query order) into a page with its neighbours. */
export function keysetPage<Row extends { sortValue: string; id: string }, Item>(
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
  const first = inOrder[0];
  const last = inOrder[inOrder.length - 1];
  const moreAfter = backwards ? true : hasMore;
  const moreBefore = backwards ? hasMore : Boolean(request.position);
  return {
    items: inOrder.map(toItem),
    next: moreAfter ? at(last, 'after') : null,
    prev: moreBefore ? at(first, 'before') : null,
  };
}

/**
 * keysetPage for a list answered as JSON text: the items written once, here,
 * as one JSON array that no later hop parses.
 */
export function keysetJsonPage<Row extends { sortValue: string; id: string }, Item>(
  rows: Row[],
  request: PageRequest,
  toItem: (row: Row) => Item,
): PreparedPageResult<Item> {
  const page = keysetPage(rows, request, toItem);
  return { ...page, items: JsonText.of(page.items) };
}
