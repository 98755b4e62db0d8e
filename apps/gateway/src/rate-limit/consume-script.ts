import { CONSUME_SCRIPT } from './consume.lua.js';
import type { Rate } from './rate.js';
import type { RateLimitRedis } from './rate-limit-redis.js';
import { IP_OVERRIDE_FIELD, OVERRIDES_KEY } from './rate-limit.keys.js';
import { isWindowCounts, WindowCounts } from './window-counts.js';

const COMMAND = 'tallyRateLimitConsume';

interface ConsumeCommand {
  [COMMAND](numberOfKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
}

/** One counter of a credential: its key, its default rate and its field in the overrides hash. */
export interface CounterArgs {
  key: string;
  rate: RateArgs;
  overrideField: string;
}

/** A rate's ARGV pair, stringified once instead of on every request. */
export type RateArgs = readonly [limit: string, windowSeconds: string];

export function rateArgs(rate: Rate): RateArgs {
  return [String(rate.limit), String(rate.windowSeconds)];
}

/**
 * The consume script as an ioredis command: EVALSHA on every call, the script's
 * text only the first time on a connection (so also after Redis restarted).
 */
export class ConsumeScript {
  private readonly redis: RateLimitRedis & ConsumeCommand;

  constructor(redis: RateLimitRedis) {
    redis.defineCommand(COMMAND, { lua: CONSUME_SCRIPT });
    this.redis = redis as RateLimitRedis & ConsumeCommand;
  }

  forAddress(ipKey: string, ip: RateArgs): Promise<WindowCounts> {
    return this.redis[COMMAND](2, OVERRIDES_KEY, ipKey, ip[0], ip[1], IP_OVERRIDE_FIELD).then(
      checked,
    );
  }

  /** The IP limit, then a credential's two limits (each with its key, default and override field). */
  forCredential(
    ipKey: string,
    ip: RateArgs,
    pool: CounterArgs,
    second: CounterArgs,
  ): Promise<WindowCounts> {
    return this.redis[COMMAND](
      4,
      OVERRIDES_KEY,
      ipKey,
      pool.key,
      second.key,
      ip[0],
      ip[1],
      pool.rate[0],
      pool.rate[1],
      second.rate[0],
      second.rate[1],
      IP_OVERRIDE_FIELD,
      pool.overrideField,
      second.overrideField,
    ).then(checked);
  }
}

function checked(reply: unknown): WindowCounts {
  if (!isWindowCounts(reply)) throw new Error('The rate-limit script replied in an unknown shape');
  return reply;
}
