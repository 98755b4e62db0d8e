import type { INestApplication } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { OpenAPIObject, PathItemObject, PathsObject, SwaggerModule } from '@nestjs/swagger';
import { REQUEST_ID_PARAMETER } from './describe-parameters.js';
import { describeOperation } from './describe-operation.js';
import { documentHeader, OpenApiOptions } from './document-info.js';
import { errorResponseComponents } from './error-responses.js';
import { gatewayRoutes } from './gateway-routes.js';
import { withNestedInputs } from './input-annotations.js';
import { inputSchema } from './input-schemas.js';
import { operationIdFor } from './operation-id.js';
import { RESPONSE_HEADERS } from './response-headers.js';
import { COMPONENT_SCHEMAS } from './component-schemas.js';
import { routeFacts } from './route-facts.js';
import { SchemaCatalog } from './schema-catalog.js';
import type { InputClass } from './route-inputs.js';
import { SECURITY_SCHEMES } from './security-schemes.js';
import { describeWebhookEvents, WEBHOOK_EVENT_COMPONENTS } from './webhook-events.js';

/** The public surface. Health and metrics are for operators and stay out of the reference. */
export const DOCUMENTED_PREFIXES = ['/api/', '/oauth/', '/.well-known/'] as const;

export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;

export function isDocumentedPath(path: string): boolean {
  return DOCUMENTED_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * The OpenAPI 3.1 document of the gateway: Swagger scans the routes, then each
 * operation is completed from its route's own metadata (inputs, status, auth
 * decorators, @ApiRoute), so that the document cannot drift from the code.
 */
export function buildOpenApiDocument(
  app: INestApplication,
  options: OpenApiOptions = {},
): OpenAPIObject {
  const scanned = SwaggerModule.createDocument(app, documentHeader(options), {
    operationIdFactory: operationIdFor,
  });
  const routes = new Map(gatewayRoutes(app).map((route) => [route.operationId, route]));
  const reflector = new Reflector();
  const inputClasses = new Set<InputClass>();
  const catalog = new SchemaCatalog({ ...COMPONENT_SCHEMAS, ...WEBHOOK_EVENT_COMPONENTS });
  const paths: PathsObject = {};
  for (const [path, item] of Object.entries(scanned.paths)) {
    if (!isDocumentedPath(path)) continue;
    const documented: PathItemObject = {};
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const route = routes.get(operation.operationId ?? '');
      if (!route) {
        documented[method] = operation;
        continue;
      }
      const facts = routeFacts(route, path, method, reflector);
      if (facts.inputs.body)
        withNestedInputs(facts.inputs.body).forEach((input) => inputClasses.add(input));
      documented[method] = describeOperation(operation, facts, catalog);
    }
    paths[path] = documented;
  }
  // Before the schemas are written: the error responses and the events hand out schemas too.
  const responses = errorResponseComponents(catalog);
  const webhooks = describeWebhookEvents(catalog);
  return {
    ...scanned,
    openapi: '3.1.0',
    paths,
    webhooks,
    components: {
      ...scanned.components,
      schemas: {
        ...scanned.components?.schemas,
        ...catalog.components(),
        ...Object.fromEntries([...inputClasses].map((input) => [input.name, inputSchema(input)])),
      },
      responses,
      headers: RESPONSE_HEADERS,
      parameters: { RequestId: REQUEST_ID_PARAMETER },
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}
