import { stringifyJson } from '@tally/contracts';
import {
  createHttpApp,
  createLogger,
  enableGracefulShutdown,
  METRICS_REGISTRY,
  startMetricsServer,
} from '@tally/nest-kit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GatewayConfig } from './config/gateway.config.js';
import { GatewayModule } from './gateway.module.js';
import { registerCorsPreflight } from './http/cors.js';
import { clientErrorHandler, frameworkErrorHandler } from './http/framework-errors.js';
import { registerJsonOnlyApi } from './http/json-only.hook.js';
import { useJsonBodies } from './http/optional-body.js';
import { registerSecurityHeaders } from './http/security-headers.js';
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
  // Lists answered as JSON text by their service go out without being parsed and written again.
  app.getHttpAdapter().getInstance().setReplySerializer(stringifyJson);
  registerCorsPreflight(app.getHttpAdapter().getInstance());
  registerJsonOnlyApi(app.getHttpAdapter().getInstance());
  registerSecurityHeaders(app.getHttpAdapter().getInstance());
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
  const registry = app.get<Parameters<typeof startMetricsServer>[0]>(METRICS_REGISTRY);
  const metrics = await startMetricsServer(registry, {
    port: config.METRICS_PORT,
    host: config.METRICS_HOST,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onClose', () => metrics.close());
  await app.listen(config.PORT, config.HOST).catch(async (error: unknown) => {
    await metrics.close();
    throw error;
  });
  METRICS_URLS.set(app, metrics.url);
  logger.info({
    msg: 'gateway listening',
    port: config.PORT,
    host: config.HOST,
    metricsPort: Number(new URL(metrics.url).port),
  });
  return app;
}

const METRICS_URLS = new WeakMap<NestFastifyApplication, string>();

/** Where a started gateway serves `/metrics` (its METRICS_PORT, which may have been 0). */
export function gatewayMetricsUrl(app: NestFastifyApplication): string {
  const url = METRICS_URLS.get(app);
  if (!url) throw new Error('this gateway was not started by startGateway');
  return url;
}
