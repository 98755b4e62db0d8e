import type { Api } from '../api/api.js';
import { dataOf } from '../api/data-of.js';
import type { RequestOptions } from '../options.js';
import type { BodyOf, DataOf, Platform } from '../types.js';

/** A platform as the connect routes name it; `Platform` values (`TIKTOK`) are accepted too. */
export type ConnectPlatform = 'tiktok' | 'instagram' | 'youtube' | Platform;
export type StartConnectInput = BodyOf<'connect_start'>;

const START_PATHS = {
  tiktok: '/api/v1/connect/tiktok',
  instagram: '/api/v1/connect/instagram',
  youtube: '/api/v1/connect/youtube',
} as const;

function startPath(platform: ConnectPlatform) {
  const slug = platform.toLowerCase();
  if (!(slug in START_PATHS)) throw new TypeError(`unknown platform ${JSON.stringify(platform)}`);
  return START_PATHS[slug as keyof typeof START_PATHS];
}

/** The redirect URLs the connect flow may send creators back to: `/api/v1/connect/redirect-urls`. */
export class RedirectUrls {
  constructor(private readonly api: Api) {}

  list(options?: RequestOptions): Promise<DataOf<'redirectUrls_list'>> {
    return dataOf<'redirectUrls_list'>(
      this.api.client.GET('/api/v1/connect/redirect-urls', this.api.init(options)),
    );
  }

  /** Replaces the whole list (up to 20 absolute URLs). */
  replace(urls: string[], options?: RequestOptions): Promise<DataOf<'redirectUrls_replace'>> {
    return dataOf<'redirectUrls_replace'>(
      this.api.client.PUT('/api/v1/connect/redirect-urls', {
        body: { urls },
        ...this.api.init(options),
      }),
    );
  }
}

/** Connecting a creator's platform account: `/api/v1/connect/{platform}`. */
export class Connect {
  readonly redirectUrls: RedirectUrls;

  constructor(private readonly api: Api) {
    this.redirectUrls = new RedirectUrls(api);
  }

  /**
   * Starts the flow: send the creator's browser to `authUrl`; `state` is single
   * use and valid 10 minutes. `redirectUrl` must be one of the account's
   * redirect URLs (or below one).
   */
  start(
    platform: ConnectPlatform,
    input: StartConnectInput = {},
    options?: RequestOptions,
  ): Promise<DataOf<'connect_start'>> {
    return dataOf<'connect_start'>(
      this.api.client.POST(startPath(platform), { body: input, ...this.api.init(options) }),
    );
  }
}
