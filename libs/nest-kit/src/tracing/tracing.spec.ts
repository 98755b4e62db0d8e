import { declareRequest, Queues } from '@tally/contracts';
import { waitFor } from '@tally/testing';
import { Controller, Module } from '@nestjs/common';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Job } from 'bullmq';
import { Writable } from 'node:stream';
import { z } from 'zod';
import { startProbeService, type ProbeService } from '../../test/support/probe-service.js';
import { createLogger } from '../logging/logger.js';
import { Handles } from '../messaging/handles.decorator.js';
import { QueueFactory } from '../queues/queue-factory.js';
import { injectTraceContext, startNatsProcessSpan, withNatsSendSpan } from './nats-trace.js';
import { markTracingActive } from './tracing-state.js';

const exporter = new InMemorySpanExporter();
const tracer = () => trace.getTracer('tracing.spec');

/** A trace of its own for `fn`, as an incoming HTTP request would start. */
function inTrace<T>(fn: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan('incoming', async (span) => {
    try {
      return await fn();
    } finally {
      span.end();
    }
  });
}

const spanNamed = (name: string) => exporter.getFinishedSpans().find((span) => span.name === name);

const ReadTrace = declareRequest('probe.trace.read', {
  request: z.strictObject({}),
  reply: z.object({ traceId: z.string().optional() }),
});

@Controller()
class TraceProbeHandler {
  @Handles(ReadTrace)
  read(): { traceId: string | undefined } {
    return { traceId: trace.getActiveSpan()?.spanContext().traceId };
  }
}

@Module({ controllers: [TraceProbeHandler] })
class TraceProbeModule {}

describe('tracing across hops, with tracing on', () => {
  beforeAll(() => {
    // What startTracing sets up, with the spans kept in memory instead of exported.
    new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).register();
    markTracingActive();
  });

  afterEach(() => exporter.reset());

  describe('NATS headers', () => {
    it('carry the active span as the W3C traceparent', async () => {
      const headers = natsHeaders();

      const span = await inTrace(async () => {
        injectTraceContext(headers);
        return trace.getActiveSpan();
      });

      const { traceId, spanId } = span!.spanContext();
      expect(headers.get('traceparent')).toBe(`00-${traceId}-${spanId}-01`);
    });

    it("make a received message's span a child of the sender's", async () => {
      const headers = natsHeaders();
      const sender = await inTrace(async () =>
        withNatsSendSpan('request', 'probe.thing.read', async () => {
          injectTraceContext(headers);
          return trace.getActiveSpan()!.spanContext();
        }),
      );

      const received = startNatsProcessSpan('probe.thing.read', headers);
      received?.span.end();

      const process = spanNamed('process probe.thing.read');
      expect(process?.kind).toBe(SpanKind.SERVER);
      expect(process?.spanContext().traceId).toBe(sender.traceId);
      expect(process?.parentSpanContext?.spanId).toBe(sender.spanId);
    });

    it('start no span for a message sent outside any trace', async () => {
      const headers = natsHeaders();

      await withNatsSendSpan('publish', 'probe.thing.polled', async () =>
        injectTraceContext(headers),
      );

      expect(startNatsProcessSpan('probe.thing.polled', headers)).toBeUndefined();
      expect(exporter.getFinishedSpans()).toEqual([]);
    });
  });

  describe('a request over the real NATS', () => {
    let probe: ProbeService;

    beforeAll(async () => {
      probe = await startProbeService(TraceProbeModule);
    });

    afterAll(async () => {
      await probe?.close();
    });

    it("is handled inside the caller's trace, one span on each side", async () => {
      const { reply, traceId } = await inTrace(async () => ({
        reply: await probe.bus.request(ReadTrace, {}),
        traceId: trace.getActiveSpan()!.spanContext().traceId,
      }));

      await waitFor(async () => spanNamed('process probe.trace.read'), Boolean, {
        timeoutMs: 10_000,
        intervalMs: 20,
      });
      const request = spanNamed('request probe.trace.read');
      const process = spanNamed('process probe.trace.read');
      expect(reply.traceId).toBe(traceId);
      expect(request?.kind).toBe(SpanKind.CLIENT);
      expect(request?.attributes['messaging.destination.name']).toBe('probe.trace.read');
      expect(process?.parentSpanContext?.spanId).toBe(request?.spanContext().spanId);
    });
  });

  describe('log lines', () => {
    function capture() {
      const lines: Record<string, unknown>[] = [];
      const destination = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
          done();
        },
      });
      return { lines, logger: createLogger({ service: 'probe', level: 'info', destination }) };
    }

    it("carry the active span's trace and span ids", async () => {
      const { lines, logger } = capture();

      const span = await inTrace(async () => {
        logger.info('inside');
        return trace.getActiveSpan()!.spanContext();
      });

      expect(lines[0]).toMatchObject({ trace_id: span.traceId, span_id: span.spanId });
    });

    it('carry none outside a trace', () => {
      const { lines, logger } = capture();

      logger.info('outside');

      expect(lines[0]).not.toHaveProperty('trace_id');
      expect(lines[0]).not.toHaveProperty('span_id');
    });
  });

  describe('a BullMQ job', () => {
    const factory = new QueueFactory({
      url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
    });

    it('is processed in the trace it was added in', async () => {
      const queue = factory.queue(Queues.creatorRevocations);
      const processed: string[] = [];
      const worker = factory.worker(
        Queues.creatorRevocations,
        async (_job: Job) => {
          processed.push(trace.getActiveSpan()?.spanContext().traceId ?? 'none');
        },
        { concurrency: 1 },
      );
      try {
        const traceId = await inTrace(async () => {
          await queue.queue.add('probe', {});
          return trace.getActiveSpan()!.spanContext().traceId;
        });

        await waitFor(
          async () => processed.length,
          (count) => count > 0,
          {
            timeoutMs: 20_000,
            intervalMs: 50,
          },
        );
        expect(processed).toEqual([traceId]);
      } finally {
        await worker.close();
        await queue.queue.obliterate({ force: true });
        await queue.close();
      }
    });
  });
});
