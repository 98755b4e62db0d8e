import type { Command } from '@tally/nest-kit';
import { runCli as runJobsCli } from './run-cli.js';
import { runPlatformsCli } from './run-platforms-cli.js';

/**
 * The sync worker's operator command for a command line: `platforms ...`, or
 * else `jobs ...` (with or without the leading `jobs`, as it always took).
 */
export function commandFor(argv: readonly string[]): { name: string; run: Command } {
  if (argv[0] === 'platforms') return { name: 'platforms', run: runPlatformsCli };
  return { name: 'jobs', run: runJobsCli };
}
