import { createHttpApp, createLogger, enableGracefulShutdown } from '@tally/nest-kit';
import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GatewayConfig } from './config/gateway.config.js';
import { GatewayModule } from './gateway.module.js';
import { registerCorsPreflight } from './http/cors.js';
import { clientErrorHandler, frameworkErrorHandler } from './http/framework-errors.js';
import { registerJsonOnlyApi } from './http/json-only.hook.js';
import { useJsonBodies } from './http/optional-body.js';
import { setupOpenApi } from './openapi/setup-openapi.js';
import { mountQueueBoard } from './admin/queue-board.js';
import { serveDashboard } from './dashboard/serve-dashboard.js';

/** Builds the gateway and listens on HOST:PORT (PORT 0 picks a free port, for tests). */
export async function startGateway(
  config: GatewayConfig,
  options: {
    installSignalHandlers?: boolean;
    /** Where the dashboard's build is, unless DASHBOARD_DIST_DIR says; none: no dashboard. */
    dashboardDir?: string;
  } = {},
): Promise<NestFastifyApplication> {
  const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
  const app = await createHttpApp(GatewayModule.register(config), {
    logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    accessLog: true,
    trustProxy: config.TRUST_PROXY,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });
  useJsonBodies(app, config.BODY_LIMIT_BYTES);
  registerCorsPreflight(app.getHttpAdapter().getInstance());
  registerJsonOnlyApi(app.getHttpAdapter().getInstance());
  await app.register(fastifyHelmet, { contentSecurityPolicy: false });
  await setupOpenApi(app, { servers: [{ url: config.PUBLIC_BASE_URL }] });
  const closeQueueBoard = await mountQueueBoard(app, {
    operatorToken: config.OPERATOR_TOKEN,
    operatorAccountId: config.OPERATOR_ACCOUNT_ID,
    redisUrl: config.REDIS_URL,
    redisKeyPrefix: config.REDIS_KEY_PREFIX,
  });
  if (closeQueueBoard) app.getHttpAdapter().getInstance().addHook('onClose', closeQueueBoard);
  const dashboardDir = config.DASHBOARD_DIST_DIR ?? options.dashboardDir;
  if (dashboardDir) await serveDashboard(app, dashboardDir);
  if (options.installSignalHandlers !== false)
    enableGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS, logger);
  await app.listen(config.PORT, config.HOST);
  logger.info({ msg: 'gateway listening', port: config.PORT, host: config.HOST });
  return app;
}
