import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExchangeSink, PendingRead, RequestFacts } from './exchange-sink.js';
import type { ObservedExchange } from './response-checker.js';

/** A sink that keeps what it is handed, wanting only paths under `/observed`. */
export class RecordingSink implements ExchangeSink {
  readonly exchanges: ObservedExchange[] = [];
  readonly requests: RequestFacts[] = [];
  readonly reads: PendingRead[] = [];

  open(request: RequestFacts) {
    if (!new URL(request.url).pathname.startsWith('/observed')) return undefined;
    this.requests.push(request);
    return (exchange: ObservedExchange) => {
      this.exchanges.push(exchange);
    };
  }

  track(read: PendingRead): void {
    this.reads.push(read);
  }

  async settled(): Promise<void> {
    await Promise.all(this.reads.map((read) => read.done));
  }
}

export const JSON_BODY = JSON.stringify({ greeting: 'hello', padding: 'x'.repeat(100_000) });

/** A long text in a failure message: its length and ends. */
export function outline(text: string) {
  return { length: text.length, start: text.slice(0, 20), end: text.slice(-20) };
}

/**
 * A local HTTP server for the observers' specs: `/observed/json` and
 * `/elsewhere/json` (JSON), `/observed/redirect` (302 to the JSON),
 * `/observed/stream` (a first chunk, the rest once `release()` is called).
 */
export class ObservedServer {
  private releaseStream: () => void = () => undefined;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<ObservedServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const started = new ObservedServer(server, `http://127.0.0.1:${port}`);
    server.on('request', (request, response) => started.answer(request.url ?? '', response));
    return started;
  }

  /** Sends the rest of `/observed/stream`. */
  release(): void {
    this.releaseStream();
  }

  private answer(url: string, response: ServerResponse): void {
    const { pathname } = new URL(url, 'http://observed.invalid');
    if (pathname.endsWith('/json')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON_BODY);
    } else if (pathname === '/observed/redirect') {
      response.writeHead(302, { location: '/observed/json' }).end();
    } else if (pathname === '/observed/empty') {
      response.writeHead(204).end();
    } else if (pathname === '/observed/stream') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('first;');
      this.releaseStream = () => response.end('rest');
    } else {
      response.writeHead(404).end();
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
