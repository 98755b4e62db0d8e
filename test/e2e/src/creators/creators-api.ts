import type {
  ConnectStarted,
  CreatorProfile,
  CreatorView,
  Page,
  RedirectUrlsView,
  StartConnectInput,
  StatsHistory,
  SyncStatusView,
  VideoView,
} from '@tally/contracts';
import { waitFor } from '@tally/testing';
import { CONNECT_CALLBACK_PATH, type Platform } from '../platform.js';

type Headers = Record<string, string>;

/** Where the customer's app wants the creator back, in the tests. */
export const REDIRECT_URL = 'https://shop.example/creators/connected?tab=tiktok';
/** The allowed redirect URL that REDIRECT_URL lies below. */
export const ALLOWED_REDIRECT_URL = 'https://shop.example/creators';

/** The envelope's data, or an error naming the exchange when the status is not the one expected. */
export async function dataOf<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status} from ${response.url}: ${text}`);
  return (JSON.parse(text) as { data: T }).data;
}

/** What the callback page tells the window that opened the popup (its inline script). */
export function openerMessage(html: string): Record<string, unknown> {
  const match = /var message = (\{.*\});/.exec(html);
  if (!match) throw new Error(`no opener message on the page:\n${html}`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}

/** The creators API as one credential sees it. */
export class CreatorsApi {
  private redirectsAllowed = false;

  constructor(
    private readonly platform: Platform,
    readonly headers: Headers,
  ) {}

  get(path: string): Promise<Response> {
    return this.platform.get(path, this.headers);
  }

  private usesPublishableKey(): boolean {
    return Object.values(this.headers).some((value) => value.includes('tly_pk_'));
  }

  send(method: string, path: string, body?: unknown): Promise<Response> {
    return this.platform.send(method, path, { headers: this.headers, body });
  }

  async replaceRedirectUrls(urls: string[]): Promise<RedirectUrlsView> {
    return dataOf(await this.send('PUT', '/api/v1/connect/redirect-urls', { urls }));
  }

  async startConnect(input?: StartConnectInput): Promise<ConnectStarted> {
    return dataOf(await this.send('POST', '/api/v1/connect/tiktok', input), 201);
  }

  async list(query = ''): Promise<Page<CreatorView>> {
    return dataOf(await this.get(`/api/v1/creators${query}`));
  }

  async profile(creatorId: string): Promise<CreatorProfile> {
    return dataOf(await this.get(`/api/v1/creators/${creatorId}/profile`));
  }

  async statsHistory(creatorId: string, query = ''): Promise<StatsHistory> {
    return dataOf(await this.get(`/api/v1/creators/${creatorId}/stats/history${query}`));
  }

  async syncStatus(creatorId: string): Promise<SyncStatusView> {
    return dataOf(await this.get(`/api/v1/creators/${creatorId}/sync`));
  }

  /** Every page of a creator's videos, following `nextCursor` to the end. */
  async videoPages(creatorId: string, limit: number): Promise<Page<VideoView>[]> {
    const pages: Page<VideoView>[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: Page<VideoView> = await dataOf(
        await this.get(`/api/v1/creators/${creatorId}/videos${query}`),
      );
      pages.push(page);
      cursor = page.nextCursor;
      if (pages.length > 100) throw new Error('more than 100 pages of videos: the cursor loops');
    } while (cursor);
    return pages;
  }

  async videos(creatorId: string): Promise<VideoView[]> {
    return (await this.videoPages(creatorId, 100)).flatMap((page) => page.items);
  }

  /** Waits until the creator's last sync has finished (succeeded or failed). */
  async finishedSync(creatorId: string, timeoutMs = 10_000): Promise<SyncStatusView> {
    const status = await waitFor(
      () => this.syncStatus(creatorId),
      (sync) => sync.status === 'succeeded' || sync.status === 'failed',
      { timeoutMs, intervalMs: 50 },
    );
    if (status.status !== 'succeeded' && status.status !== 'failed')
      throw new Error(`the sync did not finish in ${timeoutMs} ms: ${JSON.stringify(status)}`);
    return status;
  }

  /**
   * Connects a sandbox creator the quick way: TikTok's answer is decided by the
   * sandbox's `sandbox_user`/`sandbox_decision` shortcuts instead of its page;
   * the gateway's callback then sends the browser to REDIRECT_URL.
   */
  async connect(login: string, input: StartConnectInput = {}): Promise<string> {
    // A publishable key may send the browser to its own allowed origins (REDIRECT_URL's,
    // in the tests that use one); other credentials need the account to allow the URL.
    if (!this.redirectsAllowed && !this.usesPublishableKey()) {
      await this.replaceRedirectUrls([ALLOWED_REDIRECT_URL]);
      this.redirectsAllowed = true;
    }
    const started = await this.startConnect({ redirectUrl: REDIRECT_URL, ...input });
    const callback = await this.platform.sandbox.decide(started.authUrl, login, 'approve');
    const response = await fetch(callback, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '', this.platform.gatewayUrl);
    if (response.status !== 302 || location.searchParams.get('status') !== 'connected')
      throw new Error(`connecting ${login} failed: ${response.status} ${location}`);
    return location.searchParams.get('creatorId') ?? '';
  }

  /** Connects a creator and waits for the first sync, which the connection queues by itself. */
  async connectAndSync(login: string, input: StartConnectInput = {}): Promise<string> {
    const creatorId = await this.connect(login, input);
    const sync = await this.finishedSync(creatorId);
    if (sync.status !== 'succeeded')
      throw new Error(`the first sync of ${login} failed: ${JSON.stringify(sync)}`);
    return creatorId;
  }
}

/** True when the URL is the gateway's connect callback. */
export function isCallbackUrl(platform: Platform, url: string): boolean {
  return url.startsWith(`${platform.gatewayUrl}${CONNECT_CALLBACK_PATH}?`);
}
