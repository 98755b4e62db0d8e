import { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { directRequestHandlers } from '../nats/direct-requests.js';
import { TallyServerNats } from '../nats/tally-server-nats.js';
import { RpcErrorFilter } from '../rpc/rpc-error.filter.js';
import { createHttpApp } from './create-http-app.js';
import { enableGracefulShutdown } from './graceful-shutdown.js';

export interface NatsServiceOptions {
  module: Type | DynamicModule;
  logger: Logger;
  /** NATS queue group and connection name. */
  queue: string;
  natsServers: string[];
  subjectPrefix?: string;
  /** Port of the small HTTP server for /health and /metrics. */
  healthPort: number;
  healthHost?: string;
  shutdownTimeoutMs: number;
  /** Runs after the app is built and before it takes messages (migrations, say). */
  beforeListen?: (app: NestFastifyApplication) => Promise<void>;
  installSignalHandlers?: boolean;
}

/**
 * A NATS microservice in a hybrid Nest app: message handlers on NATS, and
 * health and metrics on a small HTTP port of its own.
 */
export async function startNatsService(
  options: NatsServiceOptions,
): Promise<NestFastifyApplication> {
  const app = await createHttpApp(options.module, { logger: options.logger });
  const server = new TallyServerNats({
    servers: options.natsServers,
    name: options.queue,
    queue: options.queue,
    subjectPrefix: options.subjectPrefix,
  });
  const microservice = app.connectMicroservice(
    { strategy: server },
    { inheritAppConfig: false, deferInitialization: true },
  );
  // The microservice's only global enhancer: handlers that need no other are called straight.
  const errors = new RpcErrorFilter();
  microservice.useGlobalFilters(errors);
  server.answerDirectly(directRequestHandlers(app, errors));
  if (options.installSignalHandlers !== false) {
    enableGracefulShutdown(app, options.shutdownTimeoutMs, options.logger);
  }
  await options.beforeListen?.(app);
  await app.startAllMicroservices();
  await app.listen(options.healthPort, options.healthHost ?? '0.0.0.0');
  options.logger.info({
    msg: `${options.queue} listening on NATS`,
    healthPort: options.healthPort,
  });
  return app;
}
