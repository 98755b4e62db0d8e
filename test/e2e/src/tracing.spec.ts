import { freePort, waitFor } from '@tally/testing';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { AppProcess, type AppName } from './faults/processes/app-process.js';
import { FleetClient } from './faults/processes/fleet-client.js';
import { CONNECT_CALLBACK_PATH } from './platform.js';
import { PlatformSandbox } from './platform-sandbox.js';

// Four app processes start on a 2-core machine, then a sync runs through all of them.
jest.setTimeout(180_000);

/** OTLP's span kinds, as numbers in OTLP/JSON. */
const SpanKind = { internal: 1, server: 2, client: 3, producer: 4, consumer: 5 } as const;

interface ReceivedSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}

interface OtlpTraces {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: {
      scope?: { name?: string };
      spans?: (Omit<ReceivedSpan, 'service' | 'scope' | 'attributes'> & {
        attributes?: OtlpAttribute[];
      })[];
    }[];
  }[];
}

/** A collector of the test's own: every span the apps export over OTLP/HTTP (JSON). */
class OtlpReceiver {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly spans: ReceivedSpan[],
  ) {}

  static async start(): Promise<OtlpReceiver> {
    const port = await freePort();
    const spans: ReceivedSpan[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (request.url === '/v1/traces')
          spans.push(...spansOf(JSON.parse(Buffer.concat(chunks).toString()) as OtlpTraces));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return new OtlpReceiver(server, `http://127.0.0.1:${port}`, spans);
  }

  trace(traceId: string): ReceivedSpan[] {
    return this.spans.filter((span) => span.traceId === traceId);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function spansOf(body: OtlpTraces): ReceivedSpan[] {
  return (body.resourceSpans ?? []).flatMap((resourceSpans) => {
    const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name']);
    return (resourceSpans.scopeSpans ?? []).flatMap((scopeSpans) =>
      (scopeSpans.spans ?? []).map((span) => ({
        ...span,
        service,
        scope: scopeSpans.scope?.name ?? '',
        attributes: attributesOf(span.attributes),
      })),
    );
  });
}

function attributesOf(attributes: OtlpAttribute[] = []): Record<string, unknown> {
  return Object.fromEntries(
    attributes.map(({ key, value }) => [key, Object.values(value)[0]] as const),
  );
}

const APP_ENV: Record<AppName, Record<string, string>> = {
  gateway: { SYNC_WAIT_MS: '100' },
  identity: { IDENTITY_HEALTH_PORT: '0' },
  creators: { CREATORS_HEALTH_PORT: '0' },
  'sync-worker': { SYNC_WORKER_HEALTH_PORT: '0', SYNC_SCHEDULER_ENABLED: 'false' },
};

/**
 * Issue #23, traces: with OTEL_EXPORTER_OTLP_ENDPOINT set, one customer
 * request that queues a sync is one trace, from the gateway through creators
 * (over NATS) and Postgres to the sync job (through BullMQ) and its calls to
 * the platform, whichever process each span comes from.
 */
describe('traces across every hop', () => {
  let receiver: OtlpReceiver;
  let sandbox: PlatformSandbox;
  let apps: AppProcess[] = [];
  let client: FleetClient;

  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    const gatewayUrl = `http://127.0.0.1:${await freePort()}`;
    sandbox = await PlatformSandbox.start([`${gatewayUrl}${CONNECT_CALLBACK_PATH}`]);
    const shared = {
      ...process.env,
      ...sandbox.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      METRICS_PORT: '0',
      DATABASE_POOL_SIZE: '4',
      PUBLIC_BASE_URL: gatewayUrl,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      // Spans leave every 200 ms instead of every 5 s: the test waits less.
      OTEL_BSP_SCHEDULE_DELAY: '200',
    };
    apps = (['identity', 'creators', 'sync-worker', 'gateway'] as const).map(
      (app) =>
        new AppProcess(app, app, {
          ...shared,
          ...APP_ENV[app],
          ...(app === 'gateway' ? { PORT: new URL(gatewayUrl).port } : {}),
        }),
    );
    await Promise.all(apps.map((app) => app.start()));
    client = await FleetClient.signUp(gatewayUrl, sandbox);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.dispose()));
    await sandbox?.close();
    await receiver?.close();
  });

  it('follows a sync request from the gateway to the platform in one trace', async () => {
    const creatorId = await client.connect(await sandbox.addCreator(3));
    // The connection's own first sync finishes first: the request below queues a sync of its own.
    await waitFor(
      async () => (await client.syncStatus(creatorId)).lastSyncedAt,
      (syncedAt) => Boolean(syncedAt),
      { timeoutMs: 60_000, intervalMs: 200 },
    );

    const syncPath = `/api/v1/creators/${creatorId}/sync`;
    const requestId = `trace-probe-${randomUUID()}`;
    const response = await fetch(`${client.gatewayUrl}${syncPath}`, {
      method: 'POST',
      headers: { ...client.headers, 'x-request-id': requestId },
    });
    expect([200, 202]).toContain(response.status);

    const isSyncRequest = (span: ReceivedSpan) =>
      span.service === 'gateway' &&
      span.kind === SpanKind.server &&
      span.attributes['http.request.method'] === 'POST' &&
      String(span.attributes['url.path'] ?? span.attributes['http.target']).startsWith(syncPath);
    const root = await waitFor(async () => receiver.spans.find(isSyncRequest), Boolean, {
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    if (!root) throw new Error(`no gateway span for POST ${syncPath}`);
    const hops = {
      'a gateway HTTP server span': (span: ReceivedSpan) => span === root,
      'the request id the customer sent': (span: ReceivedSpan) =>
        span.attributes['tally.request_id'] === requestId,
      "the gateway's NATS request": (span: ReceivedSpan) =>
        span.service === 'gateway' && span.name.startsWith('request creators.'),
      "creators' handling of it": (span: ReceivedSpan) =>
        span.service === 'creators' && span.name.startsWith('process creators.'),
      'a Postgres query': (span: ReceivedSpan) =>
        span.attributes['db.system.name'] === 'postgresql' ||
        span.attributes['db.system'] === 'postgresql',
      'the BullMQ job, processed by the sync worker': (span: ReceivedSpan) =>
        span.service === 'sync-worker' && span.kind === SpanKind.consumer,
      'an HTTP call to the platform': (span: ReceivedSpan) =>
        span.service === 'sync-worker' &&
        span.kind === SpanKind.client &&
        String(span.attributes['url.full'] ?? '').startsWith(sandbox.url),
    };
    const missing = () =>
      Object.entries(hops)
        .filter(([, matches]) => !receiver.trace(root.traceId).some(matches))
        .map(([hop]) => hop);

    await waitFor(
      async () => missing(),
      (left) => left.length === 0,
      {
        timeoutMs: 60_000,
        intervalMs: 250,
      },
    );

    expect({ missing: missing(), spans: describeTrace(receiver.trace(root.traceId)) }).toEqual({
      missing: [],
      spans: expect.any(Array),
    });
  });
});

/** What a failure shows: the trace as received, one line a span. */
function describeTrace(spans: ReceivedSpan[]): string[] {
  return spans.map((span) => `${span.service} ${span.scope} kind=${span.kind} ${span.name}`);
}
