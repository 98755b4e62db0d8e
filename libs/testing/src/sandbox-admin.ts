import { randomUUID } from 'node:crypto';

export interface SandboxRevocation {
  client_key: string;
  open_id: string;
  revoked_at: string;
}

/** The TikTok sandbox's admin routes (`/sandbox/*`) over HTTP, for tests. */
export class SandboxAdmin {
  constructor(readonly url: string) {}

  /** One admin call; a refusal throws with the sandbox's answer. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`sandbox ${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /**
   * A TikTok user of the test's own. The seeded five are shared by every test
   * file and run in one database; a disconnect keeps a grant another account
   * still uses, so a test that expects a revocation needs a creator nobody else has.
   */
  async addCreator(videos = 5): Promise<string> {
    const username = `t.${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    await this.request('POST', '/sandbox/creators', { username, videos });
    return username;
  }

  async revocations(): Promise<SandboxRevocation[]> {
    return (await this.request<{ revocations: SandboxRevocation[] }>('GET', '/sandbox/revocations'))
      .revocations;
  }
}
