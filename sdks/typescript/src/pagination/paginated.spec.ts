import { type Page, Paginated } from './paginated.js';

function pageOf(items: number[], nextCursor: string | null): Page<number> {
  return {
    items,
    nextCursor,
    prevCursor: null,
    hasMoreBefore: false,
    hasMoreAfter: nextCursor !== null,
  };
}

describe('Paginated', () => {
  const book: Record<string, Page<number>> = {
    start: pageOf([1, 2], 'c2'),
    c2: pageOf([3, 4], 'c3'),
    c3: pageOf([5], null),
  };

  function list(cursor?: string) {
    const asked: (string | undefined)[] = [];
    const paginated = new Paginated<number>(async (at) => {
      asked.push(at);
      return book[at ?? 'start'];
    }, cursor);
    return { paginated, asked };
  }

  it('iterates every item of every page, following nextCursor', async () => {
    const { paginated, asked } = list();
    const items: number[] = [];

    for await (const item of paginated) items.push(item);

    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([undefined, 'c2', 'c3']);
  });

  it('reads only the first page for page()', async () => {
    const { paginated, asked } = list();

    expect((await paginated.page()).items).toEqual([1, 2]);
    expect(asked).toEqual([undefined]);
  });

  it('starts from the cursor it was given', async () => {
    const { paginated } = list('c2');

    expect(await paginated.toArray()).toEqual([3, 4, 5]);
  });

  it('reads nothing until asked, and stops reading when the loop stops', async () => {
    const { paginated, asked } = list();
    expect(asked).toEqual([]);

    for await (const item of paginated) if (item === 2) break;

    expect(asked).toEqual([undefined]);
  });

  it('refuses a cursor that comes back: the loop would never end', async () => {
    const looping = new Paginated<number>(async () => pageOf([1], 'again'));

    await expect(looping.toArray()).rejects.toThrow(/answered before/);
  });
});
