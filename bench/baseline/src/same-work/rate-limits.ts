// Fixed-window rate limits in Redis, every limit of a request in ONE script
// call: the client IP's, and for a known key the account's pool (per
// environment) and the key's burst limit. Operators' overrides are read from
// one hash in the same call, as the gateway's script reads them: the same
// four keys touched per request. Counters only grow when every limit allows.
import type { Principal } from '@tally/contracts';
import type { Redis } from 'ioredis';
import { isIPv4, isIPv6 } from 'node:net';
import { Refusal } from './refusal.js';
import type { EdgeSettings, Rate } from './settings.js';

// KEYS: the overrides hash, then one counter per limit. ARGV: limit and window of each
// limit, then each limit's field in the overrides hash. Replies allowed (1 or 0), then per
// limit: limit, window (s), used, milliseconds until its window ends.
const CONSUME = `
local limits = #KEYS - 1
local fields = {}
for i = 1, limits do fields[i] = ARGV[2 * limits + i] end
local overrides = redis.call('HMGET', KEYS[1], unpack(fields))
local reply = { 1 }
for i = 1, limits do
  local limit, window = tonumber(ARGV[2 * i - 1]), tonumber(ARGV[2 * i])
  if overrides[i] then
    local l, w = string.match(overrides[i], '^(%d+)/(%d+)$')
    if l then limit, window = tonumber(l), tonumber(w) end
  end
  local key = KEYS[i + 1]
  local used = tonumber(redis.call('GET', key) or 0)
  local ttl = redis.call('PTTL', key)
  if ttl == -2 then
    ttl = window * 1000
  elseif ttl == -1 or ttl > window * 1000 then
    redis.call('PEXPIRE', key, window * 1000)
    ttl = window * 1000
  end
  if used >= limit then reply[1] = 0 end
  local at = 4 * i - 2
  reply[at], reply[at + 1], reply[at + 2], reply[at + 3] = limit, window, used, ttl
end
if reply[1] == 1 then
  for i = 1, limits do
    local used = redis.call('INCR', KEYS[i + 1])
    if used == 1 then redis.call('PEXPIRE', KEYS[i + 1], reply[4 * i - 1] * 1000) end
    reply[4 * i] = used
  end
end
return reply
`;

const OVERRIDES = 'ratelimit:overrides';

interface Status {
  name: 'ip' | 'pool' | 'burst';
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

type ConsumeCommand = (keyCount: number, ...keysAndArgs: string[]) => Promise<number[]>;

/** What the per-IP limit counts by: an IPv4 address, or an IPv6 address's /64 network. */
export function ipBucket(ip: string): string {
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return 'unknown';
  const address = ip.toLowerCase().split('%')[0];
  if (address.startsWith('::ffff:') && isIPv4(address.slice(7))) return address.slice(7);
  const gap = address.indexOf('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = gap === -1 ? address.split(':') : groups(address.slice(0, gap));
  const tail = gap === -1 ? [] : groups(address.slice(gap + 2));
  const tailGroups = tail.length + (tail.at(-1)?.includes('.') ? 1 : 0);
  const zeros = Array<string>(gap === -1 ? 0 : 8 - head.length - tailGroups).fill('0');
  const network = [...head, ...zeros, ...tail].slice(0, 4);
  return `${network.map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}

function statusAt(reply: number[], at: number, name: Status['name']): Status {
  return {
    name,
    limit: reply[at],
    windowSeconds: reply[at + 1],
    remaining: Math.max(0, reply[at] - reply[at + 2]),
    resetSeconds: Math.max(1, Math.ceil(reply[at + 3] / 1000)),
  };
}

const policy = (status: Status) => `"${status.name}";q=${status.limit};w=${status.windowSeconds}`;
const left = (status: Status) => `"${status.name}";r=${status.remaining};t=${status.resetSeconds}`;
const plural = (count: number) => (count === 1 ? '1 second' : `${count} seconds`);

function longestWait(statuses: Status[]): Status | undefined {
  let longest: Status | undefined;
  for (const status of statuses) {
    if (status.remaining === 0 && status.resetSeconds > (longest?.resetSeconds ?? 0))
      longest = status;
  }
  return longest;
}

export class RateLimiter {
  private readonly consume: ConsumeCommand;
  private readonly args: Record<keyof EdgeSettings['limits'], [string, string]>;

  constructor(redis: Redis, limits: EdgeSettings['limits']) {
    redis.defineCommand('sameWorkConsume', { lua: CONSUME });
    this.consume = (redis as unknown as { sameWorkConsume: ConsumeCommand }).sameWorkConsume.bind(
      redis,
    );
    const args = (rate: Rate): [string, string] => [String(rate.limit), String(rate.windowSeconds)];
    this.args = {
      development: args(limits.development),
      production: args(limits.production),
      burst: args(limits.burst),
      ip: args(limits.ip),
    };
  }

  /**
   * Counts the request (by IP only without a principal), returns the
   * rate-limit headers to send, and throws the 429 (with them) when refused.
   */
  async admit(ip: string, principal?: Principal): Promise<Record<string, string>> {
    const ipKey = `ratelimit:ip:${ipBucket(ip)}`;
    const ipArgs = this.args.ip;
    if (!principal) {
      const reply = await this.consume(2, OVERRIDES, ipKey, ipArgs[0], ipArgs[1], 'ip');
      return this.decide(reply, [statusAt(reply, 1, 'ip')]);
    }
    const { accountId, credentialId, environment } = principal;
    const pool = this.args[environment];
    const burst = this.args.burst;
    const reply = await this.consume(
      4,
      OVERRIDES,
      ipKey,
      `ratelimit:pool:${accountId}:${environment}`,
      `ratelimit:burst:${accountId}:${credentialId}`,
      ipArgs[0],
      ipArgs[1],
      pool[0],
      pool[1],
      burst[0],
      burst[1],
      'ip',
      `account:${accountId}:${environment}`,
      `account:${accountId}:burst`,
    );
    return this.decide(reply, [
      statusAt(reply, 5, 'pool'),
      statusAt(reply, 9, 'burst'),
      statusAt(reply, 1, 'ip'),
    ]);
  }

  /** `statuses`: the advertised ones first (the pool and burst, or the IP alone), the IP last. */
  private decide(reply: number[], statuses: Status[]): Record<string, string> {
    const [primary] = statuses;
    const allowed = reply[0] === 1;
    // Of the exhausted limits, the one that ends last: waiting for it is enough.
    const hit = allowed ? undefined : longestWait(statuses);
    // The IP limit is advertised to a key's caller only when it is what refused them.
    const advertised =
      statuses.length === 1 || hit === statuses[2] ? statuses : statuses.slice(0, 2);
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(primary.limit),
      'x-ratelimit-remaining': String(primary.remaining),
      'x-ratelimit-reset': String(primary.resetSeconds),
      'ratelimit-policy': advertised.map(policy).join(', '),
      ratelimit: advertised.map(left).join(', '),
    };
    if (allowed) return headers;
    const refused = hit ?? primary;
    headers['retry-after'] = String(hit?.resetSeconds ?? 0);
    throw new Refusal(
      429,
      'rate_limited',
      `Too many requests (${refused.name}: ${refused.limit} requests per ${plural(refused.windowSeconds)}). ` +
        `Try again in ${plural(refused.resetSeconds)}.`,
      [{ reason: refused.name }],
      headers,
    );
  }
}
