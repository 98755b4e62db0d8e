import type { OperationObject, ParameterObject } from '@nestjs/swagger';
import {
  DocumentedGateway,
  startDocumentedGateway,
  stopDocumentedGateway,
} from '../openapi/documented-gateway.js';

describe('GET /api/v1/usage in the OpenAPI document', () => {
  let gateway: DocumentedGateway;
  let operation: OperationObject & { 'x-permission'?: string };

  beforeAll(async () => {
    gateway = await startDocumentedGateway();
    const found = gateway.document.paths['/api/v1/usage']?.get;
    if (!found) throw new Error('GET /api/v1/usage is not in the document');
    operation = found;
  });

  afterAll(async () => {
    await stopDocumentedGateway(gateway);
  });

  it('needs keys:read', () => {
    expect(operation['x-permission']).toBe('keys:read');
  });

  it('takes an optional period of 24h or 7d', () => {
    expect(operation.parameters).toContainEqual(
      expect.objectContaining({
        name: 'period',
        in: 'query',
        required: false,
        schema: expect.objectContaining({ enum: ['24h', '7d'], default: '24h' }) as unknown,
      }) as ParameterObject,
    );
  });

  it('answers a UsageReport in the envelope', () => {
    expect(operation.responses['200']).toMatchObject({
      content: {
        'application/json': {
          schema: { properties: { data: { $ref: '#/components/schemas/UsageReport' } } },
        },
      },
    });
    expect(gateway.document.components?.schemas?.UsageReport).toMatchObject({
      required: [
        'period',
        'from',
        'to',
        'bucketSeconds',
        'totals',
        'series',
        'byCredential',
        'byEnvironment',
        'pools',
      ],
    });
  });
});
