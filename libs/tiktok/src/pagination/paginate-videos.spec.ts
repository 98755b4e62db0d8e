import type { ListVideosRequest } from '../client/tiktok-client.js';
import type { TikTokVideoPage } from '../display/video.js';
import { paginateVideos } from './paginate-videos.js';

function pagesClient(pages: TikTokVideoPage[]) {
  const requests: ListVideosRequest[] = [];
  const client = {
    listVideos: async (_token: string, request: ListVideosRequest) => {
      requests.push(request);
      const page = pages.shift();
      if (!page) throw new Error('asked for a page after the last one');
      return page;
    },
  };
  return { client, requests };
}

const page = (ids: string[], cursor: number, hasMore: boolean): TikTokVideoPage => ({
  videos: ids.map((id) => ({ id })),
  cursor,
  hasMore,
});

async function collect(iterable: AsyncIterable<TikTokVideoPage>): Promise<TikTokVideoPage[]> {
  const pages: TikTokVideoPage[] = [];
  for await (const each of iterable) pages.push(each);
  return pages;
}

describe('paginateVideos', () => {
  it('follows the cursor while has_more is true', async () => {
    const { client, requests } = pagesClient([
      page(['a', 'b'], 3000, true),
      page(['c', 'd'], 2000, true),
      page(['e'], 1000, false),
    ]);

    const pages = await collect(paginateVideos(client, 'act.abc', { maxCount: 2 }));

    expect(pages.flatMap((each) => each.videos.map((video) => video.id))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    expect(requests.map((request) => request.cursor)).toEqual([undefined, 3000, 2000]);
    expect(requests.every((request) => request.maxCount === 2)).toBe(true);
  });

  it('does not stop on a short page while has_more is true', async () => {
    const { client } = pagesClient([
      page(['a'], 3000, true),
      page([], 2000, true),
      page(['b'], 1000, false),
    ]);

    const pages = await collect(paginateVideos(client, 'act.abc'));

    expect(pages).toHaveLength(3);
  });

  it('stops instead of looping when TikTok repeats the cursor', async () => {
    const { client } = pagesClient([page(['a'], 3000, true), page([], 3000, true)]);

    const pages = await collect(paginateVideos(client, 'act.abc'));

    expect(pages).toHaveLength(2);
  });

  it('asks for 20 videos a page by default and can start below a cursor', async () => {
    const { client, requests } = pagesClient([page([], 0, false)]);

    await collect(paginateVideos(client, 'act.abc', { startCursor: 5000 }));

    expect(requests[0]).toMatchObject({ cursor: 5000, maxCount: 20 });
  });
});
