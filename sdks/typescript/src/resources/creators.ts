import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import { Paginated } from '../pagination/paginated.js';
import type { CreatorView, DataOf, QueryOf, VideoView } from '../types.js';

export type CreatorsListQuery = QueryOf<'creators_list'>;
export type CreatorVideosQuery = QueryOf<'creators_videos'>;
export type StatsHistoryQuery = QueryOf<'creators_statsHistory'>;

/** The account's connected creators: `/api/v1/creators`. */
export class Creators {
  constructor(private readonly api: Api) {}

  /** Newest first; filter by `platform` or `externalId`. Iterate it for every creator, or `.page()` for one page. */
  list(query: CreatorsListQuery = {}, options?: RequestOptions): Paginated<CreatorView> {
    const { cursor, ...filters } = query;
    return new Paginated(
      (at) =>
        dataOf<'creators_list'>(
          this.api.client.GET('/api/v1/creators', {
            params: { query: { ...filters, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }

  /** The creator's profile: latest stats, status, scopes, platform data. */
  get(id: string, options?: RequestOptions): Promise<DataOf<'creators_profile'>> {
    return dataOf<'creators_profile'>(
      this.api.client.GET('/api/v1/creators/{id}/profile', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }

  /** The creator's videos, newest first. */
  videos(
    id: string,
    query: CreatorVideosQuery = {},
    options?: RequestOptions,
  ): Paginated<VideoView> {
    const { cursor, ...rest } = query;
    return new Paginated(
      (at) =>
        dataOf<'creators_videos'>(
          this.api.client.GET('/api/v1/creators/{id}/videos', {
            params: { path: { id }, query: { ...rest, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }

  /** Snapshots of the creator's counts over time (`from`, `to`, `limit`). */
  statsHistory(
    id: string,
    query: StatsHistoryQuery = {},
    options?: RequestOptions,
  ): Promise<DataOf<'creators_statsHistory'>> {
    return dataOf<'creators_statsHistory'>(
      this.api.client.GET('/api/v1/creators/{id}/stats/history', {
        params: { path: { id }, query },
        ...this.api.init(options),
      }),
    );
  }

  /** The creator's last sync: queued, running, succeeded or failed. */
  syncStatus(id: string, options?: RequestOptions): Promise<DataOf<'creators_syncStatus'>> {
    return dataOf<'creators_syncStatus'>(
      this.api.client.GET('/api/v1/creators/{id}/sync', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }

  /** Asks for a sync now (`creators:sync`): finished (200) or queued (202). */
  sync(id: string, options?: RequestOptions): Promise<DataOf<'creators_sync'>> {
    return dataOf<'creators_sync'>(
      this.api.client.POST('/api/v1/creators/{id}/sync', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }

  /** Revokes the platform's authorization, then deletes the creator and its data. */
  disconnect(id: string, options?: RequestOptions): Promise<DataOf<'creators_disconnect'>> {
    return dataOf<'creators_disconnect'>(
      this.api.client.DELETE('/api/v1/creators/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }
}
