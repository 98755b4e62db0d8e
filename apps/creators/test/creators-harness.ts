import {
  type Permission,
  type Platform,
  platformSlug,
  type Principal,
  Queues,
} from '@tally/contracts';
import { QueueFactory, type QueueHandle } from '@tally/creators-data';
import { createRedis, ServiceClient, TallyClientNats } from '@tally/nest-kit';
import { freePort, SandboxAdmin } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildSandbox } from '../../platform-sandbox/src/sandbox.app.js';
import { CreatorsConfig, loadCreatorsConfig } from '../src/config/creators.config.js';
import { startCreators } from '../src/creators.app.js';

/** A sign-in of the sandbox: the name to consent as and the platform's id of the account. */
export interface SandboxAccount {
  username: string;
  /** TikTok's `open_id`, Instagram's `user_id`, YouTube's channel id. */
  externalId: string;
}

/** What `POST /sandbox/creators` answers, for each platform. */
interface AddedSandboxCreator {
  username: string;
  open_id?: string;
  user_id?: string;
  channel_id?: string;
}

/**
 * The creators service of one test file with its own platform sandbox (TikTok,
 * Instagram and Google/YouTube: the two others follow TIKTOK_SANDBOX_URL), and
 * a NATS caller.
 */
export class CreatorsHarness {
  sandboxUrl = '';
  private constructor(
    readonly config: CreatorsConfig,
    readonly app: NestFastifyApplication,
    readonly sandbox: FastifyInstance,
    readonly bus: ServiceClient,
    private readonly client: TallyClientNats,
    private readonly queues: QueueHandle[],
    readonly redis: Redis,
  ) {}

  /** The sync queue, as the workers see it. */
  get queue(): Queue {
    return this.queues[0].queue;
  }

  /** The revocation queue, as the workers see it. */
  get revocationQueue(): Queue {
    return this.queues[1].queue;
  }

  static async start(): Promise<CreatorsHarness> {
    const sandbox = await buildSandbox();
    const port = await freePort();
    await sandbox.listen({ host: '127.0.0.1', port });
    const sandboxUrl = `http://127.0.0.1:${port}`;
    const config = loadCreatorsConfig({
      ...process.env,
      CREATORS_HEALTH_PORT: '0',
      TIKTOK_SANDBOX_URL: sandboxUrl,
      TIKTOK_TIMEOUT_MS: '3000',
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
    });
    const app = await startCreators(config, { installSignalHandlers: false });
    const client = new TallyClientNats({
      servers: config.NATS_URL,
      name: 'creators-test',
      subjectPrefix: config.NATS_SUBJECT_PREFIX,
    });
    const bus = new ServiceClient(client, { requestTimeoutMs: 10000 });
    const redis = createRedis({ url: config.REDIS_URL, keyPrefix: '' });
    const factory = new QueueFactory({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX });
    const queues = [factory.queue(Queues.creatorSync), factory.queue(Queues.creatorRevocations)];
    const harness = new CreatorsHarness(config, app, sandbox, bus, client, queues, redis);
    harness.sandboxUrl = sandboxUrl;
    return harness;
  }

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  async stop(): Promise<void> {
    for (const { queue, close } of this.queues) {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await close();
    }
    await this.redis.quit();
    await this.client.close();
    await this.app.close();
    await this.sandbox.close();
  }

  /**
   * Follows a platform's consent page (TikTok's, Instagram's or Google's) as a
   * creator who decides at once; returns the callback's query. Instagram ends
   * its redirect with `#_`: a fragment, which browsers never send.
   */
  async consent(
    authUrl: string,
    user: string,
    decision: 'approve' | 'deny' = 'approve',
  ): Promise<Record<string, string>> {
    return Object.fromEntries(
      new URL(await this.consentRedirect(authUrl, user, decision)).searchParams,
    );
  }

  /** Where the consent page sends the creator's browser back to, as the platform wrote it. */
  async consentRedirect(
    authUrl: string,
    user: string,
    decision: 'approve' | 'deny' = 'approve',
  ): Promise<string> {
    const url = new URL(authUrl);
    url.searchParams.set('sandbox_user', user);
    url.searchParams.set('sandbox_decision', decision);
    const response = await fetch(url, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status !== 302 || !location) {
      throw new Error(
        `the sandbox answered ${response.status} without a redirect: ${(await response.text()).slice(0, 300)}`,
      );
    }
    return location;
  }

  /** A user of the test's own on `platform` (see SandboxAdmin.addCreator): their username. */
  async addCreator(videos = 5, platform: Platform = 'TIKTOK'): Promise<string> {
    return (await this.addSandboxAccount(platform, videos)).username;
  }

  /**
   * A user of the test's own on `platform`, nobody else connects: with the
   * platform's id of the account, which Tally stores as the creator's externalId.
   */
  async addSandboxAccount(platform: Platform, videos = 5): Promise<SandboxAccount> {
    const username = `t.${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    const added = await this.sandboxAdmin<AddedSandboxCreator>('POST', '/sandbox/creators', {
      platform: platformSlug(platform),
      username,
      videos,
    });
    const externalId = added.open_id ?? added.user_id ?? added.channel_id;
    if (!externalId) throw new Error(`the sandbox named no id for ${platform}'s ${username}`);
    return { username: added.username, externalId };
  }

  sandboxAdmin<T>(method: string, path: string, body?: object): Promise<T> {
    return new SandboxAdmin(this.sandboxUrl).request<T>(method, path, body);
  }
}

export function principalOf(
  accountId: string = randomUUID(),
  permissions: Permission[] = ['creators:read', 'creators:write', 'creators:sync'],
): Principal {
  return {
    accountId,
    credentialType: 'secret_key',
    credentialId: randomUUID(),
    environment: 'production',
    permissions,
    expiresAt: null,
  };
}
