import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { type ExchangeSink, MAX_OBSERVED_BODY_BYTES } from './exchange-sink.js';

/** Published by node:http as a client request's response arrives (headers read, body not yet). */
const RESPONSE_CHANNEL = 'http.client.response.finish';

interface ResponseMessage {
  request: ClientRequest;
  response: IncomingMessage;
}

function headerText(value: number | string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value === undefined ? undefined : String(value);
}

/**
 * Copies the body as node:http pushes it into the response. Listening to
 * 'data' instead would start the stream flowing before the caller attaches its
 * own listeners, and a caller reading later would lose the first chunks.
 */
function copyBody(response: IncomingMessage): {
  text: Promise<string | undefined>;
  cancel(): void;
} {
  const push = response.push;
  const chunks: Buffer[] = [];
  let bytes = 0;
  let settle: (text: string | undefined) => void = () => undefined;
  const text = new Promise<string | undefined>((resolve) => {
    settle = (result) => {
      response.push = push;
      resolve(result);
    };
  });
  response.push = function copyingPush(this: IncomingMessage, chunk, encoding) {
    if (chunk === null) settle(Buffer.concat(chunks).toString('utf8'));
    else if (bytes <= MAX_OBSERVED_BODY_BYTES) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
      bytes += buffer.length;
      chunks.push(buffer);
      if (bytes > MAX_OBSERVED_BODY_BYTES) settle(undefined);
    }
    return push.call(this, chunk, encoding);
  };
  // Only 'close': an 'error' listener would keep an error from reaching a caller without one.
  response.once('close', () =>
    settle(response.complete ? Buffer.concat(chunks).toString('utf8') : undefined),
  );
  return { text, cancel: () => settle(undefined) };
}

/**
 * Hands every response that a node:http client request of this process
 * receives, and that the sink wants, to the sink. Returns the way to stop.
 */
export function observeHttpClient(sink: ExchangeSink): () => void {
  const onResponse = (message: unknown) => {
    const { request, response } = message as ResponseMessage;
    const method = request.method.toUpperCase();
    const host = headerText(request.getHeader('host')) ?? request.host;
    const url = `${request.protocol}//${host}${request.path}`;
    const receive = sink.open({
      method,
      url,
      header: (name) => headerText(request.getHeader(name)),
    });
    if (!receive) return;
    const { text, cancel } = copyBody(response);
    const done = text.then((body) => {
      if (body === undefined) return;
      const contentType = headerText(response.headers['content-type']);
      receive({
        method,
        url,
        status: response.statusCode ?? 0,
        contentType: contentType ?? null,
        body,
      });
    });
    sink.track({ done, cancel });
  };
  subscribe(RESPONSE_CHANNEL, onResponse);
  return () => unsubscribe(RESPONSE_CHANNEL, onResponse);
}
