import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import type { DataOf } from '../types.js';

/** `/api/v1/users`. */
export class Users {
  constructor(private readonly api: Api) {}

  /** Who the credential is: account, user or key, roles, permissions, environment, expiry. */
  me(options?: RequestOptions): Promise<DataOf<'users_me'>> {
    return dataOf<'users_me'>(this.api.client.GET('/api/v1/users/me', this.api.init(options)));
  }
}
