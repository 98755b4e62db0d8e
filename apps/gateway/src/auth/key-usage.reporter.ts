import { GatewayKeysUsed } from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';

const FLUSH_INTERVAL_MS = 1000;
const REPORT_EVERY_MS = 60_000;

/**
 * Tells identity which keys were used, off the request path: a key's first use
 * is reported within a second, later uses at most once a minute, in batches.
 */
@Injectable()
export class KeyUsageReporter implements OnModuleInit, OnApplicationShutdown {
  private readonly lastReported = new Map<string, number>();
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly bus: ServiceClient) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  used(keyId: string, at = Date.now()): void {
    const last = this.lastReported.get(keyId);
    if (last !== undefined && at - last < REPORT_EVERY_MS) return;
    if (!this.pending.has(keyId)) this.pending.set(keyId, at);
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    for (const [keyId, at] of batch) this.lastReported.set(keyId, at);
    this.forgetOldReports();
    const uses = [...batch].map(([keyId, at]) => ({ keyId, at: new Date(at).toISOString() }));
    await this.bus.emit(GatewayKeysUsed, { uses }).catch(() => {
      // Lost with the bus; the next use after a minute reports again.
    });
  }

  private forgetOldReports(): void {
    const cutoff = Date.now() - REPORT_EVERY_MS;
    for (const [keyId, at] of this.lastReported) if (at < cutoff) this.lastReported.delete(keyId);
  }
}
