import { REQUEST_ID_HEADER } from '@tally/contracts';
import {
  type IncomingEvent,
  type IncomingRequest,
  type MessageHandler,
  NatsContext,
  ServerNats,
  Transport,
} from '@nestjs/microservices';
import { NO_MESSAGE_HANDLER } from '@nestjs/microservices/constants.js';
import { context as traceContext, type Span } from '@opentelemetry/api';
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { finalize, isObservable } from 'rxjs';
import type { Registry } from 'prom-client';
import { metricsRegistry } from '../metrics/metrics-registry.js';
import { natsHandledMetrics } from '../metrics/nats-metrics.js';
import { RequestContext } from '../request-context/request-context.js';
import { startNatsProcessSpan } from '../tracing/nats-trace.js';
import { tracingActive } from '../tracing/tracing-state.js';
import { JsonTextReplySerializer } from './json-text-replies.js';
import { MeasuredHandlers } from './measured-handlers.js';
import { natsConnectionOptions, NatsConnectionSettings } from './nats-connection-options.js';
import { prefixSubject } from './subject-prefix.js';

export interface TallyServerNatsOptions extends NatsConnectionSettings {
  /** Queue group: replicas of one service share the messages. */
  queue: string;
  subjectPrefix?: string;
  /** Where handled messages are counted; the registry of the service named `queue` unless given. */
  metrics?: Registry;
}

/**
 * Nest's NATS server with these additions: every subject is namespaced by the
 * deployment's prefix, each message is handled inside a request context
 * carrying the caller's request id, each is counted and timed by subject,
 * replies' JSON text fields travel as bytes (JsonTextReplySerializer), and a
 * request whose handler resolves to a value is answered at once (see
 * handleMessage).
 */
export class TallyServerNats extends ServerNats {
  private readonly subjectPrefix: string | undefined;
  private readonly handled: MeasuredHandlers;
  /** Request handlers called without Nest's RPC pipeline, by subject (see answerDirectly). */
  private direct = new Map<string, MessageHandler>();
  /** The span of each message being handled, closed by the end hook (tracing on only). */
  private readonly spans = new WeakMap<NatsContext, Span>();

  constructor(options: TallyServerNatsOptions) {
    super({
      ...natsConnectionOptions(options),
      queue: options.queue,
      waitOnFirstConnect: true,
      gracefulShutdown: true,
      gracePeriod: 1000,
      serializer: new JsonTextReplySerializer(),
    });
    this.subjectPrefix = options.subjectPrefix;
    this.handled = new MeasuredHandlers(
      natsHandledMetrics(options.metrics ?? metricsRegistry(options.queue)),
    );
    this.setOnProcessingStartHook((_transport, context, done) => {
      const headers = context instanceof NatsContext ? context.getHeaders() : undefined;
      const candidate: unknown = headers?.get?.(REQUEST_ID_HEADER);
      const requestId = RequestContext.acceptOrGenerate(candidate);
      const traced =
        tracingActive() &&
        context instanceof NatsContext &&
        startNatsProcessSpan(unprefixed(context.getSubject(), this.subjectPrefix), headers);
      if (!traced) return RequestContext.run({ requestId }, done);
      this.spans.set(context as NatsContext, traced.span);
      return traceContext.with(traced.context, () => RequestContext.run({ requestId }, done));
    });
    if (tracingActive()) {
      this.setOnProcessingEndHook((_transport, context) => {
        if (!(context instanceof NatsContext)) return;
        this.spans.get(context)?.end();
        this.spans.delete(context);
      });
    }
  }

  /**
   * Request handlers to call straight instead of through Nest's RPC pipeline
   * (see directRequestHandlers); set before the server listens.
   */
  answerDirectly(handlers: Map<string, MessageHandler>): void {
    this.direct = handlers;
  }

  override bindEvents(client: NatsConnection): void {
    // The base class subscribes with the handler's own pattern; prefixing only the
    // subscribed subject keeps handler lookup on the contract subject.
    const prefixing = {
      subscribe: (subject: string, options: Parameters<NatsConnection['subscribe']>[1]) =>
        client.subscribe(prefixSubject(this.subjectPrefix, subject), options),
    } as unknown as NatsConnection;
    super.bindEvents(prefixing);
  }

  /** Nest's, without its async wrapper: a message costs the promise handleMessage returns, no more. */
  override getMessageHandler(channel: string): (error: unknown, message: Msg) => void {
    return (error, message) => {
      if (error) {
        this.logger.error(error as Error);
        return;
      }
      this.handleMessage(channel, message).catch((failure: string) => this.handleError(failure));
    };
  }

  /**
   * Nest turns every handler's result into a stream and replies from it on
   * the next tick (a dozen rxjs operators, closures and a nextTick per
   * message). A request whose handler resolves to a plain value, as every
   * successful request here does, is answered straight from it, in the same
   * packet (`{ id, response, isDisposed: true }`); a stream (a refusal comes
   * as the error filter's stream) and every event go Nest's way. A request
   * costs one promise of its own here (the handler's, followed once), where
   * awaiting each step cost five.
   */
  override handleMessage(channel: string, natsMsg: Msg): Promise<void> {
    if (!natsMsg.reply) return super.handleMessage(channel, natsMsg);
    // Nest's JSON deserializer answers at once; another one may not.
    const deserialized: IncomingPacket | Promise<IncomingPacket> = this.deserializer.deserialize(
      natsMsg,
      { channel, replyTo: natsMsg.reply },
    );
    return deserialized instanceof Promise
      ? deserialized.then((message) => this.answerRequest(channel, natsMsg, message))
      : this.answerRequest(channel, natsMsg, deserialized);
  }

  private answerRequest(channel: string, natsMsg: Msg, message: IncomingPacket): Promise<void> {
    const context = new NatsContext([natsMsg.subject, natsMsg.headers]);
    if (!('id' in message) || message.id === undefined) {
      return this.handleEvent(channel, message, context);
    }
    const publish = this.getPublisher(natsMsg, message.id, context);
    const handler = this.getHandlerByPattern(channel);
    if (!handler) {
      publish({ id: message.id, status: 'error', err: NO_MESSAGE_HANDLER });
      return ANSWERED;
    }
    const runEndHook = this.createProcessingEndHookRunner(context);
    const answer = (result: unknown): void => {
      if (isObservable(result)) {
        this.send(result.pipe(finalize(runEndHook)), publish);
        return;
      }
      try {
        publish({ response: result, isDisposed: true });
      } catch (error) {
        this.logger.error(error);
      } finally {
        runEndHook();
      }
    };
    const failed = (error: unknown): never => {
      runEndHook();
      throw error;
    };
    // The start hook (request context, trace span) calls `done` at once, around the handler's start.
    let answering = ANSWERED;
    this.onProcessingStartHook(this.transportId ?? Transport.NATS, context, () => {
      let result: unknown;
      try {
        result = handler(message.data, context);
      } catch (error) {
        // As Nest does: a handler's failure reaches the message handler's catch.
        answering = Promise.reject(error).catch(failed);
        return answering;
      }
      answering =
        result instanceof Promise ? result.then(answer, failed) : (answer(result), ANSWERED);
      return answering;
    });
    return answering;
  }

  /**
   * Nest tries `JSON.parse` on every message's pattern first; a subject such
   * as `identity.users.me` is never JSON, so each message paid for a thrown
   * SyntaxError (its stack trace included). A pattern that starts with a
   * letter is JSON only as `true`, `false` or `null`, which go the long way.
   */
  protected override getRouteFromPattern(pattern: string): string {
    return isPlainSubject(pattern)
      ? this.normalizePattern(pattern)
      : super.getRouteFromPattern(pattern);
  }

  // Every message, request or event, finds its handler here once: the one place that sees them all.
  override getHandlerByPattern(pattern: string): MessageHandler | null {
    const handler = this.direct.get(pattern) ?? super.getHandlerByPattern(pattern);
    return handler && this.handled.of(pattern, handler);
  }
}

type IncomingPacket = IncomingRequest | IncomingEvent;

const ANSWERED: Promise<void> = Promise.resolve();

const JSON_WORDS = new Set(['true', 'false', 'null']);

/** A subject that cannot be read as JSON: it starts with a letter and is not a JSON word. */
export function isPlainSubject(pattern: string): boolean {
  const first = pattern.charCodeAt(0);
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  return letter && !JSON_WORDS.has(pattern);
}

/** A received message's contract subject: the wire subject without the deployment's prefix. */
function unprefixed(subject: string, prefix: string | undefined): string {
  return prefix && subject.startsWith(`${prefix}.`) ? subject.slice(prefix.length + 1) : subject;
}
