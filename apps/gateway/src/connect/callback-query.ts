import {
  type CompleteConnectRequest,
  type ConnectOutcome,
  type Platform,
  schemaClass,
} from '@tally/contracts';
import { z } from 'zod';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;

function parameter(maxLength: number, pattern: RegExp = PRINTABLE_ASCII) {
  return z.string().max(maxLength).regex(pattern).optional();
}

/**
 * The query a platform sends the creator's browser back with, under the names
 * TikTok, Instagram and Google share (`scopes` is TikTok's alone). Only these
 * are read: parameters a platform adds (Instagram's `error_reason`, Google's
 * `scope` and `authuser`) are ignored, not refused.
 */
export const ConnectCallbackQuerySchema = z.strictObject({
  state: parameter(512),
  code: parameter(2048),
  scopes: parameter(1024),
  error: parameter(128),
  error_description: parameter(1024, NO_CONTROL_CHARACTERS),
});
export class ConnectCallbackQuery extends schemaClass(ConnectCallbackQuerySchema) {}

const KNOWN_PARAMETERS = Object.keys(ConnectCallbackQuerySchema.shape) as readonly string[];

export type CallbackQueryReading =
  { request: CompleteConnectRequest } | { invalid: Extract<ConnectOutcome, { status: 'failed' }> };

function invalid(problem: string): CallbackQueryReading {
  return {
    invalid: {
      status: 'failed',
      reason: 'invalid_request',
      message: `This link is not valid: ${problem}. Start connecting again from the app that sent you.`,
      redirectUrl: null,
      openerOrigin: null,
    },
  };
}

/**
 * The request for the creators service about the platform whose callback was
 * called, or the outcome of a query it need not see: a parameter repeated, too
 * long or with control characters, or no state (which is also where the
 * customer's redirect URL would have been found).
 */
export function readCallbackQuery(query: unknown, platform: Platform): CallbackQueryReading {
  const given = (typeof query === 'object' && query !== null ? query : {}) as Record<
    string,
    unknown
  >;
  const known = Object.fromEntries(
    KNOWN_PARAMETERS.filter((name) => Object.hasOwn(given, name)).map((name) => [
      name,
      given[name],
    ]),
  );
  const parsed = ConnectCallbackQuerySchema.safeParse(known);
  if (!parsed.success) {
    const property = String(parsed.error.issues[0]?.path[0] ?? 'state');
    return invalid(
      Array.isArray(given[property])
        ? `its ${property} is given more than once`
        : `its ${property} is too long or holds characters it may not hold`,
    );
  }
  const { state, code, error, error_description: errorDescription } = parsed.data;
  if (!state) return invalid('it carries no state');
  return { request: { platform, state, code, error, errorDescription } };
}
