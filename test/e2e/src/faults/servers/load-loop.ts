import { envelopeErrorCode, type Exchange } from './exchange.js';

/** The longest any request may take, whatever is down: past it, the request "hangs". */
export const ANSWER_BOUND_MS = 15_000;
/** Between two requests of one lane: keeps a 2-core machine able to run the apps too. */
const PAUSE_MS = 20;

export interface Operation {
  name: string;
  send(signal: AbortSignal): Promise<Response>;
  /** Told of every success with its body, so that what was acknowledged can be checked later. */
  acknowledged?(status: number, body: unknown): void;
}

/** Runs operations round-robin on a few concurrent lanes and records every exchange. */
export class LoadLoop {
  readonly exchanges: Exchange[] = [];
  private running = false;
  private lanes: Promise<void>[] = [];

  constructor(
    private readonly operations: readonly Operation[],
    private readonly concurrency: number,
  ) {}

  start(): void {
    this.running = true;
    this.lanes = Array.from({ length: this.concurrency }, (_, lane) => this.lane(lane));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.lanes);
  }

  /** Each operation once, one after the other; true when all succeeded. */
  async round(): Promise<boolean> {
    let allSucceeded = true;
    for (const operation of this.operations) {
      const { status } = await this.exchange(operation);
      if (status < 200 || status >= 300) allSucceeded = false;
    }
    return allSucceeded;
  }

  private async lane(offset: number): Promise<void> {
    for (let turn = offset; this.running; turn += 1) {
      await this.exchange(this.operations[turn % this.operations.length]);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  }

  private async exchange(operation: Operation): Promise<Exchange> {
    const startedAt = Date.now();
    let status: number;
    let errorCode: string | undefined;
    try {
      const response = await operation.send(AbortSignal.timeout(ANSWER_BOUND_MS));
      status = response.status;
      const body = parseJson(await response.text());
      if (status >= 200 && status < 300) operation.acknowledged?.(status, body);
      else errorCode = envelopeErrorCode(body, response.headers.get('x-request-id'));
    } catch (error) {
      // A body cut short counts as no answer too, whatever its status said.
      errorCode = error instanceof Error ? `no answer: ${error.name}` : 'no answer';
      status = 0;
    }
    const exchange = {
      operation: operation.name,
      status,
      errorCode,
      startedAt,
      endedAt: Date.now(),
    };
    this.exchanges.push(exchange);
    return exchange;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
