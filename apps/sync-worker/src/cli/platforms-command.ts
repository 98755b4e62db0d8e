import { UsageError } from './jobs-command.js';

export const PLATFORMS_USAGE = `Usage: platforms status [--json]

Each platform as every process that calls it shares it through Redis: the upstream
(the real platform or the sandbox), its limits and their state right now; and
today's calls (UTC day) by every sync worker together.

  platforms status           a table
  platforms status --json    the same as JSON

  TikTok      calls per minute per endpoint; how far ahead each endpoint's slots are taken
  Instagram   calls per hour per creator; how many creators have slots taken ahead of now
  YouTube     units per day and the reserve for requested work; used, remaining, next reset

Redis from REDIS_URL and REDIS_KEY_PREFIX; the platforms from TIKTOK_*, INSTAGRAM_*,
GOOGLE_* and YOUTUBE_*, as the sync worker reads them.
`;

export type PlatformsCommand = { action: 'help' } | { action: 'status'; json: boolean };

/** Parses `platforms ...` (argv without the leading `platforms`). */
export function parsePlatformsCommand(argv: readonly string[]): PlatformsCommand {
  const [action, ...rest] = argv;
  switch (action) {
    case undefined:
    case 'help':
    case '--help':
      return { action: 'help' };
    case 'status': {
      const unknown = rest.find((arg) => arg !== '--json');
      if (unknown !== undefined)
        throw new UsageError(`platforms status takes only --json (got ${unknown})`);
      return { action: 'status', json: rest.length > 0 };
    }
    default:
      throw new UsageError(`unknown command "${action}"`);
  }
}
