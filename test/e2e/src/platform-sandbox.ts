import { SandboxAdmin, type SandboxRevocation } from '@tally/testing';
import type { FastifyInstance } from 'fastify';
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

/**
 * The TikTok sandbox in this process, on a free port of 127.0.0.1, with the
 * given redirect URIs registered, and its admin routes as methods.
 */
export class PlatformSandbox {
  private readonly adminApi: SandboxAdmin;

  private constructor(
    private readonly app: FastifyInstance,
    readonly url: string,
  ) {
    this.adminApi = new SandboxAdmin(url);
  }

  static async start(redirectUris: string[]): Promise<PlatformSandbox> {
    const app = await buildSandbox({ settings: { redirectUris } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return new PlatformSandbox(app, `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
  }

  /**
   * Environment that points the creators service and the sync worker at this
   * sandbox, whatever TikTok settings the shell has (an empty value is unset).
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
    };
  }

  /**
   * Opens TikTok's authorize URL with the sandbox's shortcuts (`sandbox_user`,
   * `sandbox_decision`): the creator decides at once, without the page.
   * Returns where TikTok sends the browser back to.
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
        `TikTok did not send the browser back: ${response.status} ${await response.text()}`,
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
