import { platformsEnvSchema, resolvePlatformConfigs } from '@tally/creators-data';
import {
  closeCliRedis,
  ConfigError,
  connectCliRedis,
  env,
  loadConfig,
  type CliOutput,
} from '@tally/nest-kit';
import type { Redis } from 'ioredis';
import { UsageError } from './jobs-command.js';
import { parsePlatformsCommand, PLATFORMS_USAGE } from './platforms-command.js';
import { readPlatformsStatus } from './platforms-status.js';
import { platformsTable } from './platforms-table.js';

const platformsCliEnvSchema = platformsEnvSchema.extend({
  REDIS_URL: env.redisUrl().default('redis://127.0.0.1:6379'),
  REDIS_KEY_PREFIX: env.keyPrefix(),
});

/** The `platforms` operator CLI without the process around it: answers with the exit code. */
export async function runPlatformsCli(
  argv: readonly string[],
  vars: Record<string, string | undefined>,
  output: CliOutput,
): Promise<number> {
  let command;
  try {
    command = parsePlatformsCommand(argv[0] === 'platforms' ? argv.slice(1) : argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`${error.message}\n\n${PLATFORMS_USAGE}`);
    return 2;
  }
  if (command.action === 'help') {
    output.out(PLATFORMS_USAGE);
    return 0;
  }
  let config;
  let platforms;
  try {
    config = loadConfig(platformsCliEnvSchema, vars);
    platforms = resolvePlatformConfigs(config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    output.err(`${error.message}\n`);
    return 1;
  }
  let redis: Redis;
  try {
    redis = await connectCliRedis({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX });
  } catch (error) {
    output.err(`Could not reach Redis: ${messageOf(error)}\n`);
    return 1;
  }
  try {
    const status = await readPlatformsStatus(redis, platforms);
    output.out(command.json ? `${JSON.stringify(status, null, 2)}\n` : platformsTable(status));
    return 0;
  } catch (error) {
    output.err(`platforms status failed: ${messageOf(error)}\n`);
    return 1;
  } finally {
    await closeCliRedis(redis);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
