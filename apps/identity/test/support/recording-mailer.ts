import { LinkMailer, type LinkMessage } from '../../src/mail/link-mailer.js';

/** Keeps the links it is given; emails them (as far as the services can tell) when `sendsEmail`. */
export class RecordingMailer extends LinkMailer {
  readonly sent: LinkMessage[] = [];

  constructor(readonly sendsEmail: boolean) {
    super();
  }

  send(message: LinkMessage): Promise<{ emailed: boolean }> {
    this.sent.push(message);
    return Promise.resolve({ emailed: this.sendsEmail });
  }
}

/** The single-use token an invitation or reset link carries in its fragment. */
export function tokenOf(link: string): string {
  const token = /^#token=(.+)$/.exec(new URL(link).hash)?.[1];
  if (!token) throw new Error('the link carries no token');
  return token;
}
