import { loadCreatorsConfig } from '../../../apps/creators/src/config/creators.config.js';
import { startCreators } from '../../../apps/creators/src/creators.app.js';
import { loadGatewayConfig } from '../../../apps/gateway/src/config/gateway.config.js';
import { startGateway } from '../../../apps/gateway/src/gateway.app.js';
import { loadIdentityConfig } from '../../../apps/identity/src/config/identity.config.js';
import { startIdentity } from '../../../apps/identity/src/identity.app.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

type Env = Record<string, string | undefined>;

/** The apps of one test, in this process, on free ports, against the given NATS. */
export class Platform {
  identity: NestFastifyApplication | undefined;
  creators: NestFastifyApplication | undefined;
  gateway: NestFastifyApplication | undefined;
  gatewayUrl = '';
  private readonly extraGateways: NestFastifyApplication[] = [];

  constructor(private readonly env: Env) {}

  static async start(overrides: Env): Promise<Platform> {
    const platform = new Platform({
      ...process.env,
      IDENTITY_HEALTH_PORT: '0',
      CREATORS_HEALTH_PORT: '0',
      PORT: '0',
      HOST: '127.0.0.1',
      ...overrides,
    });
    await platform.startIdentity();
    await platform.startCreators();
    platform.gateway = await startGateway(loadGatewayConfig(platform.env), {
      installSignalHandlers: false,
    });
    platform.gatewayUrl = (await platform.gateway.getUrl()).replace('[::1]', '127.0.0.1');
    return platform;
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
    await Promise.all([this.identity?.close(), this.creators?.close()]);
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
