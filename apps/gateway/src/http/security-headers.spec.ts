import Fastify from 'fastify';
import { helmetHeaders, registerSecurityHeaders } from './security-headers.js';

const HELMET_DEFAULTS_WITHOUT_CSP = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe('security headers', () => {
  it("are helmet's, learnt from its middleware with the options given", () => {
    expect(helmetHeaders({ contentSecurityPolicy: false })).toEqual(HELMET_DEFAULTS_WITHOUT_CSP);
    expect(
      helmetHeaders({ contentSecurityPolicy: false, xFrameOptions: false }),
    ).not.toHaveProperty('x-frame-options');
    expect(helmetHeaders({})['content-security-policy']).toContain("default-src 'self'");
  });

  it('go out on every answer: a route, an error and an unknown path', async () => {
    const fastify = Fastify();
    registerSecurityHeaders(fastify);
    fastify.get('/ok', () => ({ ok: true }));
    fastify.get('/fails', () => {
      throw Object.assign(new Error('refused'), { statusCode: 409 });
    });

    for (const [url, status] of [
      ['/ok', 200],
      ['/fails', 409],
      ['/nowhere', 404],
    ] as const) {
      const response = await fastify.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(status);
      expect(response.headers).toMatchObject(HELMET_DEFAULTS_WITHOUT_CSP);
      expect(response.headers).not.toHaveProperty('content-security-policy');
    }
    await fastify.close();
  });
});
