import { buildSandbox } from './sandbox.app.js';

describe('tiktok sandbox', () => {
  it('answers its health routes', async () => {
    const app = await buildSandbox();

    const live = await app.inject({ method: 'GET', url: '/health/live' });
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });

    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    expect(ready.statusCode).toBe(200);
    await app.close();
  });

  it('serves Prometheus metrics with the calls it answered per endpoint and status', async () => {
    const app = await buildSandbox();
    await app.inject({ method: 'POST', url: '/v2/user/info/?fields=open_id' });
    await app.inject({ method: 'GET', url: '/v2/user/info/?fields=open_id' });

    const metrics = await app.inject({ method: 'GET', url: '/metrics' });

    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.body).toMatch(/^process_cpu_user_seconds_total\{service="platform-sandbox"\} /m);
    expect(metrics.body).toMatch(
      /^tally_sandbox_calls\{endpoint="\/v2\/user\/info\/",status="401",service="platform-sandbox"\} 1$/m,
    );
    expect(metrics.body).toMatch(/^tally_sandbox_revocations\{service="platform-sandbox"\} 0$/m);
    await app.close();
  });
});
