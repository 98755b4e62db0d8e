import type { z } from 'zod';

/**
 * A request-reply message between services: its subject and the schema of
 * each side. The client is typed by it and the handler validates on receipt
 * with the same schema, so a field renamed on one side breaks both builds.
 */
export interface RequestDeclaration<
  TRequest extends z.ZodType = z.ZodType,
  TReply extends z.ZodType = z.ZodType,
> {
  readonly kind: 'request';
  readonly subject: string;
  readonly request: TRequest;
  readonly reply: TReply;
}

/** An event: its subject and the schema of its payload. */
export interface EventDeclaration<TPayload extends z.ZodType = z.ZodType> {
  readonly kind: 'event';
  readonly subject: string;
  readonly payload: TPayload;
}

export function declareRequest<TRequest extends z.ZodType, TReply extends z.ZodType>(
  subject: string,
  schemas: { request: TRequest; reply: TReply },
): RequestDeclaration<TRequest, TReply> {
  return { kind: 'request', subject, ...schemas };
}

export function declareEvent<TPayload extends z.ZodType>(
  subject: string,
  payload: TPayload,
): EventDeclaration<TPayload> {
  return { kind: 'event', subject, payload };
}

/** What a caller sends (before the schema's defaults and transforms). */
export type RequestOf<D extends RequestDeclaration> = z.input<D['request']>;
/** What a handler receives, once validated. */
export type ReceivedRequestOf<D extends RequestDeclaration> = z.output<D['request']>;
/** What a handler answers and a caller gets back. */
export type ReplyOf<D extends RequestDeclaration> = z.output<D['reply']>;
/** What a publisher sends. */
export type EventToSend<D extends EventDeclaration> = z.input<D['payload']>;
/** What a subscriber receives, once validated. */
export type EventPayloadOf<D extends EventDeclaration> = z.output<D['payload']>;
