import { waitFor } from '@tally/testing';
import type { INestMicroservice } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadGatewayConfig } from '../../src/config/gateway.config.js';
import { startGateway } from '../../src/gateway.app.js';
import { KnownKeys, startFakeIdentity } from '../creators/fake-services.js';
import { startFakeWebhooks, WebhooksScript } from './fake-webhooks.js';

interface ReadinessReport {
  checks: Record<string, { status: string } | undefined>;
}

/** The real gateway, with fake identity and webhooks services answering it over NATS. */
export interface GatewayWithFakeWebhooks {
  gateway: NestFastifyApplication;
  webhooks: WebhooksScript;
  keys: KnownKeys;
  stop(): Promise<void>;
}

export async function startGatewayWithFakeWebhooks(): Promise<GatewayWithFakeWebhooks> {
  const webhooks = new WebhooksScript();
  const keys = new KnownKeys();
  const services: INestMicroservice[] = [
    await startFakeIdentity(keys),
    await startFakeWebhooks(webhooks),
  ];
  const gateway = await startGateway(
    loadGatewayConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' }),
    { installSignalHandlers: false },
  );
  return {
    gateway,
    webhooks,
    keys,
    async stop() {
      // Closing while the rate limiter still connects to Redis leaves a timer behind.
      await waitFor(
        () => gateway.inject({ method: 'GET', url: '/health/ready' }),
        (response) => response.json<ReadinessReport>().checks.redis?.status === 'up',
        { timeoutMs: 5000, intervalMs: 20 },
      );
      await gateway.close();
      await Promise.all(services.map((service) => service.close()));
    },
  };
}
