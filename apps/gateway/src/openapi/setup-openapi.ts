import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument } from './build-openapi-document.js';
import type { OpenApiOptions } from './document-info.js';

// Outside /api/: the auth guard and the rate limiter leave these alone.
export const DOCS_PATH = '/docs';
export const OPENAPI_JSON_PATH = '/docs/openapi.json';

/**
 * Builds the OpenAPI document from the app's routes and serves it at
 * /docs/openapi.json, with Swagger UI at /docs (its assets come from the
 * installed swagger-ui-dist: nothing is loaded from elsewhere). Call it before
 * `app.listen`.
 */
export async function setupOpenApi(
  app: NestFastifyApplication,
  options: OpenApiOptions = {},
): Promise<OpenAPIObject> {
  const document = buildOpenApiDocument(app, options);
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    raw: ['json'],
    customSiteTitle: 'Tally API reference',
    // No badge from the online validator: the UI works offline.
    swaggerOptions: { validatorUrl: null },
  });
  return document;
}
