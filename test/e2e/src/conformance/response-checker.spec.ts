import { OpenApiDocument } from './openapi-document.js';
import { type ObservedExchange, ResponseChecker } from './response-checker.js';

const json = (schema: unknown) => ({ 'application/json': { schema } });

/** A small document with what the checker must understand: $refs, templates, media types. */
const document = new OpenApiDocument({
  openapi: '3.1.0',
  info: { title: 'conformance fixture', version: '1' },
  paths: {
    '/api/v1/keys': {
      post: {
        responses: {
          '201': {
            description: 'created',
            content: json({ $ref: '#/components/schemas/CreatedKey' }),
          },
          '400': { $ref: '#/components/responses/BadRequest' },
        },
      },
    },
    '/api/v1/keys/{id}': {
      get: {
        responses: {
          '200': { description: 'a key', content: json({ type: 'object' }) },
          '5XX': { $ref: '#/components/responses/BadRequest' },
        },
      },
      delete: { responses: { '204': { description: 'gone' } } },
    },
    '/api/v1/keys/mine': {
      get: {
        responses: {
          '200': { description: 'mine', content: json({ type: 'array' }) },
          default: { $ref: '#/components/responses/BadRequest' },
        },
      },
    },
    '/callback': {
      get: {
        responses: {
          '200': {
            description: 'a page',
            content: { 'text/html': { schema: { type: 'string' } } },
          },
          '302': { description: 'back to the app' },
        },
      },
    },
  },
  components: {
    schemas: {
      CreatedKey: {
        type: 'object',
        required: ['success', 'data'],
        properties: {
          success: { const: true },
          data: {
            type: 'object',
            required: ['key'],
            properties: { key: { type: 'string' } },
          },
        },
      },
      ErrorEnvelope: {
        type: 'object',
        required: ['success', 'error'],
        properties: {
          success: { const: false },
          error: {
            type: 'object',
            required: ['code'],
            properties: { code: { enum: ['validation_failed', 'invalid_json'] } },
          },
        },
      },
    },
    responses: {
      BadRequest: {
        description: 'invalid input',
        content: json({ $ref: '#/components/schemas/ErrorEnvelope' }),
      },
    },
  },
});

function exchange(
  overrides: Omit<Partial<ObservedExchange>, 'body'> & { body?: unknown },
): ObservedExchange {
  const { body, ...rest } = overrides;
  return {
    method: 'GET',
    url: 'http://127.0.0.1:3000/api/v1/keys/abc',
    status: 200,
    contentType: 'application/json; charset=utf-8',
    ...rest,
    body: typeof body === 'string' ? body : JSON.stringify(body ?? {}),
  };
}

const createdKey = (key: unknown) => ({ success: true, data: { key } });

describe('ResponseChecker', () => {
  const sut = new ResponseChecker(document);

  describe('check', () => {
    it('passes a response whose status, media type and body are documented', () => {
      const problems = sut.check(
        exchange({ method: 'POST', url: '/api/v1/keys', status: 201, body: createdKey('k') }),
      );

      expect(problems).toEqual([]);
    });

    it('reports a status the operation does not document', () => {
      const problems = sut.check(exchange({ status: 404, body: { success: false } }));

      expect(problems).toEqual(['GET /api/v1/keys/{id} answered 404, not documented']);
    });

    it('reports where a body breaks its schema', () => {
      const problems = sut.check(
        exchange({ method: 'POST', url: '/api/v1/keys', status: 201, body: createdKey(5) }),
      );

      expect(problems).toEqual(['POST /api/v1/keys 201 body: /data/key must be string, got 5']);
    });

    it('follows a $ref to a component response and its schema', () => {
      const valid = { success: false, error: { code: 'invalid_json' } };
      const invalid = { success: false, error: { code: 'teapot' } };
      const post = { method: 'POST', url: '/api/v1/keys', status: 400 };

      expect(sut.check(exchange({ ...post, body: valid }))).toEqual([]);
      expect(sut.check(exchange({ ...post, body: invalid }))).toEqual([
        'POST /api/v1/keys 400 body: /error/code must be equal to one of the allowed values ["validation_failed","invalid_json"], got "teapot"',
      ]);
    });

    it('checks a path against the literal template before the parameter one', () => {
      const problems = sut.check(exchange({ url: '/api/v1/keys/mine', body: [] }));

      expect(problems).toEqual([]);
    });

    it('ignores the query string', () => {
      const problems = sut.check(exchange({ url: '/api/v1/keys/mine?limit=2', body: {} }));

      expect(problems).toEqual(['GET /api/v1/keys/mine 200 body: must be array, got {}']);
    });

    it('falls back to the status range and then to default', () => {
      const error = { success: false, error: { code: 'validation_failed' } };

      expect(sut.check(exchange({ status: 503, body: error }))).toEqual([]);
      expect(sut.check(exchange({ url: '/api/v1/keys/mine', status: 418, body: error }))).toEqual(
        [],
      );
    });

    it('reports a media type the response does not document', () => {
      const problems = sut.check(exchange({ contentType: 'text/plain', body: 'hello' }));

      expect(problems).toEqual([
        'GET /api/v1/keys/{id} 200: answered text/plain, documented as application/json',
      ]);
    });

    it('reports a JSON media type whose body is not JSON', () => {
      const problems = sut.check(exchange({ body: '{"truncated":' }));

      expect(problems).toEqual(['GET /api/v1/keys/{id} 200 body: not JSON: {"truncated":']);
    });

    it('reports a body where the document says there is no content', () => {
      const remove = { method: 'DELETE', status: 204 };

      expect(sut.check(exchange({ ...remove, contentType: null, body: '' }))).toEqual([]);
      expect(sut.check(exchange({ ...remove, body: { gone: true } }))).toEqual([
        'DELETE /api/v1/keys/{id} 204: documented without content, but answered application/json',
      ]);
    });

    it('reports an empty body where the document promises JSON', () => {
      const problems = sut.check(exchange({ contentType: null, body: '' }));

      expect(problems).toEqual([
        'GET /api/v1/keys/{id} 200: answered no body, documented as application/json',
      ]);
    });

    it('checks only the status and media type of a body that is not JSON', () => {
      const page = { url: '/callback?code=x', contentType: 'text/html; charset=utf-8' };

      expect(sut.check(exchange({ ...page, body: '<html></html>' }))).toEqual([]);
      expect(sut.check(exchange({ ...page, status: 400, body: '<html></html>' }))).toEqual([
        'GET /callback answered 400, not documented',
      ]);
    });

    it('checks a HEAD against the GET operation, without a body', () => {
      const head = { method: 'HEAD', body: '' };

      expect(sut.check(exchange(head))).toEqual([]);
      expect(sut.check(exchange({ ...head, status: 404 }))).toEqual([
        'HEAD /api/v1/keys/{id} answered 404, not documented',
      ]);
    });

    it('lets a refusal of an undocumented method pass, but reports serving it', () => {
      const put = { method: 'PUT', url: '/api/v1/keys' };

      expect(sut.check(exchange({ ...put, status: 405 }))).toEqual([]);
      expect(sut.check(exchange({ ...put, status: 200 }))).toEqual([
        'PUT /api/v1/keys answered 200, but the document has no PUT operation for /api/v1/keys',
      ]);
    });

    it('does not check a path the document does not describe', () => {
      const problems = sut.check(exchange({ url: '/health/ready', status: 503 }));

      expect(problems).toEqual([]);
    });

    it('does not check a method OpenAPI cannot describe', () => {
      const problems = sut.check(exchange({ method: 'PROPFIND', status: 200 }));

      expect(problems).toEqual([]);
    });
  });

  describe('covers', () => {
    it('tells documented paths from others', () => {
      expect(sut.covers('http://127.0.0.1:3000/api/v1/keys/abc?x=1')).toBe(true);
      expect(sut.covers('http://127.0.0.1:4500/v2/user/info/')).toBe(false);
    });
  });
});
