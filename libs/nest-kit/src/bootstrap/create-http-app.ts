import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import type { Logger } from 'pino';
import { NestPinoLogger } from '../logging/logger.js';
import { registerAccessLog } from '../http/access-log.hooks.js';
import { canonicalUrl } from '../http/canonical-url.js';
import { fastifyTrustProxy, type TrustProxy } from '../config/trust-proxy.js';
import { registerRequestIdHooks, requestIdGenerator } from '../http/request-id.hooks.js';

export interface HttpAppOptions {
  logger: Logger;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  accessLog?: boolean;
  /** Fastify's trustProxy: see trustProxySetting (config/trust-proxy.ts). */
  trustProxy?: TrustProxy;
  /** Errors Fastify's router raises before any hook runs (a malformed URL, say). */
  frameworkErrors?: FastifyServerOptions['frameworkErrors'];
  /** Requests Node's HTTP parser refuses (an unknown method, oversized headers). */
  clientErrorHandler?: FastifyServerOptions['clientErrorHandler'];
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
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    return503OnClosing: true,
    // Every spelling of a path is routed, guarded and logged as its canonical form.
    rewriteUrl: (request: { url?: string }) => canonicalUrl(request.url ?? '/'),
    // Long enough for any id we issue; longer path parameters are refused as invalid.
    routerOptions: { maxParamLength: 256 },
    ...(options.frameworkErrors ? { frameworkErrors: options.frameworkErrors } : {}),
    ...(options.clientErrorHandler ? { clientErrorHandler: options.clientErrorHandler } : {}),
  });
  registerRequestIdHooks(adapter.getInstance());
  if (options.accessLog) registerAccessLog(adapter.getInstance(), options.logger);
  return NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new NestPinoLogger(options.logger),
    abortOnError: false,
  });
}
