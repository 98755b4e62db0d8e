import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DASHBOARD_ASSET_CACHE,
  DASHBOARD_PAGE_HEADERS,
  DASHBOARD_PAGES,
  isDashboardNavigation,
} from './dashboard-pages.js';

/**
 * Serves the dashboard's build: its pages answer with index.html (the app
 * routes in the browser), `/assets/*` with the hashed files. A browser that
 * navigates to an unknown path outside the API's gets index.html too, with
 * 404, and the app shows its not-found page; any other unknown path keeps the
 * API's 404 envelope. Without a build the gateway still serves the API and
 * says how to build the dashboard.
 */
export async function serveDashboard(
  app: NestFastifyApplication,
  directory: string,
): Promise<boolean> {
  const logger = new Logger('Dashboard');
  const indexFile = join(directory, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn(
      `no dashboard build at ${directory}: run \`npm run build\` to serve the dashboard at /`,
    );
    return false;
  }
  const indexHtml = readFileSync(indexFile);
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(async (scope) => {
    for (const url of DASHBOARD_PAGES) {
      scope.get(url, async (_request, reply) =>
        reply.headers(DASHBOARD_PAGE_HEADERS).type('text/html; charset=utf-8').send(indexHtml),
      );
    }
    // Routes of their own (the API's, the assets') win over this catch-all.
    scope.get('/*', async (request, reply) => {
      const path = request.url.split('?')[0];
      if (!isDashboardNavigation(path, request.headers.accept)) return reply.callNotFound();
      return reply
        .code(404)
        .headers(DASHBOARD_PAGE_HEADERS)
        .type('text/html; charset=utf-8')
        .send(indexHtml);
    });
    await scope.register(fastifyStatic, {
      root: join(directory, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      index: false,
      cacheControl: false,
      setHeaders: (reply) => {
        void reply.header('cache-control', DASHBOARD_ASSET_CACHE);
      },
    });
  });
  return true;
}
