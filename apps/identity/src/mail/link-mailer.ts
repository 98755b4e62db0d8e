/** An email that carries one single-use link (an invitation, a password reset). */
export interface LinkMessage {
  kind: 'invitation' | 'password_reset';
  to: string;
  subject: string;
  /** The plain-text body; it contains `link`. */
  text: string;
  link: string;
}

/** Sends single-use links: over SMTP when `MAIL_HOST` is set, else not at all. */
export abstract class LinkMailer {
  /** Whether links are emailed; when not, the caller decides who may see the link. */
  abstract readonly sendsEmail: boolean;

  /** Delivers the message; resolves `{ emailed: false }` when no mail is configured. */
  abstract send(message: LinkMessage): Promise<{ emailed: boolean }>;
}
