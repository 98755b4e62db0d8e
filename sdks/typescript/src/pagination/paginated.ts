/** One page of a cursor-paginated list, as every list route answers it. */
export interface Page<Item> {
  items: Item[];
  /** Send as `cursor` for the older items that follow; null at the end. */
  nextCursor: string | null;
  /** Send as `cursor` for the newer items before this page; null at the start. */
  prevCursor: string | null;
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
}

export type PageFetcher<Item> = (cursor: string | undefined) => Promise<Page<Item>>;

/**
 * A list that is read only when asked: `for await (const item of list)` reads
 * every item, page after page, following `nextCursor` to the end;
 * `await list.page()` reads the first page alone (or the page at the cursor the
 * list was made with); `list.pages()` goes page by page.
 */
export class Paginated<Item> implements AsyncIterable<Item> {
  constructor(
    private readonly fetchPage: PageFetcher<Item>,
    private readonly cursor?: string,
  ) {}

  page(): Promise<Page<Item>> {
    return this.fetchPage(this.cursor);
  }

  async *pages(): AsyncGenerator<Page<Item>, void, undefined> {
    const seen = new Set<string>();
    let cursor = this.cursor;
    for (;;) {
      const page = await this.fetchPage(cursor);
      yield page;
      if (!page.nextCursor) return;
      // A server answering the same cursor again would keep a loop going for ever.
      if (seen.has(page.nextCursor))
        throw new Error('the list answered a cursor it had answered before');
      seen.add(page.nextCursor);
      cursor = page.nextCursor;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Every item in one array: for lists known to be short. */
  async toArray(): Promise<Item[]> {
    const items: Item[] = [];
    for await (const item of this) items.push(item);
    return items;
  }
}
