import { booleanVar, env, type NodeEnv } from '@tally/nest-kit';
import { z } from 'zod';

/** A name or an address, never a URL: the port and TLS have variables of their own. */
const HOST = /^[^\s/:@]+$|^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*$/;

/** `Name <address>` or a bare address, on one line. */
const SENDER = /^(?:[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/;

/** The SMTP server that emails single-use links; without MAIL_HOST, links are only logged. */
export const mailEnvSchema = z.object({
  MAIL_HOST: z
    .string()
    .trim()
    .regex(HOST, 'must be a host name or address, without scheme or port (see MAIL_PORT)')
    .optional(),
  MAIL_PORT: env.port(587),
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  MAIL_SECURE: booleanVar().default(false),
  MAIL_USER: z.string().optional(),
  MAIL_PASSWORD: env.secret(),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(SENDER, 'must be an address like "Tally <no-reply@example.com>" or no-reply@example.com')
    .default('Tally <no-reply@localhost>'),
});

export type MailEnv = z.infer<typeof mailEnvSchema>;

/** What the link mailers read: the mail variables and whether this is production. */
export type MailConfig = MailEnv & { NODE_ENV: NodeEnv };

/**
 * MAIL_USER and MAIL_PASSWORD come together or not at all. It goes on the app's
 * whole schema (`.superRefine(checkMailCredentials)`): `.extend(mailEnvSchema.shape)`
 * would drop a refinement made on mailEnvSchema itself.
 */
export function checkMailCredentials(
  config: Pick<MailEnv, 'MAIL_USER' | 'MAIL_PASSWORD'>,
  context: z.RefinementCtx,
): void {
  if (config.MAIL_USER !== undefined && config.MAIL_PASSWORD === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['MAIL_PASSWORD'],
      message: 'is required with MAIL_USER',
    });
  }
  if (config.MAIL_PASSWORD !== undefined && config.MAIL_USER === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['MAIL_USER'],
      message: 'is required with MAIL_PASSWORD',
    });
  }
}
