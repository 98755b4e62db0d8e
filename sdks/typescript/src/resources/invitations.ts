import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import { Paginated } from '../pagination/paginated.js';
import type { BodyOf, DataOf, QueryOf } from '../types.js';

export type InvitationsListQuery = QueryOf<'invitations_list'>;
export type CreateInvitationInput = BodyOf<'invitations_invite'>;
export type InvitationView = DataOf<'invitations_list'>['items'][number];

/** Invitations to join the account: `/api/v1/invitations`. */
export class Invitations {
  constructor(private readonly api: Api) {}

  /** The pending invitations. */
  list(query: InvitationsListQuery = {}, options?: RequestOptions): Paginated<InvitationView> {
    const { cursor, ...rest } = query;
    return new Paginated(
      (at) =>
        dataOf<'invitations_list'>(
          this.api.client.GET('/api/v1/invitations', {
            params: { query: { ...rest, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }

  /** A single-use link valid 7 days, emailed, or returned as `link` when Tally sends no email. */
  create(
    input: CreateInvitationInput,
    options?: RequestOptions,
  ): Promise<DataOf<'invitations_invite'>> {
    return dataOf<'invitations_invite'>(
      this.api.client.POST('/api/v1/invitations', { body: input, ...this.api.init(options) }),
    );
  }

  /** Withdraws a pending invitation. */
  revoke(id: string, options?: RequestOptions): Promise<DataOf<'invitations_revoke'>> {
    return dataOf<'invitations_revoke'>(
      this.api.client.DELETE('/api/v1/invitations/{id}', {
        params: { path: { id } },
        ...this.api.init(options),
      }),
    );
  }
}
