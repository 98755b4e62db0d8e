import { createHttpApp, createLogger } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadGatewayConfig } from '../../src/config/gateway.config.js';
import { GatewayModule } from '../../src/gateway.module.js';
import { registerCorsPreflight } from '../../src/http/cors.js';
import { registerSecurityHeaders } from '../../src/http/security-headers.js';
import { setupOpenApi } from '../../src/openapi/setup-openapi.js';

interface ReadinessReport {
  checks: Record<string, { status: string } | undefined>;
}

export interface RegisteredRoute {
  method: string;
  url: string;
}

export interface DocumentedGateway {
  app: NestFastifyApplication;
  baseUrl: string;
  document: OpenAPIObject;
  /** Every route Fastify registered, as its onRoute hook saw them. */
  routes: RegisteredRoute[];
}

/**
 * The gateway as startGateway builds it, with setupOpenApi before listen, and
 * a record of every route Fastify registers.
 */
export async function startDocumentedGateway(): Promise<DocumentedGateway> {
  const config = loadGatewayConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
  const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
  const app = await createHttpApp(GatewayModule.register(config), {
    logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
  });
  const routes: RegisteredRoute[] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url });
    });
  registerCorsPreflight(app.getHttpAdapter().getInstance());
  registerSecurityHeaders(app.getHttpAdapter().getInstance());
  const document = await setupOpenApi(app);
  await app.listen(config.PORT, config.HOST);
  return { app, baseUrl: await app.getUrl(), document, routes };
}

/**
 * Closing while the rate limiter's Redis connection is still being made leaves
 * a reconnect timer behind, and jest never exits: wait for the connection first.
 */
export async function stopDocumentedGateway(gateway: DocumentedGateway): Promise<void> {
  await waitFor(
    () => gateway.app.inject({ method: 'GET', url: '/health/ready' }),
    (response) => response.json<ReadinessReport>().checks.redis?.status === 'up',
    { timeoutMs: 5000, intervalMs: 20 },
  );
  await gateway.app.close();
}
