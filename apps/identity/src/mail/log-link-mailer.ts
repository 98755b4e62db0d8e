import type { NodeEnv } from '@tally/nest-kit';
import { Logger } from '@nestjs/common';
import { LinkMailer, type LinkMessage } from './link-mailer.js';

/**
 * Without MAIL_HOST nothing is emailed. In development and tests the link is
 * logged so that a developer can follow it; elsewhere a log is readable by
 * more people than the link's recipient, so only its absence is noted.
 */
export class LogLinkMailer extends LinkMailer {
  readonly sendsEmail = false;
  private readonly logger = new Logger(LogLinkMailer.name);

  constructor(private readonly nodeEnv: NodeEnv) {
    super();
  }

  send(message: LinkMessage): Promise<{ emailed: boolean }> {
    if (this.nodeEnv === 'development' || this.nodeEnv === 'test') {
      this.logger.log(`${message.kind} link for ${message.to}: ${message.link}`);
    } else {
      this.logger.warn(
        `MAIL_HOST is unset: the ${message.kind} link for ${message.to} was not emailed`,
      );
    }
    return Promise.resolve({ emailed: false });
  }
}
