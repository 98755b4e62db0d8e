import { SandboxAdmin, type SandboxRevocation } from '@tally/testing';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildSandbox } from '../../../apps/platform-sandbox/src/sandbox.app.js';

/** What `POST /sandbox/faults` takes: the next `times` calls of `endpoint` suffer it. */
export interface SandboxFault {
  endpoint: '/v2/oauth/token/' | '/v2/oauth/revoke/' | '/v2/user/info/' | '/v2/video/list/';
  status?: number;
  error?: string;
  garbage?: boolean;
  retryAfterSeconds?: number;
  times?: number;
}

export interface SandboxCreator {
  open_id: string;
  username: string;
  display_name: string;
  video_count: number;
}

/** The sandbox's platforms besides TikTok, as its admin routes name them. */
export type OtherSandboxPlatform = 'instagram' | 'youtube';

/** Where Instagram and Google may send browsers back to (their defaults name port 3000). */
export interface OtherRedirectUris {
  instagram?: string[];
  /** Google's OAuth client, which YouTube connects through. */
  youtube?: string[];
}

/** An Instagram account or YouTube channel of the sandbox, as `GET /sandbox/creators?platform=` lists it. */
export interface SandboxAccount {
  platform: OtherSandboxPlatform;
  username: string;
  /** Instagram's user id. */
  user_id?: string;
  /** YouTube's channel id. */
  channel_id?: string;
  uploads_playlist_id?: string;
  account_type?: string;
  media_count?: number;
  video_count?: number;
}

/** A Google grant revoked through `oauth2.googleapis.com/revoke`. */
export interface GoogleRevocation {
  client_id: string;
  channel_id: string;
  revoked_at: string;
}

/**
 * The platform sandbox (TikTok, Instagram, Google/YouTube) in this process, on
 * a free port of 127.0.0.1, with the given redirect URIs registered, and its
 * admin routes as methods.
 */
export class PlatformSandbox {
  private readonly adminApi: SandboxAdmin;

  private constructor(
    private readonly app: FastifyInstance,
    readonly url: string,
  ) {
    this.adminApi = new SandboxAdmin(url);
  }

  /** `redirectUris` are TikTok's; the other platforms keep the sandbox's defaults unless given. */
  static async start(
    redirectUris: string[],
    others: OtherRedirectUris = {},
  ): Promise<PlatformSandbox> {
    const app = await buildSandbox({
      settings: { redirectUris },
      ...(others.instagram && { instagram: { redirectUris: others.instagram } }),
      ...(others.youtube && { youtube: { redirectUris: others.youtube } }),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return new PlatformSandbox(
      app,
      `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    );
  }

  /**
   * Environment that points the creators service and the sync worker at this
   * sandbox for every platform, whatever platform settings the shell has (an
   * empty value is unset): the apps then use the sandbox's development
   * credentials, which this sandbox expects.
   */
  get env(): Record<string, string> {
    return {
      TIKTOK_CLIENT_KEY: '',
      TIKTOK_CLIENT_SECRET: '',
      TIKTOK_AUTH_BASE_URL: '',
      TIKTOK_API_BASE_URL: '',
      TIKTOK_SANDBOX_PUBLIC_URL: '',
      TIKTOK_SANDBOX_CLIENT_KEY: '',
      TIKTOK_SANDBOX_CLIENT_SECRET: '',
      TIKTOK_SANDBOX_URL: this.url,
      INSTAGRAM_APP_ID: '',
      INSTAGRAM_APP_SECRET: '',
      INSTAGRAM_AUTH_BASE_URL: '',
      INSTAGRAM_API_BASE_URL: '',
      INSTAGRAM_GRAPH_BASE_URL: '',
      INSTAGRAM_SANDBOX_APP_ID: '',
      INSTAGRAM_SANDBOX_APP_SECRET: '',
      GOOGLE_CLIENT_ID: '',
      GOOGLE_CLIENT_SECRET: '',
      GOOGLE_AUTH_BASE_URL: '',
      GOOGLE_TOKEN_BASE_URL: '',
      GOOGLE_SANDBOX_CLIENT_ID: '',
      GOOGLE_SANDBOX_CLIENT_SECRET: '',
      YOUTUBE_API_BASE_URL: '',
      YOUTUBE_API_KEY: '',
      YOUTUBE_SANDBOX_API_KEY: '',
      PLATFORM_SANDBOX_PUBLIC_URL: '',
      PLATFORM_SANDBOX_URL: this.url,
    };
  }

  /**
   * Opens a platform's authorize URL (TikTok's, Instagram's or Google's) with
   * the sandbox's shortcuts (`sandbox_user`, `sandbox_decision`): the creator
   * decides at once, without the page. Returns where the platform sends the
   * browser back to.
   */
  async decide(authUrl: string, login: string, decision: 'approve' | 'deny'): Promise<string> {
    const url = new URL(authUrl);
    if (!url.href.startsWith(`${this.url}/`))
      throw new Error(`${authUrl} does not lead to this sandbox (${this.url})`);
    url.searchParams.set('sandbox_user', login);
    url.searchParams.set('sandbox_decision', decision);
    const response = await fetch(url, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status !== 302 || !location)
      throw new Error(
        `the platform did not send the browser back: ${response.status} ${await response.text()}`,
      );
    return location;
  }

  async creator(username: string): Promise<SandboxCreator> {
    const { creators } = await this.adminApi.request<{ creators: SandboxCreator[] }>(
      'GET',
      '/sandbox/creators',
    );
    const creator = creators.find((each) => each.username === username);
    if (!creator) throw new Error(`the sandbox has no creator ${username}`);
    return creator;
  }

  /** The ids of a creator's public videos, newest first. */
  async videoIds(username: string): Promise<string[]> {
    return (
      await this.adminApi.request<{ video_ids: string[] }>(
        'GET',
        `/sandbox/creators/${username}/videos`,
      )
    ).video_ids;
  }

  async fault(fault: SandboxFault): Promise<void> {
    await this.adminApi.request('POST', '/sandbox/faults', fault);
  }

  /** The faults still waiting for calls. */
  async pendingFaults(): Promise<unknown[]> {
    return (await this.adminApi.request<{ faults: unknown[] }>('GET', '/sandbox/faults')).faults;
  }

  /** A TikTok user of the test's own (see SandboxAdmin.addCreator). */
  addCreator(videos = 5): Promise<string> {
    return this.adminApi.addCreator(videos);
  }

  /** An Instagram account or YouTube channel of the test's own, with `count` media or videos. */
  async addAccount(platform: OtherSandboxPlatform, count = 5): Promise<SandboxAccount> {
    // Letters and digits only: a valid Instagram username and YouTube handle alike.
    const username = `e${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    return this.adminApi.request<SandboxAccount>('POST', '/sandbox/creators', {
      platform,
      username,
      videos: count,
    });
  }

  /** The ids of an Instagram account's media or a YouTube channel's videos. */
  async mediaIds(platform: OtherSandboxPlatform, username: string): Promise<string[]> {
    return (
      await this.adminApi.request<{ video_ids: string[] }>(
        'GET',
        `/sandbox/creators/${username}/videos?platform=${platform}`,
      )
    ).video_ids;
  }

  /** Google grants revoked so far (YouTube's disconnects). */
  async googleRevocations(): Promise<GoogleRevocation[]> {
    return (
      await this.adminApi.request<{ revocations: GoogleRevocation[] }>(
        'GET',
        '/sandbox/revocations/youtube',
      )
    ).revocations;
  }

  async clearFaults(): Promise<void> {
    await this.adminApi.request('DELETE', '/sandbox/faults');
  }

  revocations(): Promise<SandboxRevocation[]> {
    return this.adminApi.revocations();
  }

  /** How many calls one TikTok endpoint answered so far, whatever their status. */
  async calls(endpoint: string): Promise<number> {
    const { endpoints } = await this.adminApi.request<{
      endpoints: Record<string, { calls: number }>;
    }>('GET', '/sandbox/stats');
    return endpoints[endpoint]?.calls ?? 0;
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
