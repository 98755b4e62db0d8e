import { waitFor } from '@tally/testing';
import type { INestMicroservice } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadGatewayConfig } from '../../src/config/gateway.config.js';
import { startGateway } from '../../src/gateway.app.js';
import {
  CreatorsScript,
  KnownKeys,
  startFakeCreators,
  startFakeIdentity,
} from './fake-services.js';

interface ReadinessReport {
  checks: Record<string, { status: string } | undefined>;
}

/** The real gateway, with fake identity and creators services answering it over NATS. */
export interface GatewayWithFakes {
  gateway: NestFastifyApplication;
  creators: CreatorsScript;
  keys: KnownKeys;
  /** Takes the fake creators service off NATS, as if it were down. */
  stopCreators(): Promise<void>;
  stop(): Promise<void>;
}

export async function startGatewayWithFakes(
  env: Record<string, string> = {},
): Promise<GatewayWithFakes> {
  const creators = new CreatorsScript();
  const keys = new KnownKeys();
  const identityService = await startFakeIdentity(keys);
  let creatorsService: INestMicroservice | undefined = await startFakeCreators(creators);
  const gateway = await startGateway(
    loadGatewayConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }),
    { installSignalHandlers: false },
  );
  const stopCreators = async () => {
    await creatorsService?.close();
    creatorsService = undefined;
  };
  return {
    gateway,
    creators,
    keys,
    stopCreators,
    async stop() {
      // Closing while the rate limiter still connects to Redis leaves a timer behind.
      await waitFor(
        () => gateway.inject({ method: 'GET', url: '/health/ready' }),
        (response) => response.json<ReadinessReport>().checks.redis?.status === 'up',
        { timeoutMs: 5000, intervalMs: 20 },
      );
      await gateway.close();
      await Promise.all([stopCreators(), identityService.close()]);
    },
  };
}

export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}
