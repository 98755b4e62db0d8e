import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import { Paginated } from '../pagination/paginated.js';
import type { BodyOf, DataOf, QueryOf } from '../types.js';

export type MembersListQuery = QueryOf<'members_list'>;
export type UpdateMemberInput = BodyOf<'members_update'>;
export type MemberView = DataOf<'members_list'>['items'][number];

/** The account's people: `/api/v1/members`. */
export class Members {
  constructor(private readonly api: Api) {}

  list(query: MembersListQuery = {}, options?: RequestOptions): Paginated<MemberView> {
    const { cursor, ...rest } = query;
    return new Paginated(
      (at) =>
        dataOf<'members_list'>(
          this.api.client.GET('/api/v1/members', {
            params: { query: { ...rest, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }

  /** Changes a member's `accountRole`. */
  update(
    id: string,
    input: UpdateMemberInput,
    options?: RequestOptions,
  ): Promise<DataOf<'members_update'>> {
    return dataOf<'members_update'>(
      this.api.client.PATCH('/api/v1/members/{id}', {
        params: { path: { id } },
        body: input,
        ...this.api.init(options),
      }),
    );
  }

  /** Removes a member: their sessions end, their keys and OAuth clients are revoked. */
  remove(id: string, options?: RequestOptions): Promise<DataOf<'members_remove'>> {
    return dataOf<'members_remove'>(
      this.api.client.DELETE('/api/v1/members/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }
}
