import { Queues, queueKeyPrefix } from '@tally/contracts';
import { ConfigError, createRedis, env, loadConfig, type CliOutput } from '@tally/nest-kit';
import { Queue } from 'bullmq';
import { z } from 'zod';
import { runJobsCommand } from './failed-jobs.js';
import { parseJobsCommand, USAGE, UsageError } from './jobs-command.js';

const cliEnvSchema = z.object({
  REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
  REDIS_KEY_PREFIX: env.keyPrefix(),
});

/** The `jobs` operator CLI without the process around it: answers with the exit code. */
export async function runCli(
  argv: readonly string[],
  vars: Record<string, string | undefined>,
  output: CliOutput,
): Promise<number> {
  let command;
  try {
    command = parseJobsCommand(argv[0] === 'jobs' ? argv.slice(1) : argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.action === 'help') {
    output.out(USAGE);
    return 0;
  }
  let config;
  try {
    config = loadConfig(cliEnvSchema, vars);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    output.err(`${error.message}\n`);
    return 1;
  }
  // One attempt, no reconnecting: a one-shot command fails with the reason instead of hanging.
  const connection = createRedis(
    { url: config.REDIS_URL, keyPrefix: '' },
    { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null },
  );
  let cause: unknown;
  connection.on('error', (error) => (cause = error));
  try {
    await connection.connect();
  } catch (error) {
    const reason = cause ?? error;
    output.err(
      `Could not reach Redis: ${reason instanceof Error ? reason.message : String(reason)}\n`,
    );
    return 1;
  }
  const queue = new Queue(Queues.creatorSync, {
    connection,
    prefix: queueKeyPrefix(config.REDIS_KEY_PREFIX),
  });
  // The command's own failure says why; BullMQ would print the connection error again.
  queue.on('error', () => undefined);
  try {
    const report = await runJobsCommand(command, queue);
    output.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    output.err(
      `jobs ${command.action} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  } finally {
    await queue.close().catch(() => undefined);
    connection.disconnect();
  }
}
