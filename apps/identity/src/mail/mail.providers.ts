import type { Provider } from '@nestjs/common';
import { LinkMailer } from './link-mailer.js';
import { LogLinkMailer } from './log-link-mailer.js';
import type { MailConfig } from './mail.config.js';
import { SmtpLinkMailer } from './smtp-link-mailer.js';

/**
 * `LinkMailer` for the services to inject: SMTP when MAIL_HOST is set (its
 * transport closes with the application), else the log.
 */
export function linkMailerProviders(config: MailConfig): Provider[] {
  const host = config.MAIL_HOST;
  if (host === undefined) {
    return [{ provide: LinkMailer, useValue: new LogLinkMailer(config.NODE_ENV) }];
  }
  return [
    { provide: LinkMailer, useFactory: () => new SmtpLinkMailer({ ...config, MAIL_HOST: host }) },
  ];
}
