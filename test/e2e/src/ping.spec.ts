import { TestNatsServer, waitFor } from '@tally/testing';
import { Platform } from './platform.js';

const REQUEST_TIMEOUT_MS = 2000;

describe('GET /api/v1/ping across gateway, identity and creators', () => {
  let nats: TestNatsServer;
  let platform: Platform;

  beforeAll(async () => {
    nats = await TestNatsServer.start();
    platform = await Platform.start({
      NATS_URL: nats.url,
      NATS_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    });
  });

  afterAll(async () => {
    await platform?.stop();
    await nats?.dispose();
  });

  async function ping() {
    const startedAt = Date.now();
    const response = await platform.get('/api/v1/ping');
    return {
      response,
      body: (await response.json()) as Record<string, unknown>,
      elapsedMs: Date.now() - startedAt,
    };
  }

  it('answers ok for both services in the success envelope', async () => {
    const { response, body } = await ping();

    expect(response.status).toBe(200);
    expect(body).toEqual({ success: true, data: { identity: 'ok', creators: 'ok' } });
  });

  it("returns the caller's request id, or a new one", async () => {
    const echoed = await platform.get('/api/v1/ping', { 'x-request-id': 'trace-abc-123' });
    const generated = await platform.get('/api/v1/ping');

    expect(echoed.headers.get('x-request-id')).toBe('trace-abc-123');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 503 at once naming the service that is down, and recovers when it is back', async () => {
    await platform.stopIdentity();

    const down = await ping();
    expect(down.response.status).toBe(503);
    expect(down.body).toMatchObject({
      success: false,
      error: {
        code: 'service_unavailable',
        details: [{ service: 'identity', reason: 'no_responders' }],
        requestId: down.response.headers.get('x-request-id'),
      },
    });
    expect(down.elapsedMs).toBeLessThan(REQUEST_TIMEOUT_MS);

    await platform.startIdentity();
    expect((await ping()).response.status).toBe(200);
  });

  it('answers 503 within the timeout while NATS is down, and recovers without restarting any app', async () => {
    await nats.stop();

    const down = await ping();
    expect(down.response.status).toBe(503);
    expect(down.body).toMatchObject({ success: false, error: { code: 'service_unavailable' } });
    // One request timeout, with room for a busy machine; asking the services
    // one after the other would take two.
    expect(down.elapsedMs).toBeLessThan(REQUEST_TIMEOUT_MS * 1.75);

    await nats.start();
    const recovered = await waitFor(
      () => ping(),
      (result) => result.response.status === 200,
      { timeoutMs: 15000, intervalMs: 250 },
    );
    expect(recovered.body).toEqual({ success: true, data: { identity: 'ok', creators: 'ok' } });
  });

  it('reports readiness of the gateway from its NATS connection', async () => {
    const ready = await platform.get('/health/ready');

    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ok',
      checks: { nats: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('answers an unknown route with 404 in the error envelope', async () => {
    const response = await platform.get('/api/v1/no-such-route');

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      success: false,
      error: {
        code: 'route_not_found',
        details: [],
        requestId: response.headers.get('x-request-id'),
      },
    });
  });
});
