import { QueueFactory, type QueueHandle } from '@tally/creators-data';
import { ConfigError, env, loadConfig, type CliOutput } from '@tally/nest-kit';
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
  let handle: QueueHandle;
  try {
    handle = await new QueueFactory({
      url: config.REDIS_URL,
      keyPrefix: config.REDIS_KEY_PREFIX,
    }).oneShotQueue(command.queue);
  } catch (error) {
    output.err(
      `Could not reach Redis: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  // The command's own failure says why; BullMQ would print the connection error again.
  handle.queue.on('error', () => undefined);
  try {
    const report = await runJobsCommand(command, handle.queue);
    output.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    output.err(
      `jobs ${command.action} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  } finally {
    await handle.close();
  }
}
