import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedEvent {
  id: string;
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/**
 * A customer's endpoint on 127.0.0.1 that verifies every delivery with the
 * `standardwebhooks` library (not ours) against the secrets it was given, and
 * keeps what it verified. A delivery that does not verify is answered 400
 * and kept apart.
 */
export class VerifiedReceiver {
  readonly events: ReceivedEvent[] = [];
  readonly refused: { headers: IncomingHttpHeaders; body: string; reason: string }[] = [];
  private secrets: string[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<VerifiedReceiver> {
    const server = createServer();
    const receiver = new VerifiedReceiver(server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const status = receiver.receive(request.headers, Buffer.concat(chunks).toString('utf8'));
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** The endpoint's secret(s): a delivery verifies when one of them verifies it. */
  trust(...secrets: string[]): void {
    this.secrets = secrets;
  }

  ofType(type: string): ReceivedEvent[] {
    return this.events.filter((event) => event.type === type);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(headers: IncomingHttpHeaders, body: string): number {
    const flat: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value === 'string') flat[name] = value;
    }
    for (const secret of this.secrets) {
      try {
        const payload = new Webhook(secret).verify(body, flat) as Omit<ReceivedEvent, 'id'>;
        this.events.push({ id: flat['webhook-id']!, ...payload });
        return 204;
      } catch {
        // try the next secret
      }
    }
    this.refused.push({ headers, body, reason: 'no secret verifies it' });
    return 400;
  }
}
