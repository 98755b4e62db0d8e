import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import { Paginated } from '../pagination/paginated.js';
import type { ApiKeyView, BodyOf, DataOf, QueryOf } from '../types.js';

export type KeysListQuery = QueryOf<'keys_list'>;
export type CreateKeyInput = BodyOf<'keys_create'>;
export type UpdateKeyInput = BodyOf<'keys_update'>;
export type RollKeyInput = BodyOf<'keys_roll'>;

/** API keys: `/api/v1/keys`. A key's secret is shown once, by `create` and `roll`. */
export class Keys {
  constructor(private readonly api: Api) {}

  /** Newest first; `ownerUserId` for one user's keys. */
  list(query: KeysListQuery = {}, options?: RequestOptions): Paginated<ApiKeyView> {
    const { cursor, ...filters } = query;
    return new Paginated(
      (at) =>
        dataOf<'keys_list'>(
          this.api.client.GET('/api/v1/keys', {
            params: { query: { ...filters, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }

  create(input: CreateKeyInput, options?: RequestOptions): Promise<DataOf<'keys_create'>> {
    return dataOf<'keys_create'>(
      this.api.client.POST('/api/v1/keys', { body: input, ...this.api.init(options) }),
    );
  }

  get(id: string, options?: RequestOptions): Promise<DataOf<'keys_get'>> {
    return dataOf<'keys_get'>(
      this.api.client.GET('/api/v1/keys/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }

  /** Renames the key, replaces its metadata, or pauses it (`enabled: false`). */
  update(
    id: string,
    input: UpdateKeyInput,
    options?: RequestOptions,
  ): Promise<DataOf<'keys_update'>> {
    return dataOf<'keys_update'>(
      this.api.client.PATCH('/api/v1/keys/{id}', {
        params: { path: { id } },
        body: input,
        ...this.api.init(options),
      }),
    );
  }

  /** Revokes the key: every gateway refuses it within a second. */
  revoke(id: string, options?: RequestOptions): Promise<DataOf<'keys_revoke'>> {
    return dataOf<'keys_revoke'>(
      this.api.client.DELETE('/api/v1/keys/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }

  /** A replacement key; the old one lives until `gracePeriodDays` end. */
  roll(id: string, input?: RollKeyInput, options?: RequestOptions): Promise<DataOf<'keys_roll'>> {
    return dataOf<'keys_roll'>(
      this.api.client.POST('/api/v1/keys/{id}/roll', {
        params: { path: { id } },
        body: input,
        ...this.api.init(options),
      }),
    );
  }
}
