import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { NestPinoLogger } from '../logging/logger.js';
import { registerAccessLog } from '../http/access-log.hooks.js';
import { registerRequestIdHooks, requestIdGenerator } from '../http/request-id.hooks.js';

export interface HttpAppOptions {
  logger: Logger;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  accessLog?: boolean;
  trustProxy?: boolean | string;
}

/** A Nest application on Fastify with request ids and JSON logs. */
export async function createHttpApp(
  module: Type | DynamicModule,
  options: HttpAppOptions,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    genReqId: requestIdGenerator,
    trustProxy: options.trustProxy ?? false,
    return503OnClosing: true,
  });
  registerRequestIdHooks(adapter.getInstance());
  if (options.accessLog) registerAccessLog(adapter.getInstance(), options.logger);
  return NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new NestPinoLogger(options.logger),
    abortOnError: false,
  });
}
