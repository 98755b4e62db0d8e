import { once } from 'node:events';
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ReceiverAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** How the receiver answers its n-th request (0 first): at once, later, or never (held open). */
export type Answering = (
  request: ReceivedRequest,
  index: number,
) => ReceiverAnswer | Promise<ReceiverAnswer> | 'hold';

/**
 * A customer's webhook endpoint on 127.0.0.1 (allowed by
 * WEBHOOK_ALLOW_PRIVATE_URLS=true): records every request and answers as the
 * test says (200 unless told otherwise).
 */
export class Receiver {
  readonly requests: ReceivedRequest[] = [];
  /** Every connection made to the receiver, whether or not a request came on it. */
  connections = 0;
  private answering: Answering = () => ({ status: 200, body: 'ok' });
  private readonly held: ServerResponse[] = [];
  private waiters: (() => void)[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<Receiver> {
    const server = createServer();
    const receiver = new Receiver(server);
    server.on('connection', () => (receiver.connections += 1));
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const received: ReceivedRequest = {
          method: request.method ?? '',
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        void receiver.answer(received, response);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return receiver;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  url(path = '/hook'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  answerWith(answering: Answering): void {
    this.answering = answering;
  }

  /** The requests made to `path`. */
  to(path: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  /** Waits until `count` requests reached `path` (any path when omitted). */
  async waitFor(count: number, path?: string, timeoutMs = 20_000): Promise<ReceivedRequest[]> {
    const matching = () => (path === undefined ? this.requests : this.to(path));
    const deadline = Date.now() + timeoutMs;
    while (matching().length < count) {
      if (Date.now() > deadline) {
        throw new Error(
          `expected ${count} requests to ${path ?? 'the receiver'}, got ${matching().length}`,
        );
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return matching();
  }

  async close(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close').catch(() => undefined);
  }

  private async answer(request: ReceivedRequest, response: ServerResponse): Promise<void> {
    const index = this.requests.length;
    this.requests.push(request);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
    const answer = await this.answering(request, index);
    if (answer === 'hold') {
      this.held.push(response);
      return;
    }
    response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
  }
}

/** The payload, when the request verifies with `secret` by the standardwebhooks library; throws otherwise. */
export function verified(request: ReceivedRequest, secret: string): unknown {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  return new Webhook(secret).verify(request.body, headers);
}
