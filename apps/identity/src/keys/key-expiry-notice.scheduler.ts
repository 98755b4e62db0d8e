import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { KeyExpiryNotices } from './key-expiry-notices.js';

const LOOK_EVERY_MS = 5 * 60 * 1000;

/**
 * Looks for due `key.expiring` notices at start and every five minutes. Every
 * replica looks; KeyExpiryNotices makes sure only one records each notice.
 */
@Injectable()
export class KeyExpiryNoticeScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(KeyExpiryNoticeScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly notices: KeyExpiryNotices) {}

  onApplicationBootstrap(): void {
    // A hybrid app (HTTP and a microservice) bootstraps its modules twice: one timer.
    if (this.timer) return;
    void this.look();
    this.timer = setInterval(() => void this.look(), LOOK_EVERY_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One look at a time. */
  look(): Promise<void> {
    this.running ??= this.recordDue().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async recordDue(): Promise<void> {
    try {
      const recorded = await this.notices.recordDue(new Date());
      if (recorded[1] + recorded[7] > 0) {
        this.logger.log({
          msg: 'key expiry notices recorded',
          in1Day: recorded[1],
          in7Days: recorded[7],
        });
      }
    } catch (error) {
      this.logger.error({ msg: 'key expiry notices could not be recorded', err: error });
    }
  }
}
