import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { IdentityConfig } from '../config/identity.config.js';
import { IDENTITY_CONFIG } from '../config/identity.tokens.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';

const PURGE_EVERY_MS = 60 * 60 * 1000;
/** Rows deleted per statement, so that a large backlog never holds one long lock. */
const BATCH_SIZE = 5000;

/**
 * Deletes sign-in attempts older than LOGIN_ATTEMPTS_RETENTION_HOURS, at
 * start and every hour. Every replica does it; deleting twice is harmless.
 */
@Injectable()
export class LoginAttemptsPurger implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LoginAttemptsPurger.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly attempts: LoginAttemptsRepository,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.purge();
    this.timer = setInterval(() => void this.purge(), PURGE_EVERY_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Deletes every attempt past the retention; answers how many. One purge at a time. */
  purge(): Promise<number> {
    if (!this.running) {
      this.running = this.deleteExpired().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async deleteExpired(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const deleted = await this.attempts.deleteOlderThan(
          this.config.LOGIN_ATTEMPTS_RETENTION_HOURS,
          BATCH_SIZE,
        );
        total += deleted;
        if (deleted < BATCH_SIZE) break;
      }
      if (total > 0) this.logger.log({ msg: 'old sign-in attempts deleted', deleted: total });
    } catch (error) {
      this.logger.error({ msg: 'old sign-in attempts could not be deleted', err: error });
    }
    return total;
  }
}
