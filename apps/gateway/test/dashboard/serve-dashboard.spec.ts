import { waitFor } from '@tally/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayConfig } from '../../src/config/gateway.config.js';
import { startGateway } from '../../src/gateway.app.js';

const INDEX_HTML = '<!doctype html><title>Tally dashboard</title><div id="root"></div>';
const BROWSER = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
};

interface Envelope {
  success: boolean;
  error?: { code: string };
}

describe('the dashboard served by the gateway', () => {
  let directory: string;
  let gateway: NestFastifyApplication;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'tally-dashboard-'));
    writeFileSync(join(directory, 'index.html'), INDEX_HTML);
    mkdirSync(join(directory, 'assets'));
    writeFileSync(join(directory, 'assets', 'app-1234.js'), 'console.log("app");');
    const env: Record<string, string | undefined> = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
    };
    delete env.DASHBOARD_DIST_DIR;
    gateway = await startGateway(loadGatewayConfig(env), {
      installSignalHandlers: false,
      dashboardDir: directory,
    });
  });

  afterAll(async () => {
    if (gateway) {
      // Closing while the rate limiter still connects to Redis leaves a timer behind.
      await waitFor(
        () => gateway.inject({ method: 'GET', url: '/health/ready' }),
        (response) =>
          response.json<{ checks: Record<string, { status: string } | undefined> }>().checks.redis
            ?.status === 'up',
        { timeoutMs: 5000, intervalMs: 20 },
      );
      await gateway.close();
    }
    rmSync(directory, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    gateway.inject({ method: 'GET', url, headers });

  it('answers its pages with the app, 200 and its security headers', async () => {
    for (const url of ['/', '/creators', '/creators/abc', '/settings/developer/api-keys']) {
      const response = await get(url, BROWSER);
      expect([url, response.statusCode]).toEqual([url, 200]);
      expect(response.body).toBe(INDEX_HTML);
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it.each(['/nope', '/settings/whatever', '/creators-archive/1', '/nope?x=1'])(
    'answers a browser navigating to the unknown %s with the app and 404, so it shows its not-found page',
    async (url) => {
      const response = await get(url, BROWSER);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(INDEX_HTML);
    },
  );

  it.each([
    '/api/v1/nope',
    '/.well-known/nope',
    '/docs/nope',
    '/health/nope',
    '/metrics/nope',
    '/admin/nope',
    '/assets/missing.js',
  ])('keeps the JSON 404 envelope for %s, even for a browser', async (url) => {
    const response = await get(url, BROWSER);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.json<Envelope>()).toMatchObject({
      success: false,
      error: { code: 'route_not_found' },
    });
  });

  it("keeps OAuth's own JSON error for an unknown /oauth path, even for a browser", async () => {
    const response = await get('/oauth/nope', BROWSER);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.body).not.toContain('Tally dashboard');
  });

  it.each<Record<string, string>>([{}, { accept: '*/*' }, { accept: 'application/json' }])(
    'keeps the JSON 404 envelope for an unknown path asked without text/html (%j)',
    async (headers) => {
      const response = await get('/nope', headers);
      expect(response.statusCode).toBe(404);
      expect(response.json<Envelope>().error?.code).toBe('route_not_found');
    },
  );

  it('keeps the JSON 404 envelope for other methods', async () => {
    const response = await gateway.inject({ method: 'POST', url: '/nope', headers: BROWSER });
    expect(response.statusCode).toBe(404);
    expect(response.json<Envelope>().error?.code).toBe('route_not_found');
  });

  it('still serves the assets and the API', async () => {
    const asset = await get('/assets/app-1234.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const live = await get('/health/live', BROWSER);
    expect(live.statusCode).toBe(200);
  });
});
