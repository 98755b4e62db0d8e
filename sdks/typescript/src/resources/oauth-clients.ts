import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import { Paginated } from '../pagination/paginated.js';
import type { BodyOf, DataOf, OAuthClientView, QueryOf } from '../types.js';

export type OAuthClientsListQuery = QueryOf<'oauthClients_list'>;
export type CreateOAuthClientInput = BodyOf<'oauthClients_create'>;
export type UpdateOAuthClientInput = BodyOf<'oauthClients_update'>;

/** OAuth clients for the client credentials grant: `/api/v1/oauth-clients`. */
export class OAuthClients {
  constructor(private readonly api: Api) {}

  list(query: OAuthClientsListQuery = {}, options?: RequestOptions): Paginated<OAuthClientView> {
    const { cursor, ...rest } = query;
    return new Paginated(
      (at) =>
        dataOf<'oauthClients_list'>(
          this.api.client.GET('/api/v1/oauth-clients', {
            params: { query: { ...rest, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }

  /** A new client; its `clientSecret` is shown this once. */
  create(
    input: CreateOAuthClientInput,
    options?: RequestOptions,
  ): Promise<DataOf<'oauthClients_create'>> {
    return dataOf<'oauthClients_create'>(
      this.api.client.POST('/api/v1/oauth-clients', { body: input, ...this.api.init(options) }),
    );
  }

  /** Renames the client, replaces its metadata, or pauses it (`enabled: false`). */
  update(
    id: string,
    input: UpdateOAuthClientInput,
    options?: RequestOptions,
  ): Promise<DataOf<'oauthClients_update'>> {
    return dataOf<'oauthClients_update'>(
      this.api.client.PATCH('/api/v1/oauth-clients/{id}', {
        params: { path: { id } },
        body: input,
        ...this.api.init(options),
      }),
    );
  }

  /** Revokes the client: its tokens stop working at once. */
  revoke(id: string, options?: RequestOptions): Promise<DataOf<'oauthClients_revoke'>> {
    return dataOf<'oauthClients_revoke'>(
      this.api.client.DELETE('/api/v1/oauth-clients/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }
}
