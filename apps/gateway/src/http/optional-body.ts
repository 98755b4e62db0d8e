import { RouteConfig, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';

interface OptionalBodyConfig {
  tallyOptionalBody?: boolean;
}

/**
 * The route takes a JSON body or none. Besides a request without a body
 * (which every route accepts), `Content-Type: application/json` with an empty
 * body counts as none here: browser code often sends the header on every POST.
 */
export const OptionalBody = () =>
  RouteConfig({ tallyOptionalBody: true } satisfies OptionalBodyConfig);

/**
 * Parses JSON bodies as Fastify does (same prototype-poisoning rules, same
 * errors), except for an empty body on a route marked @OptionalBody(), which
 * is no body. Call before the application initialises.
 */
export function useJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig;
  const parseJson = fastify.getDefaultJsonParser(
    onProtoPoisoning ?? 'error',
    onConstructorPoisoning ?? 'error',
  );
  app.useBodyParser<Server>('application/json', { bodyLimit }, (request, body, done) => {
    const config = request.routeOptions.config as OptionalBodyConfig;
    if (body.length === 0 && config.tallyOptionalBody === true) {
      done(null, undefined);
      return;
    }
    parseJson(request, body.toString('utf8'), done);
  });
}
