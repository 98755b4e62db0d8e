import { parseLimitsCommand } from './limits-command.js';
import { UsageError } from './usage.js';

function usageErrorOf(argv: string[]): string {
  try {
    parseLimitsCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('parseLimitsCommand', () => {
  it("reads a new pool for an account's environment", () => {
    const argv = 'limits set --account acc_1 --environment production --limit 9000 --window 600';

    expect(parseLimitsCommand(argv.split(' '))).toEqual({
      action: 'set-pool',
      accountId: 'acc_1',
      environment: 'production',
      rate: { limit: 9000, windowSeconds: 600 },
    });
  });

  it('reads a burst limit per second for the credentials of an account', () => {
    expect(parseLimitsCommand(['limits', 'set', '--account', 'acc_1', '--burst', '20'])).toEqual({
      action: 'set-burst',
      accountId: 'acc_1',
      rate: { limit: 20, windowSeconds: 1 },
    });
  });

  it.each(['publishable', 'publishable-ip'] as const)(
    "reads the account's %s limit for its publishable keys",
    (kind) => {
      expect(
        parseLimitsCommand(
          `limits set --account acc_1 --${kind} --limit 300 --window 60`.split(' '),
        ),
      ).toEqual({
        action: 'set-publishable',
        accountId: 'acc_1',
        kind,
        rate: { limit: 300, windowSeconds: 60 },
      });
    },
  );

  it('reads a new per-IP limit', () => {
    expect(parseLimitsCommand('limits set --ip --limit 500 --window 10'.split(' '))).toEqual({
      action: 'set-ip',
      rate: { limit: 500, windowSeconds: 10 },
    });
  });

  it('reads resets and shows', () => {
    expect(parseLimitsCommand(['limits', 'reset', '--account', 'acc_1'])).toEqual({
      action: 'reset-account',
      accountId: 'acc_1',
    });
    expect(parseLimitsCommand(['limits', 'reset', '--ip'])).toEqual({ action: 'reset-ip' });
    expect(parseLimitsCommand(['limits', 'show'])).toEqual({ action: 'show' });
    expect(parseLimitsCommand(['limits', 'show', '--account=acc_1'])).toEqual({
      action: 'show',
      accountId: 'acc_1',
    });
  });

  it('answers help to --help', () => {
    expect(parseLimitsCommand(['--help'])).toEqual({ action: 'help' });
    expect(parseLimitsCommand(['limits', 'set', '-h'])).toEqual({ action: 'help' });
  });

  it.each([
    [[], /Missing command/],
    [['quotas', 'show'], /Unknown command "quotas"/],
    [['limits'], /Missing subcommand/],
    [['limits', 'delete'], /Unknown subcommand "limits delete"/],
    [['limits', 'show', 'extra'], /Unexpected argument "extra"/],
    [['limits', 'show', '--acount', 'a'], /Unknown option '--acount'/],
    [['limits', 'set'], /needs --account <id> or --ip/],
    [['limits', 'set', '--account', 'a', '--limit', '5', '--window', '60'], /needs --environment/],
    [
      [
        'limits',
        'set',
        '--account',
        'a',
        '--environment',
        'staging',
        '--limit',
        '5',
        '--window',
        '6',
      ],
      /--environment must be development or production, not "staging"/,
    ],
    [['limits', 'set', '--ip', '--limit', '5'], /needs --limit <n> and --window <seconds>/],
    [
      ['limits', 'set', '--ip', '--limit', 'many', '--window', '6'],
      /--limit must be a whole number from 1 to 999999999, not "many"/,
    ],
    [['limits', 'set', '--ip', '--limit', '0', '--window', '6'], /--limit must be a whole number/],
    [
      ['limits', 'set', '--ip', '--limit', '5', '--window', '1e3'],
      /--window must be a whole number/,
    ],
    [
      ['limits', 'set', '--account', 'a', '--burst', '5', '--limit', '3'],
      /limits set --burst does not take --limit/,
    ],
    [
      ['limits', 'set', '--ip', '--account', 'a', '--limit', '5', '--window', '6'],
      /limits set --ip does not take --account/,
    ],
    [['limits', 'reset'], /needs --account <id> or --ip/],
    [['limits', 'reset', '--ip', '--limit', '3'], /limits reset --ip does not take --limit/],
    [['limits', 'show', '--account', ''], /--account must be an account id/],
    [['limits', 'show', '--ip'], /limits show does not take --ip/],
  ])('refuses %p with a message that says what is wrong', (argv, message) => {
    expect(usageErrorOf([...argv])).toMatch(message);
  });
});
