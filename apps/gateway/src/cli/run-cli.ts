import {
  closeCliRedis,
  ConfigError,
  connectCliRedis,
  loadConfig,
  RedisModuleOptions,
  type CliOutput,
} from '@tally/nest-kit';
import { rateLimitDefaultsFrom, rateLimitEnvSchema } from '../rate-limit/rate-limit.config.js';
import type { RateLimitRedis } from '../rate-limit/rate-limit-redis.js';
import { RateLimitOverrides } from '../rate-limit/rate-limit-overrides.js';
import { parseLimitsCommand } from './limits-command.js';
import { runLimitsCommand } from './run-limits-command.js';
import { USAGE, UsageError } from './usage.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The operator CLI without the process around it: answers with the exit code. */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  output: CliOutput,
  connect: (options: RedisModuleOptions) => Promise<RateLimitRedis> = connectCliRedis,
): Promise<number> {
  let command;
  try {
    command = parseLimitsCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`${error.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (command.action === 'help') {
    output.out(USAGE);
    return EXIT_OK;
  }

  let config;
  try {
    config = loadConfig(rateLimitEnvSchema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    output.err(`${error.message}\n`);
    return EXIT_FAILED;
  }

  let redis: RateLimitRedis;
  try {
    redis = await connect({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX });
  } catch (error) {
    output.err(`Could not reach Redis: ${messageOf(error)}\n`);
    return EXIT_FAILED;
  }
  try {
    const report = await runLimitsCommand(
      command,
      new RateLimitOverrides(redis),
      rateLimitDefaultsFrom(config),
    );
    output.out(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT_OK;
  } catch (error) {
    output.err(`Could not change or read the limits in Redis: ${messageOf(error)}\n`);
    return EXIT_FAILED;
  } finally {
    await closeCliRedis(redis);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
