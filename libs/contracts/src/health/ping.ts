import { z } from 'zod';

/** The answer to `<service>.health.ping`; every service's ping declaration replies with it. */
export const PingReplySchema = z.object({
  service: z.string(),
  status: z.literal('ok'),
});
export type PingReply = z.output<typeof PingReplySchema>;

/** A ping carries nothing. */
export const PingRequestSchema = z.strictObject({});

/** What `GET /api/v1/ping` returns: one entry per service asked. */
export const PlatformPingSchema = z
  .object({ identity: z.literal('ok'), creators: z.literal('ok') })
  .describe('Every backing service answered.');
export type PlatformPing = z.output<typeof PlatformPingSchema>;
