import { Environment, ENVIRONMENTS } from '@tally/contracts';
import { parseArgs } from 'node:util';
import { MAX_RATE_VALUE, Rate } from '../rate-limit/rate.js';
import { UsageError } from './usage.js';

export type LimitsCommand =
  | { action: 'help' }
  | { action: 'set-pool'; accountId: string; environment: Environment; rate: Rate }
  | { action: 'set-burst'; accountId: string; rate: Rate }
  | {
      action: 'set-publishable';
      accountId: string;
      kind: 'publishable' | 'publishable-ip';
      rate: Rate;
    }
  | { action: 'set-ip'; rate: Rate }
  | { action: 'reset-account'; accountId: string }
  | { action: 'reset-ip' }
  | { action: 'show'; accountId?: string };

const OPTIONS = {
  account: { type: 'string' },
  environment: { type: 'string' },
  limit: { type: 'string' },
  window: { type: 'string' },
  burst: { type: 'string' },
  publishable: { type: 'boolean' },
  'publishable-ip': { type: 'boolean' },
  ip: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

interface Values {
  account?: string;
  environment?: string;
  limit?: string;
  window?: string;
  burst?: string;
  publishable?: boolean;
  'publishable-ip'?: boolean;
  ip?: boolean;
  help?: boolean;
}

const BURST_WINDOW_SECONDS = 1;

/** Reads `limits <set|reset|show> [options]`; throws a UsageError that says what is wrong. */
export function parseLimitsCommand(argv: readonly string[]): LimitsCommand {
  const { values, positionals } = parse(argv);
  if (values.help) return { action: 'help' };
  const [group, action, ...rest] = positionals;
  if (group !== 'limits') {
    throw new UsageError(group === undefined ? 'Missing command.' : `Unknown command "${group}".`);
  }
  if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}".`);
  switch (action) {
    case 'set':
      return parseSet(values);
    case 'reset':
      return parseReset(values);
    case 'show':
      allowOnly(values, ['account'], 'limits show');
      return values.account === undefined
        ? { action: 'show' }
        : { action: 'show', accountId: accountId(values.account) };
    case undefined:
      throw new UsageError('Missing subcommand: set, reset or show.');
    default:
      throw new UsageError(`Unknown subcommand "limits ${action}"; use set, reset or show.`);
  }
}

function parse(argv: readonly string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function parseSet(values: Values): LimitsCommand {
  if (values.ip) {
    allowOnly(values, ['ip', 'limit', 'window'], 'limits set --ip');
    return { action: 'set-ip', rate: rateOf(values, 'limits set --ip') };
  }
  if (values.account === undefined)
    throw new UsageError('limits set needs --account <id> or --ip.');
  const id = accountId(values.account);
  if (values.burst !== undefined) {
    allowOnly(values, ['account', 'burst'], 'limits set --burst');
    return {
      action: 'set-burst',
      accountId: id,
      rate: { limit: wholeNumber(values.burst, 'burst'), windowSeconds: BURST_WINDOW_SECONDS },
    };
  }
  for (const kind of ['publishable', 'publishable-ip'] as const) {
    if (!values[kind]) continue;
    allowOnly(values, ['account', kind, 'limit', 'window'], `limits set --${kind}`);
    return {
      action: 'set-publishable',
      accountId: id,
      kind,
      rate: rateOf(values, `limits set --${kind}`),
    };
  }
  allowOnly(values, ['account', 'environment', 'limit', 'window'], 'limits set --account');
  if (values.environment === undefined) {
    throw new UsageError(
      'limits set --account needs --environment, --limit and --window, or --burst.',
    );
  }
  return {
    action: 'set-pool',
    accountId: id,
    environment: environmentOf(values.environment),
    rate: rateOf(values, 'limits set --account'),
  };
}

function parseReset(values: Values): LimitsCommand {
  if (values.ip) {
    allowOnly(values, ['ip'], 'limits reset --ip');
    return { action: 'reset-ip' };
  }
  if (values.account === undefined)
    throw new UsageError('limits reset needs --account <id> or --ip.');
  allowOnly(values, ['account'], 'limits reset --account');
  return { action: 'reset-account', accountId: accountId(values.account) };
}

function allowOnly(values: Values, allowed: OptionName[], command: string): void {
  const extra = (Object.keys(values) as OptionName[]).find((name) => !allowed.includes(name));
  if (extra) throw new UsageError(`${command} does not take --${extra}.`);
}

function rateOf(values: Values, command: string): Rate {
  if (values.limit === undefined || values.window === undefined) {
    throw new UsageError(`${command} needs --limit <n> and --window <seconds>.`);
  }
  return {
    limit: wholeNumber(values.limit, 'limit'),
    windowSeconds: wholeNumber(values.window, 'window'),
  };
}

function wholeNumber(value: string, option: OptionName): number {
  if (!/^[1-9]\d*$/.test(value) || Number(value) > MAX_RATE_VALUE) {
    throw new UsageError(
      `--${option} must be a whole number from 1 to ${MAX_RATE_VALUE}, not "${value}".`,
    );
  }
  return Number(value);
}

function accountId(value: string): string {
  if (!/^\S+$/.test(value))
    throw new UsageError(`--account must be an account id, not "${value}".`);
  return value;
}

function environmentOf(value: string): Environment {
  const environment = ENVIRONMENTS.find((candidate) => candidate === value);
  if (!environment) {
    throw new UsageError(`--environment must be ${ENVIRONMENTS.join(' or ')}, not "${value}".`);
  }
  return environment;
}
