import { loadCreatorsConfig } from '../../../apps/creators/src/config/creators.config.js';
import { startCreators } from '../../../apps/creators/src/creators.app.js';
import { loadGatewayConfig } from '../../../apps/gateway/src/config/gateway.config.js';
import { gatewayMetricsUrl, startGateway } from '../../../apps/gateway/src/gateway.app.js';
import { loadIdentityConfig } from '../../../apps/identity/src/config/identity.config.js';
import { startIdentity } from '../../../apps/identity/src/identity.app.js';
import { loadSyncWorkerConfig } from '../../../apps/sync-worker/src/config/sync-worker.config.js';
import { startSyncWorker } from '../../../apps/sync-worker/src/sync-worker.app.js';
import { loadWebhooksConfig } from '../../../apps/webhooks/src/config/webhooks.config.js';
import { startWebhooks } from '../../../apps/webhooks/src/webhooks.app.js';
import { type Platform as PlatformName, platformSlug, Queues } from '@tally/contracts';
import { QueueFactory } from '@tally/creators-data';
import { freePort } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { join } from 'node:path';
import { PlatformSandbox } from './platform-sandbox.js';

type Env = Record<string, string | undefined>;

/** Where a platform sends the creator's browser back to on the gateway. */
export function connectCallbackPath(platform: PlatformName): string {
  return `/api/v1/connect/${platformSlug(platform)}/callback`;
}

/** TikTok's callback path. */
export const CONNECT_CALLBACK_PATH = connectCallbackPath('TIKTOK');

export interface PlatformOptions {
  /**
   * Also start the platform sandbox (TikTok, Instagram, Google/YouTube) and a
   * sync worker, with the services pointed at the sandbox for every platform
   * and the sandbox registering the gateway's callback URL of each.
   */
  sandbox?: boolean;
  /** What `sandbox` was called when the sandbox played TikTok only; the same. */
  tiktok?: boolean;
  /** Serve the dashboard's build (apps/dashboard/dist) at `/`. */
  dashboard?: boolean;
  /** Also start the webhooks service (deliveries to private URLs allowed: receivers run on 127.0.0.1). */
  webhooks?: boolean;
}

export const DASHBOARD_DIST_DIR = join(__dirname, '..', '..', '..', 'apps', 'dashboard', 'dist');

/** The apps of one test, in this process, on free ports, against the given NATS. */
export class Platform {
  identity: NestFastifyApplication | undefined;
  creators: NestFastifyApplication | undefined;
  gateway: NestFastifyApplication | undefined;
  syncWorker: NestFastifyApplication | undefined;
  webhooks: NestFastifyApplication | undefined;
  private platformSandbox: PlatformSandbox | undefined;
  private syncQueueRedis: { url: string; prefix: string } | undefined;
  gatewayUrl = '';
  private readonly extraGateways: NestFastifyApplication[] = [];

  constructor(private readonly env: Env) {}

  static async start(overrides: Env, options: PlatformOptions = {}): Promise<Platform> {
    const env: Env = {
      ...process.env,
      IDENTITY_HEALTH_PORT: '0',
      CREATORS_HEALTH_PORT: '0',
      PORT: '0',
      HOST: '127.0.0.1',
    };
    let sandbox: PlatformSandbox | undefined;
    if (options.sandbox || options.tiktok) {
      // The platforms send browsers back to the gateway, so its address must be
      // known before the services start: pick the port first, listen on it later.
      const port = await freePort();
      const gatewayUrl = `http://127.0.0.1:${port}`;
      const callback = (platform: PlatformName) => [
        `${gatewayUrl}${connectCallbackPath(platform)}`,
      ];
      sandbox = await PlatformSandbox.start(callback('TIKTOK'), {
        instagram: callback('INSTAGRAM'),
        youtube: callback('YOUTUBE'),
      });
      Object.assign(env, sandbox.env, {
        PORT: String(port),
        PUBLIC_BASE_URL: gatewayUrl,
        SYNC_WORKER_HEALTH_PORT: '0',
      });
    }
    const platform = new Platform({ ...env, ...overrides });
    platform.platformSandbox = sandbox;
    try {
      await platform.startEverything(options);
    } catch (error) {
      // Whatever did start must not outlive the failure (jest would never exit).
      await platform.stop().catch(() => undefined);
      throw error;
    }
    return platform;
  }

  private async startEverything(options: PlatformOptions): Promise<void> {
    await this.startIdentity();
    await this.startCreators();
    if (this.platformSandbox) {
      const workerConfig = loadSyncWorkerConfig(this.env);
      this.syncQueueRedis = {
        url: workerConfig.REDIS_URL,
        prefix: workerConfig.REDIS_KEY_PREFIX,
      };
      this.syncWorker = await startSyncWorker(workerConfig, { installSignalHandlers: false });
    }
    if (options.webhooks) {
      this.webhooks = await startWebhooks(
        loadWebhooksConfig({
          ...this.env,
          WEBHOOKS_HEALTH_PORT: '0',
          WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
        }),
        { installSignalHandlers: false },
      );
    }
    this.gateway = await startGateway(loadGatewayConfig(this.env), {
      installSignalHandlers: false,
      dashboardDir: options.dashboard ? DASHBOARD_DIST_DIR : undefined,
    });
    this.gatewayUrl = (await this.gateway.getUrl()).replace('[::1]', '127.0.0.1');
  }

  /** The platform sandbox of a platform started with `sandbox: true` (or `tiktok: true`). */
  get sandbox(): PlatformSandbox {
    if (!this.platformSandbox) throw new Error('this platform was started without the sandbox');
    return this.platformSandbox;
  }

  async startIdentity(): Promise<void> {
    this.identity = await startIdentity(loadIdentityConfig(this.env), {
      installSignalHandlers: false,
    });
  }

  async startCreators(): Promise<void> {
    this.creators = await startCreators(loadCreatorsConfig(this.env), {
      installSignalHandlers: false,
    });
  }

  async stopIdentity(): Promise<void> {
    await this.identity?.close();
    this.identity = undefined;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.extraGateways, this.gateway].map((gateway) => gateway?.close()));
    await this.syncWorker?.close();
    await this.webhooks?.close();
    await Promise.all([this.identity?.close(), this.creators?.close()]);
    await this.platformSandbox?.close();
    if (this.syncQueueRedis) await dropQueues(this.syncQueueRedis);
  }

  /** The first gateway's `/metrics`, served on its own port (never the public one). */
  async gatewayMetrics(): Promise<string> {
    if (!this.gateway) throw new Error('the gateway is not running');
    return (await fetch(`${gatewayMetricsUrl(this.gateway)}/metrics`)).text();
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.gatewayUrl}${path}`, { headers });
  }

  async startSecondGateway(): Promise<string> {
    const second = await startGateway(loadGatewayConfig(this.env), {
      installSignalHandlers: false,
    });
    this.extraGateways.push(second);
    return (await second.getUrl()).replace('[::1]', '127.0.0.1');
  }

  send(
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: unknown; base?: string } = {},
  ) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${options.base ?? this.gatewayUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  }
}

/** The test's jobs would stay in Redis for days: the queues are the test's own (its key prefix), so they go. */
async function dropQueues(at: { url: string; prefix: string }): Promise<void> {
  const factory = new QueueFactory({ url: at.url, keyPrefix: at.prefix });
  for (const name of Object.values(Queues)) {
    const { queue, close } = factory.queue(name);
    try {
      await queue.obliterate({ force: true });
    } finally {
      await close();
    }
  }
}
