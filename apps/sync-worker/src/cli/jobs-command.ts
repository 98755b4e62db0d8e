import { type QueueName, Queues } from '@tally/contracts';

const QUEUE_NAMES: readonly string[] = Object.values(Queues);

export const USAGE = `Usage: jobs <command> [options] [--queue <queue>]

Look after the failed jobs of a queue: ${Queues.creatorSync} (the default) or ${Queues.creatorRevocations}.

  jobs counts                      jobs per state (waiting, prioritized, active, delayed, failed, completed)
  jobs failed [--limit <n>]        the failed jobs, newest first, with the reason (default 20, at most 1000)
  jobs retry <job id>...           put these failed jobs back in the queue, attempts reset
  jobs retry --all                 every failed job
  jobs drop <job id>...            delete these failed jobs
  jobs drop --all                  delete every failed job

  --queue <queue>                  the queue the command is about (default ${Queues.creatorSync})

Redis from REDIS_URL and REDIS_KEY_PREFIX.
`;

/** The command line is wrong: the message says how; the CLI exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type JobsCommand =
  | { action: 'help' }
  | ((
      | { action: 'counts' }
      | { action: 'failed'; limit: number }
      | { action: 'retry' | 'drop'; target: { all: true } | { ids: string[] } }
    ) & { queue: QueueName });

const MAX_LIST = 1000;

/** Parses `jobs ...` (argv without the leading `jobs`). */
export function parseJobsCommand(argv: readonly string[]): JobsCommand {
  const { queue, rest: args } = takeQueue(argv);
  const [action, ...rest] = args;
  switch (action) {
    case undefined:
    case 'help':
    case '--help':
      return { action: 'help' };
    case 'counts':
      if (rest.length > 0) throw new UsageError(`jobs counts takes no options (got ${rest[0]})`);
      return { action: 'counts', queue };
    case 'failed':
      return { action: 'failed', limit: parseLimit(rest), queue };
    case 'retry':
    case 'drop':
      return { action, target: parseTarget(action, rest), queue };
    default:
      throw new UsageError(`unknown command "${action}"`);
  }
}

/** `--queue <queue>`, wherever it is, and the arguments without it. */
function takeQueue(argv: readonly string[]): { queue: QueueName; rest: string[] } {
  const at = argv.indexOf('--queue');
  if (at === -1) return { queue: Queues.creatorSync, rest: [...argv] };
  const name = argv[at + 1];
  if (name === undefined || !QUEUE_NAMES.includes(name)) {
    throw new UsageError(`--queue must be one of ${QUEUE_NAMES.join(', ')}`);
  }
  const rest = [...argv.slice(0, at), ...argv.slice(at + 2)];
  if (rest.includes('--queue')) throw new UsageError('--queue may be given once');
  return { queue: name as QueueName, rest };
}

function parseLimit(rest: readonly string[]): number {
  if (rest.length === 0) return 20;
  if (rest.length !== 2 || rest[0] !== '--limit') {
    throw new UsageError('jobs failed takes only --limit <n>');
  }
  const limit = Number(rest[1]);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST) {
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIST}`);
  }
  return limit;
}

function parseTarget(
  action: 'retry' | 'drop',
  rest: readonly string[],
): { all: true } | { ids: string[] } {
  if (rest.length === 1 && rest[0] === '--all') return { all: true };
  if (rest.length === 0) throw new UsageError(`jobs ${action} needs job ids or --all`);
  const invalid = rest.find((id) => !/^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}$/.test(id));
  if (invalid !== undefined) throw new UsageError(`"${invalid}" is not a job id`);
  return { ids: [...new Set(rest)] };
}
