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
});
