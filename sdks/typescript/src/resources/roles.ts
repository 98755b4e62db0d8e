import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import type { BodyOf, DataOf } from '../types.js';

export type CreateRoleInput = BodyOf<'roles_create'>;

/** Built-in roles and the account's own: `/api/v1/roles`. */
export class Roles {
  constructor(private readonly api: Api) {}

  list(options?: RequestOptions): Promise<DataOf<'roles_list'>> {
    return dataOf<'roles_list'>(this.api.client.GET('/api/v1/roles', this.api.init(options)));
  }

  create(input: CreateRoleInput, options?: RequestOptions): Promise<DataOf<'roles_create'>> {
    return dataOf<'roles_create'>(
      this.api.client.POST('/api/v1/roles', { body: input, ...this.api.init(options) }),
    );
  }
}
