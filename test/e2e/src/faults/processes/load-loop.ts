export interface LoadRequest {
  gatewayUrl: string;
  method: 'GET' | 'POST';
  path: string;
}

/** What became of one request of the load. */
export interface Outcome {
  request: LoadRequest;
  startedAt: number;
  finishedAt: number;
  /** `network_error`: no TCP connection, or it broke (the process is gone); `timed_out`: no answer within the bound. */
  result: 'answered' | 'network_error' | 'timed_out';
  status?: number;
  /** The envelope's `error.code` of a failed answer; undefined when the body is not the envelope. */
  errorCode?: string;
}

export interface LoadLoopOptions {
  /** The n-th request of the load (n counts across all the clients). */
  next: (n: number) => LoadRequest;
  headers: Record<string, string>;
  /** Clients sending at the same time, each one request after the other. */
  clients: number;
  /** Each client's pause between two requests. */
  pauseMs: number;
  /** A request without an answer by then counts as a hang. */
  timeoutMs: number;
}

/** Clients sending requests through the gateways until stopped, keeping what each request got. */
export class LoadLoop {
  private readonly results: Outcome[] = [];
  private running = true;
  private sent = 0;
  private readonly clients: Promise<void>[];

  private constructor(private readonly options: LoadLoopOptions) {
    this.clients = Array.from({ length: options.clients }, () => this.client());
  }

  static start(options: LoadLoopOptions): LoadLoop {
    return new LoadLoop(options);
  }

  get outcomes(): readonly Outcome[] {
    return this.results;
  }

  /** Waits until `count` more requests were answered with a 200. */
  async untilAnswered(count: number, timeoutMs = 60_000): Promise<void> {
    const target = this.answeredOk() + count;
    const deadline = Date.now() + timeoutMs;
    while (this.answeredOk() < target) {
      if (Date.now() > deadline)
        throw new Error(`no ${count} answers within ${timeoutMs} ms: ${summarize(this.results)}`);
      await sleep(50);
    }
  }

  /** Stops sending and waits for the requests in flight. */
  async stop(): Promise<Outcome[]> {
    this.running = false;
    await Promise.all(this.clients);
    return this.results;
  }

  private answeredOk(): number {
    return this.results.filter((outcome) => outcome.status === 200).length;
  }

  private async client(): Promise<void> {
    while (this.running) {
      const request = this.options.next(this.sent++);
      this.results.push(await this.send(request));
      await sleep(this.options.pauseMs);
    }
  }

  private async send(request: LoadRequest): Promise<Outcome> {
    const startedAt = Date.now();
    const ended = (fields: Omit<Outcome, 'request' | 'startedAt' | 'finishedAt'>): Outcome => ({
      request,
      startedAt,
      finishedAt: Date.now(),
      ...fields,
    });
    try {
      const response = await fetch(`${request.gatewayUrl}${request.path}`, {
        method: request.method,
        headers: this.options.headers,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const text = await response.text();
      return ended({
        result: 'answered',
        status: response.status,
        errorCode: response.ok ? undefined : errorCodeOf(text),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return ended({ result: timedOut ? 'timed_out' : 'network_error' });
    }
  }
}

function errorCodeOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { success?: unknown; error?: { code?: unknown } };
    return body.success === false && typeof body.error?.code === 'string'
      ? body.error.code
      : undefined;
  } catch {
    return undefined;
  }
}

/** `200: 812, 503 service_unavailable: 3, network_error: 40` */
export function summarize(outcomes: readonly Outcome[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    const key =
      outcome.result === 'answered'
        ? `${outcome.status}${outcome.errorCode ? ` ${outcome.errorCode}` : ''}`
        : outcome.result;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => `${key}: ${count}`)
    .join(', ');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
