import pg from 'pg';

/**
 * Listens to a schema's outbox channel (outboxChannel) on a connection of its
 * own and calls `heard` for each notification. When the connection is lost
 * it connects again every `retryMs`, and calls `heard` once listening again:
 * what was committed meanwhile was announced to nobody.
 */
export class OutboxListener {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly connection: pg.ClientConfig,
    private readonly channel: string,
    private readonly heard: () => void,
    private readonly onError: (error: unknown) => void,
    private readonly retryMs = 1000,
  ) {}

  start(): void {
    void this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** True while the connection listens. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client(this.connection);
    let lost = false;
    const lose = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (error !== undefined && !this.stopped) this.onError(error);
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
      if (!this.stopped) this.retry = setTimeout(() => void this.listen(), this.retryMs).unref();
    };
    client.on('notification', () => this.heard());
    client.on('error', lose);
    client.on('end', () => lose());
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
    } catch (error) {
      lose(error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.heard();
  }
}
