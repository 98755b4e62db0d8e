import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadGatewayConfig } from '../config/gateway.config.js';
import { GatewayModule } from '../gateway.module.js';
import { buildOpenApiDocument } from './build-openapi-document.js';

/** Where the committed document lives, relative to the repository's root. */
export const OPENAPI_ARTEFACT = 'openapi/openapi.json';

/**
 * The server the committed document names. Client libraries are generated from
 * it, so it must not depend on whoever builds it: each deployment serves its own
 * copy with its PUBLIC_BASE_URL at /docs/openapi.json.
 */
const ARTEFACT_SERVERS = [
  {
    url: 'http://127.0.0.1:3000',
    description: 'A gateway started with `npm start`; use your deployment’s PUBLIC_BASE_URL',
  },
];

/**
 * The gateway's OpenAPI document without a running gateway: Nest's preview mode
 * resolves the modules and routes but instantiates no provider, so nothing
 * connects to NATS, Redis or Postgres. The configuration is the defaults, never
 * the environment, so that every machine builds the same document.
 */
export async function buildOfflineOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.register(loadGatewayConfig({ NODE_ENV: 'development' })),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    return buildOpenApiDocument(app, { servers: ARTEFACT_SERVERS });
  } finally {
    await app.close();
  }
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Object keys in code-unit order (never the locale's), arrays as they are. */
function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, sortKeys(value[key])]));
}

/**
 * The document as committed: pretty-printed, keys sorted at every level (the
 * order routes and schemas are registered in never shows in a diff), and a
 * final newline.
 */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  const plain = JSON.parse(JSON.stringify(document)) as Json;
  return `${JSON.stringify(sortKeys(plain), null, 2)}\n`;
}
