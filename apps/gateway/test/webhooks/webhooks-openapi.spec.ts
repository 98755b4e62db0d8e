import { WEBHOOK_EVENT_TYPES } from '@tally/contracts';
import type { OperationObject, ParameterObject } from '@nestjs/swagger';
import {
  type DocumentedGateway,
  startDocumentedGateway,
  stopDocumentedGateway,
} from '../openapi/documented-gateway.js';

type Operation = OperationObject & { 'x-permission'?: string };

describe('webhooks in the OpenAPI document', () => {
  let gateway: DocumentedGateway;

  beforeAll(async () => {
    gateway = await startDocumentedGateway();
  });

  afterAll(async () => {
    await stopDocumentedGateway(gateway);
  });

  function operation(method: 'get' | 'post' | 'patch' | 'delete', path: string): Operation {
    const found = gateway.document.paths[path]?.[method];
    if (!found) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
    return found;
  }

  it.each([
    ['get', '/api/v1/webhook-endpoints', 'webhooks:read', '200'],
    ['post', '/api/v1/webhook-endpoints', 'webhooks:write', '201'],
    ['get', '/api/v1/webhook-endpoints/{id}', 'webhooks:read', '200'],
    ['patch', '/api/v1/webhook-endpoints/{id}', 'webhooks:write', '200'],
    ['delete', '/api/v1/webhook-endpoints/{id}', 'webhooks:write', '200'],
    ['post', '/api/v1/webhook-endpoints/{id}/rotate-secret', 'webhooks:write', '200'],
    ['post', '/api/v1/webhook-endpoints/{id}/test', 'webhooks:write', '202'],
    ['get', '/api/v1/webhook-endpoints/{id}/deliveries', 'webhooks:read', '200'],
    [
      'post',
      '/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry',
      'webhooks:write',
      '202',
    ],
  ] as const)('%s %s needs %s and answers %s', (method, path, permission, status) => {
    const found = operation(method, path);

    expect(found['x-permission']).toBe(permission);
    expect(Object.keys(found.responses)).toEqual(
      expect.arrayContaining([status, '401', '403', '503']),
    );
    if (path.includes('{id}')) expect(Object.keys(found.responses)).toContain('404');
  });

  it('documents the 409 of the endpoint limit and the 400 of a refused url', () => {
    const create = operation('post', '/api/v1/webhook-endpoints');

    expect(create.responses['409']).toMatchObject({ description: expect.stringContaining('20') });
    expect(create.responses['400']).toMatchObject({ description: expect.stringContaining('url') });
  });

  it('has one webhook per event type, each with its payload and the Standard Webhooks headers', () => {
    const { webhooks } = gateway.document;
    const schemas = gateway.document.components?.schemas ?? {};

    expect(Object.keys(webhooks ?? {}).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    const synced = webhooks?.['creator.synced']?.post;
    expect(synced?.parameters?.map((parameter) => (parameter as ParameterObject).name)).toEqual([
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
    ]);
    expect(synced?.requestBody).toMatchObject({
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/CreatorSyncedEvent' } },
      },
    });
    expect(synced?.responses).toHaveProperty('410');
    expect(schemas.CreatorSyncedEvent).toMatchObject({
      required: ['type', 'timestamp', 'data'],
      properties: {
        type: { const: 'creator.synced' },
        data: {
          required: expect.arrayContaining(['creatorId', 'stats', 'changes']) as string[],
        },
      },
    });
  });
});
