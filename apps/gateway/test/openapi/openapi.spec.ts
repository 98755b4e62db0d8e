import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  SchemaObject,
} from '@nestjs/swagger';
import { OPENAPI_JSON_PATH } from '../../src/openapi/setup-openapi.js';
import {
  DocumentedGateway,
  startDocumentedGateway,
  stopDocumentedGateway,
} from './documented-gateway.js';
import { httpGet } from './http-get.js';
import { openApiShapeProblems } from './openapi-shape.js';
import { routeCoverageProblems } from './route-coverage.js';

type Operation = OperationObject & {
  'x-access'?: string;
  'x-permission'?: string;
  'x-publishable-key-permission'?: string;
};

function operation(
  document: OpenAPIObject,
  method: 'get' | 'post' | 'delete',
  path: string,
): Operation {
  const found = document.paths[path]?.[method];
  if (!found) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  return found;
}

describe('the OpenAPI document of the gateway', () => {
  let gateway: DocumentedGateway;

  beforeAll(async () => {
    gateway = await startDocumentedGateway();
  });

  afterAll(async () => {
    await stopDocumentedGateway(gateway);
  });

  it('describes every route the gateway serves under /api/, /oauth/ and /.well-known/', () => {
    expect(gateway.routes.some((route) => route.url.startsWith('/api/'))).toBe(true);
    expect(routeCoverageProblems(gateway.document, gateway.routes)).toEqual([]);
  });

  it('names a route that is missing from the document', () => {
    const document = structuredClone(gateway.document);
    delete document.paths['/api/v1/keys/{id}'].delete;
    const before = new Set(routeCoverageProblems(gateway.document, gateway.routes));

    const after = routeCoverageProblems(document, gateway.routes);

    expect(after.filter((problem) => !before.has(problem))).toEqual([
      'DELETE /api/v1/keys/:id is not in the document',
    ]);
  });

  it('is OpenAPI 3.1 shaped: responses everywhere, every $ref resolves', () => {
    expect(openApiShapeProblems(gateway.document)).toEqual([]);
  });

  it('takes each route’s access from its auth decorators', () => {
    const { document } = gateway;
    const ping = operation(document, 'get', '/api/v1/ping');
    const me = operation(document, 'get', '/api/v1/users/me');
    const createKey = operation(document, 'post', '/api/v1/keys');

    expect(ping.security).toEqual([]);
    expect(ping['x-access']).toBe('public');
    expect(ping.responses['401']).toBeUndefined();
    expect(me['x-access']).toBe('any-credential');
    expect(me.security).toEqual([{ bearer: [] }, { apiKey: [] }, { session: [] }]);
    expect(createKey['x-permission']).toBe('keys:write');
    expect(createKey.description).toContain('`keys:write`');
    expect(Object.keys(createKey.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '413', '415', '429', '503', '504']),
    );
    expect(document.components?.securitySchemes).toMatchObject({
      bearer: { type: 'http', scheme: 'bearer' },
      apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
      session: { type: 'apiKey', in: 'cookie', name: 'tally_session' },
    });
  });

  it('derives bodies and queries from the contracts’ validation rules', () => {
    const { document } = gateway;
    const schemas = document.components?.schemas ?? {};
    const createKey = operation(document, 'post', '/api/v1/keys');
    const listKeys = operation(document, 'get', '/api/v1/keys');
    const getKey = operation(document, 'get', '/api/v1/keys/{id}');

    expect(createKey.requestBody).toMatchObject({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateKeyInput' } } },
    });
    expect(schemas.CreateKeyInput).toMatchObject({
      additionalProperties: false,
      required: ['name', 'type', 'environment', 'roles', 'expiresInDays'],
      properties: { expiresInDays: { enum: [30, 60, 90, 180, 365] } },
    });
    expect(listKeys.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'limit',
          in: 'query',
          required: false,
          schema: expect.objectContaining({
            minimum: 1,
            maximum: 100,
            default: 20,
          }) as SchemaObject,
        }),
        expect.objectContaining({ name: 'cursor', in: 'query' }),
      ]),
    );
    expect(getKey.parameters).toContainEqual(
      expect.objectContaining({
        name: 'id',
        in: 'path',
        schema: { type: 'string', format: 'uuid' },
      }) as ParameterObject,
    );
  });

  it('wraps results in the envelope and documents the headers', () => {
    const { document } = gateway;
    const listKeys = operation(document, 'get', '/api/v1/keys');

    expect(listKeys.responses['200']).toMatchObject({
      headers: {
        'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
        'X-RateLimit-Limit': { $ref: '#/components/headers/X-RateLimit-Limit' },
        RateLimit: { $ref: '#/components/headers/RateLimit' },
      },
      content: {
        'application/json': {
          schema: {
            required: ['success', 'data'],
            properties: {
              success: { const: true },
              data: {
                required: expect.arrayContaining(['items', 'nextCursor']) as string[],
                properties: { items: { items: { $ref: '#/components/schemas/ApiKeyView' } } },
              },
            },
          },
        },
      },
    });
    expect(document.components?.responses).toMatchObject({
      Unauthorized: { headers: { 'WWW-Authenticate': {} } },
      RateLimited: { headers: { 'Retry-After': {} } },
    });
  });

  it('documents the connect callback as HTML pages and a redirect, not the envelope', () => {
    const callback = operation(gateway.document, 'get', '/api/v1/connect/tiktok/callback');

    expect(callback['x-access']).toBe('public');
    expect(callback.responses['200']).toMatchObject({
      content: { 'text/html': { schema: { type: 'string' } } },
    });
    expect(callback.responses['302']).toMatchObject({ headers: { Location: {} } });
    expect(callback.responses['503']).toMatchObject({ content: { 'text/html': {} } });
    expect(callback.parameters).toContainEqual(
      expect.objectContaining({ name: 'state', in: 'query', required: false }) as ParameterObject,
    );
  });

  it('says which permission publishable keys need where it differs from the route’s', () => {
    const start = operation(gateway.document, 'post', '/api/v1/connect/tiktok');

    expect(start['x-permission']).toBe('creators:write');
    expect(start['x-publishable-key-permission']).toBe('creators:read');
    expect(start.description).toContain('with `creators:read` instead');
  });

  it('documents the 202 of a sync still running next to the 200 of a finished one', () => {
    const sync = operation(gateway.document, 'post', '/api/v1/creators/{id}/sync');

    expect(sync.responses['200']).toMatchObject({
      content: {
        'application/json': {
          schema: { properties: { data: { $ref: '#/components/schemas/SyncFinished' } } },
        },
      },
    });
    expect(sync.responses['202']).toMatchObject({
      content: {
        'application/json': {
          schema: { properties: { data: { $ref: '#/components/schemas/SyncPending' } } },
        },
      },
    });
  });

  it('lists the classes validated inside a body with the schemas', () => {
    const schemas = gateway.document.components?.schemas ?? {};

    expect(schemas.SearchResourcesInput).toMatchObject({
      properties: { resources: { items: { $ref: '#/components/schemas/ResourceLookupInput' } } },
    });
    expect(schemas.ResourceLookupInput).toMatchObject({
      additionalProperties: false,
      required: ['platform', 'type', 'identifier'],
    });
  });

  it('is served at /docs/openapi.json, with a UI at /docs that needs nothing from elsewhere', async () => {
    const json = await httpGet(`${gateway.baseUrl}${OPENAPI_JSON_PATH}`);
    expect(json.status).toBe(200);
    expect(json.contentType).toContain('application/json');
    expect(JSON.parse(json.body)).toEqual(JSON.parse(JSON.stringify(gateway.document)));

    const ui = await httpGet(`${gateway.baseUrl}/docs`);
    expect(ui.status).toBe(200);
    expect(ui.contentType).toContain('text/html');
    expect(ui.body).toContain('swagger-ui-bundle.js');
    expect(ui.body).not.toMatch(/(src|href)=["']https?:/);

    for (const asset of ['swagger-ui-bundle.js', 'swagger-ui.css', 'swagger-ui-init.js']) {
      const response = await httpGet(`${gateway.baseUrl}/docs/${asset}`);
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
    }
  });
});
