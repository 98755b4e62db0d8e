import type { ConnectStarted, CreatorView, SyncStatusView, VideoView } from '@tally/contracts';
import { randomUUID } from 'node:crypto';
import { ALLOWED_REDIRECT_URL, dataOf, REDIRECT_URL } from '../../creators/creators-api.js';
import type { PlatformSandbox } from '../../platform-sandbox.js';

type Headers = Record<string, string>;

/** A customer of the fleet: one account and a full-access secret key, through one gateway. */
export class FleetClient {
  private constructor(
    readonly gatewayUrl: string,
    private readonly sandbox: PlatformSandbox,
    readonly headers: Headers,
  ) {}

  /** Signs up a fresh account, creates its key and allows the tests' redirect URL. */
  static async signUp(gatewayUrl: string, sandbox: PlatformSandbox): Promise<FleetClient> {
    const signup = await send(gatewayUrl, 'POST', '/api/v1/auth/signup', {
      body: {
        email: `owner-${randomUUID()}@example.com`,
        password: 'correct horse battery staple',
        accountName: 'Acme Creators',
      },
    });
    const { csrfToken } = await dataOf<{ csrfToken: string }>(signup, 201);
    const cookie = signup.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const created = await send(gatewayUrl, 'POST', '/api/v1/keys', {
      headers: { cookie, 'x-csrf-token': csrfToken },
      body: {
        name: 'faults test key',
        type: 'secret',
        environment: 'production',
        roles: ['full-access'],
        expiresInDays: 30,
      },
    });
    const { key } = await dataOf<{ key: string }>(created, 201);
    const client = new FleetClient(gatewayUrl, sandbox, { authorization: `Bearer ${key}` });
    await dataOf(
      await client.send('PUT', '/api/v1/connect/redirect-urls', { urls: [ALLOWED_REDIRECT_URL] }),
    );
    return client;
  }

  send(method: string, path: string, body?: unknown, gatewayUrl = this.gatewayUrl) {
    return send(gatewayUrl, method, path, { headers: this.headers, body });
  }

  /**
   * Connects a sandbox creator through the gateway (TikTok's answer decided by
   * the sandbox's shortcuts); the connection queues the creator's first sync.
   */
  async connect(login: string): Promise<string> {
    const started = await dataOf<ConnectStarted>(
      await this.send('POST', '/api/v1/connect/tiktok', { redirectUrl: REDIRECT_URL }),
      201,
    );
    const callback = await this.sandbox.decide(started.authUrl, login, 'approve');
    const response = await fetch(callback, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '', this.gatewayUrl);
    const creatorId = location.searchParams.get('creatorId');
    if (
      response.status !== 302 ||
      location.searchParams.get('status') !== 'connected' ||
      !creatorId
    )
      throw new Error(`connecting ${login} failed: ${response.status} ${location}`);
    return creatorId;
  }

  async syncStatus(creatorId: string): Promise<SyncStatusView> {
    return dataOf(await this.send('GET', `/api/v1/creators/${creatorId}/sync`));
  }

  /** Every video of a creator, following the cursor to the end. */
  videos(creatorId: string): Promise<VideoView[]> {
    return this.everyItem<VideoView>(`/api/v1/creators/${creatorId}/videos`);
  }

  /** Every creator of the account, following the cursor to the end. */
  creators(): Promise<CreatorView[]> {
    return this.everyItem<CreatorView>('/api/v1/creators');
  }

  private async everyItem<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: { items: T[]; nextCursor: string | null } = await dataOf(
        await this.send('GET', `${path}${query}`),
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }
}

function send(
  gatewayUrl: string,
  method: string,
  path: string,
  options: { headers?: Headers; body?: unknown },
): Promise<Response> {
  const headers: Headers = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${gatewayUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}
