import { AppError, CreatorsPing } from '@tally/contracts';
import { ServiceClient, TallyClientNats } from '@tally/nest-kit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadCreatorsConfig } from '../src/config/creators.config.js';
import { startCreators } from '../src/creators.app.js';

describe('creators over NATS', () => {
  let app: NestFastifyApplication;
  let client: TallyClientNats;
  let bus: ServiceClient;

  beforeAll(async () => {
    const config = loadCreatorsConfig({ ...process.env, CREATORS_HEALTH_PORT: '0' });
    app = await startCreators(config, { installSignalHandlers: false });
    client = new TallyClientNats({
      servers: config.NATS_URL,
      name: 'creators-test',
      subjectPrefix: config.NATS_SUBJECT_PREFIX,
    });
    bus = new ServiceClient(client, { requestTimeoutMs: 2000 });
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
  });

  it('answers its ping', async () => {
    await expect(bus.request(CreatorsPing, {})).resolves.toEqual({
      service: 'creators',
      status: 'ok',
    });
  });

  it("is not reached on another deployment's subjects", async () => {
    const other = new TallyClientNats({
      servers: ['nats://127.0.0.1:4222'],
      name: 'other',
      subjectPrefix: 'someone-else',
    });
    const otherBus = new ServiceClient(other, { requestTimeoutMs: 2000 });
    try {
      const failure = await otherBus.request(CreatorsPing, {}).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AppError);
      expect(failure).toMatchObject({
        code: 'service_unavailable',
        details: [{ service: 'creators', reason: 'no_responders' }],
      });
    } finally {
      await other.close();
    }
  });

  it('reports itself ready with Postgres, Redis and NATS up', async () => {
    const response = await app.inject({ method: 'GET', url: '/health/ready' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      checks: { postgres: { status: 'up' }, redis: { status: 'up' }, nats: { status: 'up' } },
    });
  });

  it('serves Prometheus metrics', async () => {
    const response = await app.inject({ method: 'GET', url: '/metrics' });

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('process_cpu_user_seconds_total{service="creators"}');
  });
});
