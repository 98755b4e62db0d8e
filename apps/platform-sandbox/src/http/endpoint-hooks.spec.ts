import type { FastifyInstance } from 'fastify';
import {
  adminPost,
  approvedCode,
  connect,
  exchange,
  listVideos,
  type Sandbox,
  startSandbox,
  userInfo,
} from '../../test/support/sandbox-harness.js';

describe('endpoint hooks', () => {
  let sandbox: Sandbox;
  let app: FastifyInstance;

  beforeEach(async () => {
    sandbox = await startSandbox({ rateLimitPerMinute: 3 });
    app = sandbox.app;
  });

  afterEach(() => app.close());

  describe('rate limit', () => {
    it('answers 429 rate_limit_exceeded past the limit of one endpoint in a minute', async () => {
      const tokens = await connect(app);
      for (let call = 0; call < 3; call += 1) await listVideos(app, tokens.access_token);

      const limited = await listVideos(app, tokens.access_token);

      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ data: {}, error: { code: 'rate_limit_exceeded' } });
    });

    it('counts each endpoint on its own', async () => {
      const tokens = await connect(app);
      for (let call = 0; call < 4; call += 1) await listVideos(app, tokens.access_token);

      const other = await userInfo(app, tokens.access_token, 'open_id');

      expect(other.statusCode).toBe(200);
    });

    it('lets calls through again as the minute slides', async () => {
      const tokens = await connect(app);
      for (let call = 0; call < 4; call += 1) await listVideos(app, tokens.access_token);
      sandbox.clock.advance(60_001);

      const response = await listVideos(app, tokens.access_token);

      expect(response.statusCode).toBe(200);
    });

    it('counts the 429s in /sandbox/stats', async () => {
      const tokens = await connect(app);
      for (let call = 0; call < 5; call += 1) await listVideos(app, tokens.access_token);

      const stats = (await app.inject({ method: 'GET', url: '/sandbox/stats' })).json();

      expect(stats.endpoints['/v2/video/list/']).toEqual({
        calls: 5,
        byStatus: { '200': 3, '429': 2 },
      });
      expect(stats.endpoints['/v2/oauth/token/']).toEqual({ calls: 1, byStatus: { '200': 1 } });
    });
  });

  describe('faults', () => {
    it('answers an injected 500 in the Display API envelope, then recovers', async () => {
      const tokens = await connect(app);
      await adminPost(app, '/sandbox/faults', { endpoint: '/v2/user/info/', status: 500 });

      const faulty = await userInfo(app, tokens.access_token, 'open_id');
      const next = await userInfo(app, tokens.access_token, 'open_id');

      expect(faulty.statusCode).toBe(500);
      expect(faulty.json()).toMatchObject({ error: { code: 'internal_error' } });
      expect(next.statusCode).toBe(200);
    });

    it('hits as many calls as `times` says', async () => {
      const tokens = await connect(app);
      await adminPost(app, '/sandbox/faults', {
        endpoint: '/v2/user/info/',
        error: 'access_token_invalid',
        times: 2,
      });

      const statuses = [];
      for (let call = 0; call < 3; call += 1) {
        statuses.push((await userInfo(app, tokens.access_token, 'open_id')).statusCode);
      }

      expect(statuses).toEqual([401, 401, 200]);
    });

    it('answers an HTML page for a garbage fault', async () => {
      const tokens = await connect(app);
      await adminPost(app, '/sandbox/faults', { endpoint: '/v2/video/list/', garbage: true });

      const response = await listVideos(app, tokens.access_token);

      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(() => JSON.parse(response.body)).toThrow();
    });

    it('answers an OAuth error body on the token endpoint, with Retry-After if asked', async () => {
      await adminPost(app, '/sandbox/faults', {
        endpoint: '/v2/oauth/token/',
        status: 503,
        error: 'temporarily_unavailable',
        retryAfterSeconds: 7,
      });

      const response = await exchange(app, await approvedCode(app));

      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('7');
      expect(response.json()).toMatchObject({ error: 'temporarily_unavailable' });
    });

    it('refuses a fault for an endpoint the sandbox does not play', async () => {
      const response = await adminPost(app, '/sandbox/faults', { endpoint: '/v1/anything/' });

      expect(response.statusCode).toBe(400);
    });
  });

  describe('latency', () => {
    it('delays every TikTok endpoint by the configured latency', async () => {
      const { app: slow } = await startSandbox({ latencyMs: 150 });
      const started = Date.now();

      await slow.inject({ method: 'GET', url: '/v2/user/info/?fields=open_id' });

      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      await slow.close();
    });
  });
});
