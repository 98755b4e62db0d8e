import { AppError } from '@tally/contracts';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { LinkMailer, type LinkMessage } from './link-mailer.js';
import type { MailEnv } from './mail.config.js';

// nodemailer waits minutes by default; a link is asked for by someone waiting on the answer.
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 20_000;

/** What nodemailer's errors carry besides their message. */
interface SmtpFailure {
  code?: string;
  responseCode?: number;
  command?: string;
}

/** Emails links through the SMTP server of MAIL_HOST, one connection per message. */
export class SmtpLinkMailer extends LinkMailer implements OnApplicationShutdown {
  readonly sendsEmail = true;
  private readonly logger = new Logger(SmtpLinkMailer.name);
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(config: MailEnv & { MAIL_HOST: string }) {
    super();
    this.from = config.MAIL_FROM;
    this.transport = createTransport({
      host: config.MAIL_HOST,
      port: config.MAIL_PORT,
      secure: config.MAIL_SECURE,
      ...(config.MAIL_USER !== undefined && config.MAIL_PASSWORD !== undefined
        ? { auth: { user: config.MAIL_USER, pass: config.MAIL_PASSWORD } }
        : {}),
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      greetingTimeout: GREETING_TIMEOUT_MS,
      socketTimeout: SOCKET_TIMEOUT_MS,
      // Links go as plain text: nothing may pull a file or a URL into a message.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }

  /** Throws `service_unavailable` when the server refuses the message or cannot be reached. */
  async send(message: LinkMessage): Promise<{ emailed: boolean }> {
    try {
      await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    } catch (error) {
      // The body holds the link: only what says why the server failed is logged.
      const { code, responseCode, command } = error as SmtpFailure;
      this.logger.error({
        msg: 'a link could not be emailed',
        kind: message.kind,
        reason: error instanceof Error ? error.message : String(error),
        code,
        responseCode,
        command,
      });
      throw new AppError('service_unavailable', 'The email could not be sent; try again later.');
    }
    return { emailed: true };
  }

  close(): void {
    this.transport.close();
  }

  onApplicationShutdown(): void {
    this.close();
  }
}
