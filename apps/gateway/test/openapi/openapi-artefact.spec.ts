import type { OpenAPIObject } from '@nestjs/swagger';
import { readFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { join } from 'node:path';
import {
  buildOfflineOpenApiDocument,
  OPENAPI_ARTEFACT,
  serializeOpenApiDocument,
} from '../../src/openapi/offline-document.js';
import { artefactDrift } from './artefact-drift.js';
import { startDocumentedGateway, stopDocumentedGateway } from './documented-gateway.js';

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');

async function readCommitted(): Promise<string | undefined> {
  try {
    return await readFile(join(REPOSITORY_ROOT, OPENAPI_ARTEFACT), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

describe('the committed OpenAPI document (openapi/openapi.json)', () => {
  let generated: OpenAPIObject;

  beforeAll(async () => {
    generated = await buildOfflineOpenApiDocument();
  });

  it('is what the code generates', async () => {
    expect(artefactDrift(await readCommitted(), serializeOpenApiDocument(generated))).toEqual([]);
  });

  it('comes out byte for byte the same from one build to the next', async () => {
    const again = await buildOfflineOpenApiDocument();

    expect(serializeOpenApiDocument(again)).toBe(serializeOpenApiDocument(generated));
  });

  it('is built without opening a connection (no NATS, Redis or Postgres)', async () => {
    const connect = jest.spyOn(Socket.prototype, 'connect');
    try {
      await buildOfflineOpenApiDocument();

      expect(connect).not.toHaveBeenCalled();
    } finally {
      connect.mockRestore();
    }
  });

  it('is the document a running gateway serves, but for the server it names', async () => {
    const gateway = await startDocumentedGateway();
    try {
      const served = { ...gateway.document, servers: generated.servers };

      expect(serializeOpenApiDocument(served)).toBe(serializeOpenApiDocument(generated));
    } finally {
      await stopDocumentedGateway(gateway);
    }
  });

  it('sorts keys at every level, indents them and ends with a newline', () => {
    const document = {
      paths: { '/b': {}, '/a': { post: {}, get: {} } },
      openapi: '3.1.0',
    } as unknown as OpenAPIObject;

    expect(serializeOpenApiDocument(document)).toBe(
      '{\n  "openapi": "3.1.0",\n  "paths": {\n    "/a": {\n      "get": {},\n      "post": {}\n    },\n    "/b": {}\n  }\n}\n',
    );
  });

  it('says where a stale copy differs and how to refresh it', () => {
    const stale = structuredClone(generated);
    delete stale.paths['/api/v1/keys/{id}'].delete;
    stale.info.version = '0.0.1';

    const drift = artefactDrift(
      serializeOpenApiDocument(stale),
      serializeOpenApiDocument(generated),
    );

    expect(drift).toEqual([
      'openapi/openapi.json is not what the code generates (it differs at /info/version, ' +
        '/paths/~1api~1v1~1keys~1{id}/delete (not committed)): ' +
        'run `npm run openapi` (or `npm run build`) and commit openapi/openapi.json',
    ]);
  });

  it('says how to create a missing copy', () => {
    expect(artefactDrift(undefined, serializeOpenApiDocument(generated))).toEqual([
      'openapi/openapi.json is missing: run `npm run openapi` (or `npm run build`) and commit openapi/openapi.json',
    ]);
  });
});
