import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import { Paginated } from '../pagination/paginated.js';
import type { BodyOf, DataOf, QueryOf } from '../types.js';

export type ServiceUsersListQuery = QueryOf<'serviceUsers_list'>;
export type CreateServiceUserInput = BodyOf<'serviceUsers_create'>;
export type UpdateServiceUserInput = BodyOf<'serviceUsers_update'>;
export type ServiceUserView = DataOf<'serviceUsers_get'>;

/** The account's machine identities, which own keys and OAuth clients: `/api/v1/service-users`. */
export class ServiceUsers {
  constructor(private readonly api: Api) {}

  list(query: ServiceUsersListQuery = {}, options?: RequestOptions): Paginated<ServiceUserView> {
    const { cursor, ...rest } = query;
    return new Paginated(
      (at) =>
        dataOf<'serviceUsers_list'>(
          this.api.client.GET('/api/v1/service-users', {
            params: { query: { ...rest, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }

  create(
    input: CreateServiceUserInput,
    options?: RequestOptions,
  ): Promise<DataOf<'serviceUsers_create'>> {
    return dataOf<'serviceUsers_create'>(
      this.api.client.POST('/api/v1/service-users', { body: input, ...this.api.init(options) }),
    );
  }

  get(id: string, options?: RequestOptions): Promise<DataOf<'serviceUsers_get'>> {
    return dataOf<'serviceUsers_get'>(
      this.api.client.GET('/api/v1/service-users/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }

  /** `{enabled: false}` pauses every key and OAuth client it owns. */
  update(
    id: string,
    input: UpdateServiceUserInput,
    options?: RequestOptions,
  ): Promise<DataOf<'serviceUsers_update'>> {
    return dataOf<'serviceUsers_update'>(
      this.api.client.PATCH('/api/v1/service-users/{id}', {
        params: { path: { id } },
        body: input,
        ...this.api.init(options),
      }),
    );
  }

  /** Deletes the service user and revokes what it owns. */
  delete(id: string, options?: RequestOptions): Promise<DataOf<'serviceUsers_remove'>> {
    return dataOf<'serviceUsers_remove'>(
      this.api.client.DELETE('/api/v1/service-users/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }
}
