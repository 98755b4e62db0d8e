import type { Environment } from '@tally/contracts';
import { CONSUME_SCRIPT } from './consume.lua.js';
import type { Rate } from './rate.js';
import type { RateLimitRedis } from './rate-limit-redis.js';
import { OVERRIDES_KEY } from './rate-limit.keys.js';
import { isWindowCounts, WindowCounts } from './window-counts.js';

const COMMAND = 'tallyRateLimitConsume';

interface ConsumeCommand {
  [COMMAND](numberOfKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
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

  async forAddress(ipKey: string, ip: RateArgs): Promise<WindowCounts> {
    return checked(await this.redis[COMMAND](2, OVERRIDES_KEY, ipKey, ip[0], ip[1]));
  }

  async forCredential(
    ipKey: string,
    poolKey: string,
    burstKey: string,
    accountId: string,
    environment: Environment,
    ip: RateArgs,
    pool: RateArgs,
    burst: RateArgs,
  ): Promise<WindowCounts> {
    const reply = await this.redis[COMMAND](
      4,
      OVERRIDES_KEY,
      ipKey,
      poolKey,
      burstKey,
      ip[0],
      ip[1],
      pool[0],
      pool[1],
      burst[0],
      burst[1],
      accountId,
      environment,
    );
    return checked(reply);
  }
}

function checked(reply: unknown): WindowCounts {
  if (!isWindowCounts(reply)) throw new Error('The rate-limit script replied in an unknown shape');
  return reply;
}
