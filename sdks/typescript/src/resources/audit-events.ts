import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import { Paginated } from '../pagination/paginated.js';
import type { AuditEventView, QueryOf } from '../types.js';

/** `actor`, `actorType`, `action` (one, a comma list or a prefix like `key.*`), `from`, `to`, `limit`. */
export type AuditEventsQuery = QueryOf<'audit_list'>;

/** Who did what and when: `/api/v1/audit-events`. */
export class AuditEvents {
  constructor(private readonly api: Api) {}

  list(query: AuditEventsQuery = {}, options?: RequestOptions): Paginated<AuditEventView> {
    const { cursor, ...filters } = query;
    return new Paginated(
      (at) =>
        dataOf<'audit_list'>(
          this.api.client.GET('/api/v1/audit-events', {
            params: { query: { ...filters, cursor: at } },
            ...this.api.init(options),
          }),
        ),
      cursor,
    );
  }
}
