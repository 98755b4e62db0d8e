import { z } from 'zod';
import { dateTimeText, urlText } from '../http/formats.js';
import { schemaClass } from '../messaging/schema-class.js';
import { PLATFORMS } from './platforms.js';

export const CONNECT_STATE_TTL_SECONDS = 600;

/** `http://` or `https://` and a host: where a browser may be sent back to. */
function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#]/i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `POST /api/v1/connect/{tiktok|instagram|youtube}`: everything optional. */
export const StartConnectInputSchema = z.strictObject({
  redirectUrl: z
    .string()
    .max(2048)
    .refine(isHttpUrl, 'redirectUrl must be an http(s) URL')
    .optional(),
  externalUserId: z
    .string()
    .min(1)
    .max(256)
    .regex(/^[\x20-\x7e]+$/, 'externalUserId must be printable ASCII')
    .optional(),
});
export class StartConnectInput extends schemaClass(StartConnectInputSchema) {}

export const ConnectStartedSchema = z
  .object({
    authUrl: urlText().describe(
      "Send the creator's browser here (a redirect or a popup) to grant access on the platform.",
    ),
    state: z
      .string()
      .describe('Single use, bound to your account; the platform sends it back to the callback.'),
    expiresAt: dateTimeText().describe(
      `The flow must finish before then (${CONNECT_STATE_TTL_SECONDS / 60} minutes after it started).`,
    ),
  })
  .describe('A connect flow, started.');
export type ConnectStarted = z.output<typeof ConnectStartedSchema>;

// The gateway bounds each value more tightly; an empty one counts as absent.
const callbackValue = z.string().max(2048).optional();

/**
 * The query a platform sends the creator's browser back with, as the gateway
 * read it. Not strict: parameters a platform adds (TikTok's `scopes`,
 * Instagram's `error_reason`) are dropped, not refused.
 */
export const CompleteConnectRequestSchema = z.object({
  /** The platform whose callback route the browser came back to: a state started for another is refused. */
  platform: z.enum(PLATFORMS).default('TIKTOK'),
  state: callbackValue,
  code: callbackValue,
  error: callbackValue,
  errorDescription: callbackValue,
});
export type CompleteConnectRequest = z.input<typeof CompleteConnectRequestSchema>;

export const CONNECT_FAILURE_REASONS = [
  'invalid_request',
  'unknown_state',
  'state_used',
  'state_expired',
  'access_denied',
  'exchange_failed',
  'profile_failed',
  'upstream_unavailable',
] as const;
export type ConnectFailureReason = (typeof CONNECT_FAILURE_REASONS)[number];

/**
 * How a callback ended. `redirectUrl` is the customer's page to send the
 * browser to (null: show Tally's own page, which tells a popup opener).
 * `openerOrigin` is the origin of the page that started the flow, the only
 * one Tally's page may tell (null: unknown, or the state was never found).
 */
export const ConnectOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('connected'),
    creatorId: z.string(),
    username: z.string().nullable(),
    displayName: z.string().nullable(),
    redirectUrl: z.string().nullable(),
    openerOrigin: z.string().nullable(),
  }),
  z.object({
    status: z.literal('failed'),
    reason: z.enum(CONNECT_FAILURE_REASONS),
    message: z.string(),
    redirectUrl: z.string().nullable(),
    openerOrigin: z.string().nullable(),
  }),
]);
export type ConnectOutcome = z.output<typeof ConnectOutcomeSchema>;

/**
 * What the callback page posts to `window.opener` when the connect flow ran
 * in a popup (the dashboard's "Connect TikTok", or a customer's own page).
 * A browser message, not a NATS one: no schema.
 */
export type ConnectPopupMessage =
  | { type: 'tally:connect'; status: 'connected'; creatorId: string }
  | { type: 'tally:connect'; status: 'error'; reason: string; message: string };
