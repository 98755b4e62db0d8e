import type { Principal, UsageOutcome } from '@tally/contracts';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { PendingUsage } from './pending-usage.js';
import { hourStartOf } from './usage.keys.js';
import { registerUsageHook } from './usage.hook.js';
import { USAGE_OPTIONS, UsageOptions } from './usage.options.js';
import { usageSlot, type UsageSlot } from './usage-slot.js';
import { UsageStore } from './usage-store.js';

/**
 * Counts requests per account, hour, credential, environment and outcome in
 * memory, off the request path, and writes them to Redis every `flushMs` in
 * one transaction (and once more at shutdown). While Redis is away the counts
 * stay in memory, bounded, and go with the next flush that succeeds.
 */
@Injectable()
export class UsageRecorder implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Usage');
  private readonly pending: PendingUsage;
  private readonly slots = new WeakMap<Principal, UsageSlot>();
  private timer: NodeJS.Timeout | undefined;
  private lastFlush: Promise<boolean> = Promise.resolve(true);
  private queuedFlushes = 0;
  private consecutiveFailures = 0;
  private droppedWhileFailing = 0;

  constructor(
    private readonly store: UsageStore,
    @Inject(USAGE_OPTIONS) private readonly options: UsageOptions,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.pending = new PendingUsage(options.maxPendingCounters);
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify) registerUsageHook(fastify, this);
    this.timer = setInterval(() => {
      // A flush still waiting for Redis is enough; do not queue more behind it.
      if (this.queuedFlushes === 0) void this.flush();
    }, this.options.flushMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    // The HTTP server is closed by now: every request has been recorded.
    if (!(await this.flush())) {
      this.logger.warn(`${this.pending.size} usage counters could not be written before shutdown`);
    }
    await this.store.close();
  }

  record(principal: Principal, outcome: UsageOutcome, atMs = Date.now()): void {
    const hour = hourStartOf(atMs);
    let slot = this.slots.get(principal);
    if (slot?.hour !== hour) {
      slot = usageSlot(principal, hour);
      this.slots.set(principal, slot);
    }
    this.pending.add(slot.key, slot.expiresAt, slot.fields[outcome]);
  }

  /**
   * Writes everything recorded before the call. Resolves true once it is in
   * Redis (or there was nothing to write), false when Redis failed and the
   * counts wait in memory for the next flush; never rejects.
   */
  flush(): Promise<boolean> {
    this.queuedFlushes++;
    this.lastFlush = this.lastFlush.then(async () => {
      try {
        return await this.writePending();
      } finally {
        this.queuedFlushes--;
      }
    });
    return this.lastFlush;
  }

  private async writePending(): Promise<boolean> {
    const batch = this.pending.take();
    if (batch.size > 0) {
      try {
        const refused = await this.store.write(batch);
        if (refused.length > 0) {
          this.logger.error(
            `Redis refused ${refused.length} usage writes (${refused[0].message}); those counts are lost`,
          );
        }
      } catch (error) {
        this.pending.putBack(batch, Math.floor(Date.now() / 1000));
        this.noteFailure(error);
        return false;
      }
    }
    this.noteSuccess();
    return true;
  }

  private noteFailure(error: unknown): void {
    this.droppedWhileFailing += this.pending.takeDropped();
    // The first flush may come before the connection is up: only a second failure in a row is news.
    if (++this.consecutiveFailures === 2) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(
        `Usage counts cannot reach Redis (${reason}); up to ${this.options.maxPendingCounters} counters are kept in memory until it answers`,
      );
    }
  }

  private noteSuccess(): void {
    const dropped = this.droppedWhileFailing + this.pending.takeDropped();
    this.droppedWhileFailing = 0;
    if (this.consecutiveFailures >= 2) this.logger.log('Usage counts reach Redis again');
    this.consecutiveFailures = 0;
    if (dropped > 0) {
      this.logger.warn(
        `${dropped} requests were not counted in usage: the counters in memory were full`,
      );
    }
  }
}
