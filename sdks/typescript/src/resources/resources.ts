import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import type { BodyOf, DataOf } from '../types.js';

export type ResourceLookup = BodyOf<'resources_search'>['resources'][number];

/** Looking accounts and videos up by platform identifiers: `/api/v1/resources/search`. */
export class Resources {
  constructor(private readonly api: Api) {}

  /** 1 to 50 lookups; each found among your creators (or publicly, for YouTube) or not. */
  search(
    resources: ResourceLookup[],
    options?: RequestOptions,
  ): Promise<DataOf<'resources_search'>> {
    return dataOf<'resources_search'>(
      this.api.client.POST('/api/v1/resources/search', {
        body: { resources },
        ...this.api.init(options),
      }),
    );
  }
}
