export const USAGE = `Usage: limits <command> [options]

Change the gateway's rate limits live; every gateway applies a change with its next request.

  limits set --account <id> --environment <development|production> --limit <n> --window <seconds>
      the pool shared by all of the account's credentials in that environment
  limits set --account <id> --burst <n>
      requests per second for each credential of the account
  limits set --account <id> --publishable --limit <n> --window <seconds>
      the pool of each of the account's publishable keys (their own: never the account's)
  limits set --account <id> --publishable-ip --limit <n> --window <seconds>
      each client IP's share of a publishable key's pool
  limits set --ip --limit <n> --window <seconds>
      requests per client IP, for every caller
  limits reset --account <id>      back to the defaults for the account
  limits reset --ip                back to the default per-IP limit
  limits show [--account <id>]     effective limits as JSON, each marked default or override

Numbers are whole numbers from 1 to 999999999. Defaults come from RATE_LIMIT_DEVELOPMENT,
RATE_LIMIT_PRODUCTION, RATE_LIMIT_BURST, RATE_LIMIT_PUBLISHABLE, RATE_LIMIT_PUBLISHABLE_IP and
RATE_LIMIT_IP; Redis from REDIS_URL and REDIS_KEY_PREFIX.
`;

/** The command line is wrong: the message says how; the CLI exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
