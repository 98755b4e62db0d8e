import { Platform } from './platform.js';

/** Operators' endpoints of the gateway: probes stay on the public port, figures do not. */
describe('the gateway for operators', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await Platform.start({});
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('does not serve its metrics on the public port', async () => {
    const response = await platform.get('/metrics');

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      success: false,
      error: { code: 'route_not_found' },
    });
  });

  it('serves them on its metrics port, for Prometheus', async () => {
    const metrics = await platform.gatewayMetrics();

    expect(metrics).toMatch(/^process_cpu_user_seconds_total\{service="gateway"\} \d/m);
  });

  it('keeps the health probes on the public port, for load balancers', async () => {
    const response = await platform.get('/health/live');

    expect(response.status).toBe(200);
  });
});
