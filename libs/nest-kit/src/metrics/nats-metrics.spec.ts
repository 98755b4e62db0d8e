import { AppError, declareEvent, declareRequest } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import { Controller, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Registry } from 'prom-client';
import { z } from 'zod';
import { Handles } from '../messaging/handles.decorator.js';
import { ServiceClient } from '../nats/service-client.js';
import { TallyClientNats } from '../nats/tally-client-nats.js';
import { TallyServerNats } from '../nats/tally-server-nats.js';
import { RpcErrorFilter } from '../rpc/rpc-error.filter.js';

const Echo = declareRequest('probe.metrics.echo', {
  request: z.strictObject({ value: z.int(), delayMs: z.int().min(0).default(0) }),
  reply: z.object({ value: z.int() }),
});
const Find = declareRequest('probe.metrics.find', {
  request: z.strictObject({}),
  reply: z.never(),
});
const NobodyHome = declareRequest('probe.metrics.nobody', {
  request: z.strictObject({}),
  reply: z.never(),
});
const Ringed = declareEvent('probe.metrics.ringed', z.object({ times: z.int() }));

@Controller()
class ProbeHandler {
  @Handles(Echo)
  async echo(payload: z.output<typeof Echo.request>): Promise<{ value: number }> {
    await new Promise((resolve) => setTimeout(resolve, payload.delayMs));
    return { value: payload.value };
  }

  @Handles(Find)
  find(): never {
    throw new AppError('not_found', 'No such thing.');
  }

  @Handles(Ringed)
  ringed(): void {}
}

@Module({ controllers: [ProbeHandler] })
class ProbeModule {}

/** The value of the series of `name` with exactly these labels (0 when it has none yet). */
async function valueOf(
  registry: Registry,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const metric = registry.getSingleMetric(name.replace(/_count$/, ''));
  const values = (await metric?.get())?.values ?? [];
  const found = values.find(
    (value) =>
      (value as { metricName?: string }).metricName ===
        (name.endsWith('_count') ? name : undefined) &&
      Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted),
  );
  return found?.value ?? 0;
}

describe('NATS metrics', () => {
  const servers = [process.env.NATS_URL ?? 'nats://127.0.0.1:4222'];
  const subjectPrefix = process.env.NATS_SUBJECT_PREFIX;
  const clientMetrics = new Registry();
  const serverMetrics = new Registry();
  let microservice: INestMicroservice;
  let client: TallyClientNats;
  let bus: ServiceClient;

  beforeAll(async () => {
    microservice = await NestFactory.createMicroservice(ProbeModule, {
      strategy: new TallyServerNats({
        servers,
        name: 'metrics-probe',
        queue: 'metrics-probe',
        subjectPrefix,
        metrics: serverMetrics,
      }),
      logger: false,
    });
    microservice.useGlobalFilters(new RpcErrorFilter());
    await microservice.listen();
    client = new TallyClientNats({ servers, name: 'metrics-probe-client', subjectPrefix });
    bus = new ServiceClient(client, { requestTimeoutMs: 10_000 }, clientMetrics);
  });

  afterAll(async () => {
    await client?.close();
    await microservice?.close();
  });

  describe('of the requests an app sends', () => {
    it('counts and times an answered request by its contract subject, without the prefix', async () => {
      await bus.request(Echo, { value: 1 });

      expect(
        await valueOf(clientMetrics, 'tally_nats_requests_total', {
          subject: 'probe.metrics.echo',
          outcome: 'ok',
        }),
      ).toBe(1);
      expect(
        await valueOf(clientMetrics, 'tally_nats_request_duration_seconds_count', {
          subject: 'probe.metrics.echo',
          outcome: 'ok',
        }),
      ).toBe(1);
      expect(await clientMetrics.metrics()).not.toContain(`subject="${subjectPrefix}.`);
    });

    it("counts the service's error answer as error", async () => {
      await bus.request(Find, {}).catch(() => undefined);

      expect(
        await valueOf(clientMetrics, 'tally_nats_requests_total', {
          subject: 'probe.metrics.find',
          outcome: 'error',
        }),
      ).toBe(1);
    });

    it('counts a request answered after its timeout as timeout', async () => {
      await bus.request(Echo, { value: 2, delayMs: 500 }, { timeoutMs: 20 }).catch(() => undefined);

      expect(
        await valueOf(clientMetrics, 'tally_nats_requests_total', {
          subject: 'probe.metrics.echo',
          outcome: 'timeout',
        }),
      ).toBe(1);
    });

    it('counts a request nobody listens to as unavailable', async () => {
      await bus.request(NobodyHome, {}).catch(() => undefined);

      expect(
        await valueOf(clientMetrics, 'tally_nats_requests_total', {
          subject: 'probe.metrics.nobody',
          outcome: 'unavailable',
        }),
      ).toBe(1);
    });
  });

  describe('of the messages a service handles', () => {
    it('counts and times each answered request as ok', async () => {
      const before = await valueOf(serverMetrics, 'tally_nats_handled_total', {
        subject: 'probe.metrics.echo',
        outcome: 'ok',
      });

      await bus.request(Echo, { value: 3 });

      // The reply may reach the caller a moment before the handler's stream completes.
      const after = await waitFor(
        () =>
          valueOf(serverMetrics, 'tally_nats_handled_total', {
            subject: 'probe.metrics.echo',
            outcome: 'ok',
          }),
        (count) => count > before,
      );
      expect(after).toBe(before + 1);
      expect(
        await valueOf(serverMetrics, 'tally_nats_handled_duration_seconds_count', {
          subject: 'probe.metrics.echo',
          outcome: 'ok',
        }),
      ).toBe(after);
    });

    it("counts a refusal, the handler's or the schema's, as error", async () => {
      const errorsOf = async () => [
        await valueOf(serverMetrics, 'tally_nats_handled_total', {
          subject: 'probe.metrics.find',
          outcome: 'error',
        }),
        await valueOf(serverMetrics, 'tally_nats_handled_total', {
          subject: 'probe.metrics.echo',
          outcome: 'error',
        }),
      ];
      const [findBefore, echoBefore] = await errorsOf();

      await bus.request(Find, {}).catch(() => undefined);
      await bus
        .request(Echo, { value: 'four' } as unknown as { value: number })
        .catch(() => undefined);

      const errors = await waitFor(
        errorsOf,
        ([find, echo]) => find > findBefore && echo > echoBefore,
      );
      expect(errors).toEqual([findBefore + 1, echoBefore + 1]);
    });

    it('counts the events it handles', async () => {
      await bus.emit(Ringed, { times: 1 });

      const handled = await waitFor(
        () =>
          valueOf(serverMetrics, 'tally_nats_handled_total', {
            subject: 'probe.metrics.ringed',
            outcome: 'ok',
          }),
        (count) => count >= 1,
      );
      expect(handled).toBe(1);
    });
  });
});
