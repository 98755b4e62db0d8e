import { SandboxAdmin, type SandboxRevocation } from '@tally/testing';
import { TIKTOK_SCOPES, TikTokClient, type TikTokTokens } from '@tally/tiktok';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { SandboxSettings } from '../../../platform-sandbox/src/config/sandbox-settings.js';
import { buildSandbox } from '../../../platform-sandbox/src/sandbox.app.js';
import { SandboxClock } from '../../../platform-sandbox/src/state/sandbox-clock.js';
import { loadSyncWorkerConfig } from '../../src/config/sync-worker.config.js';

/** A redirect URI the sandbox registers by default. */
const REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/connect/tiktok/callback';

export interface TestSandboxOptions {
  /**
   * Let the sandbox's clock run (by default it stands still). Its rate limit
   * counts over a sliding minute of that clock: with a clock standing still,
   * no call ever leaves the window.
   */
  realClock?: boolean;
}

/** A fault for the next calls of one endpoint, as `POST /sandbox/faults` takes it. */
export interface SandboxFault {
  times?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
}

/**
 * The TikTok sandbox in this process, on a free port, with the client
 * credentials the worker uses when TIKTOK_CLIENT_KEY is unset. Its clock stands
 * still unless a test advances it: TikTok's signed cover links change every
 * second, and a test comparing two syncs must see the same answers twice.
 */
export class TestSandbox {
  private readonly adminApi: SandboxAdmin;

  private constructor(
    private readonly app: FastifyInstance,
    readonly url: string,
    /** A client as the creators service would hold it, to connect creators and check tokens. */
    readonly client: TikTokClient,
  ) {
    this.adminApi = new SandboxAdmin(url);
  }

  static async start(options: TestSandboxOptions = {}): Promise<TestSandbox> {
    const startedAt = Date.now();
    const clock = options.realClock ? new SandboxClock() : new SandboxClock(() => startedAt);
    const app = await buildSandbox({ clock });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const { tiktok } = loadSyncWorkerConfig({ ...process.env, ...sandboxEnv(url) });
    return new TestSandbox(app, url, new TikTokClient(tiktok));
  }

  /** Environment that points a worker at this sandbox. */
  get env(): Record<string, string> {
    return sandboxEnv(this.url);
  }

  /** What the connect flow ends with: the creator approves every scope, Tally exchanges the code. */
  async connect(username: string): Promise<TikTokTokens> {
    const authorizeUrl = new URL(
      this.client.authorizeUrl({
        redirectUri: REDIRECT_URI,
        state: 'test-state',
        scopes: [...TIKTOK_SCOPES],
      }),
    );
    authorizeUrl.searchParams.set('sandbox_user', username);
    authorizeUrl.searchParams.set('sandbox_decision', 'approve');
    const response = await fetch(authorizeUrl, { redirect: 'manual' });
    const code = new URL(response.headers.get('location') ?? '').searchParams.get('code');
    if (!code) throw new Error(`the sandbox gave no code for ${username}`);
    return this.client.exchangeCode(code, REDIRECT_URI);
  }

  /** A TikTok user of the test's own (see SandboxAdmin.addCreator). */
  addCreator(videos = 5): Promise<string> {
    return this.adminApi.addCreator(videos);
  }

  /** The ids of a creator's public videos, newest first. */
  async videoIds(username: string): Promise<string[]> {
    const { video_ids } = await this.adminApi.request<{ video_ids: string[] }>(
      'GET',
      `/sandbox/creators/${username}/videos`,
    );
    return video_ids;
  }

  /** The next `times` calls of `endpoint` answer `status`. */
  async fail(endpoint: string, status: number, times: number | SandboxFault = 1): Promise<void> {
    const fault = typeof times === 'number' ? { times } : times;
    await this.adminApi.request('POST', '/sandbox/faults', { endpoint, status, ...fault });
  }

  /** Changes how the sandbox behaves from now on (latency, rate limit, ...). */
  async configure(
    settings: Partial<Pick<SandboxSettings, 'latencyMs' | 'rateLimitPerMinute'>>,
  ): Promise<void> {
    await this.adminApi.request('PATCH', '/sandbox/settings', settings);
  }

  async clearFaults(): Promise<void> {
    await this.adminApi.request('DELETE', '/sandbox/faults');
  }

  /** Moves TikTok's clock forward (expires access tokens TikTok issued before). */
  async advanceClock(seconds: number): Promise<void> {
    await this.adminApi.request('POST', '/sandbox/clock', { advanceSeconds: seconds });
  }

  revocations(): Promise<SandboxRevocation[]> {
    return this.adminApi.revocations();
  }

  /** Calls per status of one TikTok endpoint, e.g. `{"200": 7, "500": 1}`. */
  async calls(endpoint: string): Promise<Record<string, number>> {
    const { endpoints } = await this.adminApi.request<{
      endpoints: Record<string, { byStatus: Record<string, number> }>;
    }>('GET', '/sandbox/stats');
    return endpoints[endpoint]?.byStatus ?? {};
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}

/** This sandbox, whatever TikTok settings the shell has (an empty value counts as unset). */
function sandboxEnv(url: string): Record<string, string> {
  return {
    TIKTOK_CLIENT_KEY: '',
    TIKTOK_AUTH_BASE_URL: '',
    TIKTOK_API_BASE_URL: '',
    TIKTOK_SANDBOX_PUBLIC_URL: '',
    TIKTOK_SANDBOX_CLIENT_KEY: '',
    TIKTOK_SANDBOX_CLIENT_SECRET: '',
    TIKTOK_SANDBOX_URL: url,
  };
}
