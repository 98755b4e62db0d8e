import { ServiceClient } from '@tally/nest-kit';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { IdentityClient } from '../../identity/identity.client.js';
import { RevocationFeed } from './revocation-feed.js';
import { REVOCATION_OPTIONS, type RevocationOptions } from './revocation.options.js';

/**
 * Every `resyncMs`, asks identity what was revoked since the last answer (its
 * log is numbered in commit order, so a cursor misses nothing) and publishes
 * it to the feed. A revocation whose event was lost is applied within one
 * period; while identity does not answer, it keeps asking and the feed grows
 * stale.
 */
@Injectable()
export class RevocationResync implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RevocationResync.name);
  private cursor = 0;
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private failing: { since: number; staleReported: boolean } | undefined;

  constructor(
    private readonly identity: IdentityClient,
    private readonly feed: RevocationFeed,
    bus: ServiceClient,
    @Inject(REVOCATION_OPTIONS) private readonly options: RevocationOptions,
  ) {
    // Events sent while this gateway was away from NATS are lost: catch up at once.
    bus.onReconnect(() => void this.syncNow().catch(() => undefined));
  }

  async onApplicationBootstrap(): Promise<void> {
    // Serve knowing what was revoked before this gateway started, if identity answers in time.
    await this.syncNow().catch(() => undefined);
    this.scheduleNext();
  }

  onApplicationShutdown(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  /** One resync, after any under way; settles once what it learnt is published. */
  syncNow(): Promise<void> {
    const round = this.queue.then(() => this.round());
    this.queue = round.catch(() => undefined);
    return round;
  }

  private scheduleNext(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      void this.syncNow()
        .catch(() => undefined)
        .finally(() => this.scheduleNext());
    }, this.options.resyncMs);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    const startedAt = Date.now();
    try {
      let changes;
      do {
        changes = await this.identity.revocationsSince(this.cursor);
        this.feed.publish(changes.revocations);
        this.cursor = changes.cursor;
      } while (changes.more);
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
    this.feed.markSynced(startedAt);
    this.noteRecovery();
  }

  private noteFailure(error: unknown): void {
    if (this.closed) return;
    const reason = error instanceof Error ? error.message : String(error);
    if (!this.failing) {
      this.failing = { since: Date.now(), staleReported: false };
      this.logger.warn(
        `could not resync revocations with identity (${reason}); retrying every ${this.options.resyncMs} ms`,
      );
    }
    if (!this.failing.staleReported && !this.feed.isCurrent()) {
      this.failing.staleReported = true;
      this.logger.error(
        `revocations not synced for ${Math.round(this.feed.ageSeconds())} s (${reason}): ` +
          'cached API key and session verdicts are not used until identity answers again',
      );
    }
  }

  private noteRecovery(): void {
    if (!this.failing) return;
    const seconds = Math.round((Date.now() - this.failing.since) / 1000);
    this.failing = undefined;
    this.logger.log(`revocations resynced again after ${seconds} s of failures`);
  }
}
