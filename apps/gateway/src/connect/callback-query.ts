import type { CompleteConnectRequest, ConnectOutcome } from '@tally/contracts';
import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, validateSync } from 'class-validator';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;

/**
 * The query TikTok sends the creator's browser back with, under TikTok's
 * names. Only these are read: parameters TikTok may add are ignored, not refused.
 */
export class ConnectCallbackQuery {
  @IsOptional()
  @IsString()
  @MaxLength(512)
  @Matches(PRINTABLE_ASCII)
  state?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2048)
  @Matches(PRINTABLE_ASCII)
  code?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1024)
  @Matches(PRINTABLE_ASCII)
  scopes?: string;

  @IsOptional()
  @IsString()
  @MaxLength(128)
  @Matches(PRINTABLE_ASCII)
  error?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1024)
  @Matches(NO_CONTROL_CHARACTERS)
  error_description?: string;
}

const KNOWN_PARAMETERS = [
  'state',
  'code',
  'scopes',
  'error',
  'error_description',
] as const satisfies readonly (keyof ConnectCallbackQuery)[];

export type CallbackQueryReading =
  { request: CompleteConnectRequest } | { invalid: Extract<ConnectOutcome, { status: 'failed' }> };

function invalid(problem: string): CallbackQueryReading {
  return {
    invalid: {
      status: 'failed',
      reason: 'invalid_request',
      message: `This link is not valid: ${problem}. Start connecting again from the app that sent you.`,
      redirectUrl: null,
    },
  };
}

/**
 * The request for the creators service, or the outcome of a query it need not
 * see: a parameter repeated, too long or with control characters, or no state
 * (which is also where the customer's redirect URL would have been found).
 */
export function readCallbackQuery(query: unknown): CallbackQueryReading {
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
  const instance = plainToInstance(ConnectCallbackQuery, known);
  const [error] = validateSync(instance, { forbidUnknownValues: true });
  if (error) {
    return invalid(
      Array.isArray(given[error.property])
        ? `its ${error.property} is given more than once`
        : `its ${error.property} is too long or holds characters it may not hold`,
    );
  }
  if (!instance.state) return invalid('it carries no state');
  return {
    request: {
      state: instance.state,
      code: instance.code,
      error: instance.error,
      errorDescription: instance.error_description,
    },
  };
}
