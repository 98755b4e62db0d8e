import type { PlatformConfigs } from '@tally/creators-data';
import { InstagramClient } from '@tally/instagram';
import type { PlatformTokens } from '@tally/platform-kit';
import { SandboxAdmin, type SandboxRevocation } from '@tally/testing';
import { TIKTOK_SCOPES, TikTokClient, type TikTokTokens } from '@tally/tiktok';
import { YouTubeClient } from '@tally/youtube';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { SandboxSettings } from '../../../platform-sandbox/src/config/sandbox-settings.js';
import { buildSandbox } from '../../../platform-sandbox/src/sandbox.app.js';
import { SandboxClock } from '../../../platform-sandbox/src/state/sandbox-clock.js';
import { loadSyncWorkerConfig } from '../../src/config/sync-worker.config.js';

/** Redirect URIs the sandbox registers by default. */
const REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/connect/tiktok/callback';
const INSTAGRAM_REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/connect/instagram/callback';
const GOOGLE_REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/connect/youtube/callback';

/** The Data API endpoints, as the sandbox counts them: each call costs one unit. */
export const YOUTUBE_DATA_ENDPOINTS = [
  '/youtube-api/youtube/v3/channels',
  '/youtube-api/youtube/v3/playlistItems',
  '/youtube-api/youtube/v3/videos',
] as const;

/** What `GET /sandbox/quota/youtube` answers: the sandbox's own count of the day's units. */
export interface SandboxYouTubeQuota {
  day: string;
  used: number;
  limit: number;
  resetsAt: string;
}

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
  /** Instagram's Graph code (`"190"`) or Google's reason (`"quotaExceeded"`), in that platform's envelope. */
  error?: string;
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
    /** Every platform's client options, pointed at this sandbox, as the worker resolves them. */
    readonly platforms: PlatformConfigs,
  ) {
    this.adminApi = new SandboxAdmin(url);
  }

  static async start(options: TestSandboxOptions = {}): Promise<TestSandbox> {
    const startedAt = Date.now();
    const clock = options.realClock ? new SandboxClock() : new SandboxClock(() => startedAt);
    const app = await buildSandbox({ clock });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const { platforms } = loadSyncWorkerConfig({ ...process.env, ...sandboxEnv(url) });
    return new TestSandbox(app, url, new TikTokClient(platforms.tiktok), platforms);
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

  /** The connect flow of Instagram: the creator approves, Tally trades the code for a long-lived token. */
  async connectInstagram(username: string): Promise<PlatformTokens> {
    const client = new InstagramClient(this.platforms.instagram);
    const code = await this.approve(
      client.authorizationUrl({ redirectUri: INSTAGRAM_REDIRECT_URI, state: 'test-state' }),
      username,
    );
    return client.exchangeCode(code, INSTAGRAM_REDIRECT_URI);
  }

  /** The connect flow of Google: the creator approves offline access, Tally exchanges the code. */
  async connectYouTube(handle: string): Promise<PlatformTokens> {
    const client = new YouTubeClient(this.platforms.youtube);
    const code = await this.approve(
      client.authorizationUrl({ redirectUri: GOOGLE_REDIRECT_URI, state: 'test-state' }),
      handle,
    );
    return client.exchangeCode(code, GOOGLE_REDIRECT_URI);
  }

  /** An Instagram account of the test's own with `media` posts; its username. */
  addInstagramCreator(media = 5): Promise<string> {
    return this.addPlatformCreator('instagram', media);
  }

  /** A YouTube channel of the test's own with `videos` uploads; its handle, without `@`. */
  addYouTubeCreator(videos = 5): Promise<string> {
    return this.addPlatformCreator('youtube', videos);
  }

  /** The ids of an Instagram account's media or a YouTube channel's uploads, newest first. */
  async mediaIds(platform: 'instagram' | 'youtube', login: string): Promise<string[]> {
    const { video_ids } = await this.adminApi.request<{ video_ids: string[] }>(
      'GET',
      `/sandbox/creators/${login}/videos?platform=${platform}`,
    );
    return video_ids;
  }

  /** What the sandbox says of one of its Instagram accounts or YouTube channels (`GET /sandbox/creators`). */
  async platformCreator(
    platform: 'instagram' | 'youtube',
    login: string,
  ): Promise<Record<string, unknown>> {
    const { creators } = await this.adminApi.request<{ creators: Record<string, unknown>[] }>(
      'GET',
      `/sandbox/creators?platform=${platform}`,
    );
    const creator = creators.find((each) => each.username === login);
    if (!creator) throw new Error(`the sandbox has no ${platform} creator ${login}`);
    return creator;
  }

  /** Ends the app's whole grant on the channel, as Google's revocation endpoint does. */
  async revokeGoogleGrant(token: string): Promise<void> {
    const response = await fetch(`${this.url}/google-token/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });
    if (!response.ok) throw new Error(`the sandbox refused the revocation: ${response.status}`);
  }

  /** Changes how the sandbox plays Google/YouTube from now on (e.g. its own daily quota). */
  async configureYouTube(settings: { dailyQuotaUnits?: number }): Promise<void> {
    await this.adminApi.request('PATCH', '/sandbox/settings/youtube', settings);
  }

  /** The YouTube units the sandbox counted today. */
  youtubeQuota(): Promise<SandboxYouTubeQuota> {
    return this.adminApi.request('GET', '/sandbox/quota/youtube');
  }

  /** Every Data API call the sandbox answered, whatever its status: each cost a unit. */
  async dataApiCalls(): Promise<number> {
    let total = 0;
    for (const endpoint of YOUTUBE_DATA_ENDPOINTS) {
      total += Object.values(await this.calls(endpoint)).reduce((sum, count) => sum + count, 0);
    }
    return total;
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

  /** Calls per status of one endpoint (TikTok's path, or Instagram's and Google's as the sandbox names them), e.g. `{"200": 7, "500": 1}`. */
  async calls(endpoint: string): Promise<Record<string, number>> {
    const { endpoints } = await this.adminApi.request<{
      endpoints: Record<string, { byStatus: Record<string, number> }>;
    }>('GET', '/sandbox/stats');
    return endpoints[endpoint]?.byStatus ?? {};
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  /** Follows a consent URL with the sandbox's decide-at-once hooks; the code its redirect carries. */
  private async approve(authorizationUrl: string, login: string): Promise<string> {
    const url = new URL(authorizationUrl);
    url.searchParams.set('sandbox_user', login);
    url.searchParams.set('sandbox_decision', 'approve');
    const response = await fetch(url, { redirect: 'manual' });
    const code = new URL(response.headers.get('location') ?? '').searchParams.get('code');
    if (!code) throw new Error(`the sandbox gave no code for ${login}: ${response.status}`);
    return code;
  }

  private async addPlatformCreator(
    platform: 'instagram' | 'youtube',
    videos: number,
  ): Promise<string> {
    const username = `t.${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    await this.adminApi.request('POST', '/sandbox/creators', { platform, username, videos });
    return username;
  }
}

/** This sandbox for every platform, whatever platform settings the shell has (an empty value counts as unset). */
function sandboxEnv(url: string): Record<string, string> {
  return {
    TIKTOK_CLIENT_KEY: '',
    TIKTOK_AUTH_BASE_URL: '',
    TIKTOK_API_BASE_URL: '',
    TIKTOK_SANDBOX_PUBLIC_URL: '',
    TIKTOK_SANDBOX_CLIENT_KEY: '',
    TIKTOK_SANDBOX_CLIENT_SECRET: '',
    TIKTOK_SANDBOX_URL: url,
    // Instagram and Google/YouTube at this sandbox too, under their path prefixes.
    PLATFORM_SANDBOX_URL: url,
    PLATFORM_SANDBOX_PUBLIC_URL: '',
    INSTAGRAM_APP_ID: '',
    INSTAGRAM_AUTH_BASE_URL: '',
    INSTAGRAM_API_BASE_URL: '',
    INSTAGRAM_GRAPH_BASE_URL: '',
    GOOGLE_CLIENT_ID: '',
    GOOGLE_AUTH_BASE_URL: '',
    GOOGLE_TOKEN_BASE_URL: '',
    YOUTUBE_API_BASE_URL: '',
  };
}
