// The sign-in limits' Redis scripts. Each runs atomically, so parallel
// sign-ins cannot all read "under the limit" before any of them counts.
//
// Every log is a sorted set of attempt ids scored by the time (ms) they were
// made; members older than the window are dropped before counting. An attempt
// is counted as a failure when it is reserved, before argon2 runs, and stays
// one unless the sign-in succeeds or is given up before the password was
// checked.
//
// KEYS of every script: 1 the email's log from this address, 2 this address's
// log, 3 the email's log from every address, 4 the addresses the email signed
// in from lately (scored by the last sign-in).

/**
 * Reserves one attempt against every limit that applies, or says which limit
 * refuses it and in how many ms it will not: `{'reserved', 0}`,
 * `{'pair' | 'address' | 'email', waitMs}`.
 *
 * ARGV: 1 now (ms), 2 window (ms), 3 attempt id, 4 failures per email and
 * address, 5 failures per address, 6 failures per email before it backs off,
 * 7 the first back-off delay (ms), 8 the longest (ms), 9 the address, 10 how
 * long an address the email signed in from stays known (ms).
 */
export const RESERVE_ATTEMPT_SCRIPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
for i = 1, 3 do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
end

local function leavesWindowIn(key)
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - now)
end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then
  return {'pair', leavesWindowIn(KEYS[1])}
end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[5]) then
  return {'address', leavesWindowIn(KEYS[2])}
end

-- Past the email's ceiling, addresses it has not signed in from lately wait a
-- delay that doubles with every further failure, whoever made them.
local lastSignIn = redis.call('ZSCORE', KEYS[4], ARGV[9])
local known = lastSignIn and tonumber(lastSignIn) > now - tonumber(ARGV[10])
if not known then
  local failures = redis.call('ZCARD', KEYS[3])
  local ceiling = tonumber(ARGV[6])
  if failures >= ceiling then
    local latest = redis.call('ZRANGE', KEYS[3], -1, -1, 'WITHSCORES')
    local delay = math.min(tonumber(ARGV[8]), tonumber(ARGV[7]) * 2 ^ (failures - ceiling))
    local wait = tonumber(latest[2]) + delay - now
    if wait > 0 then
      return {'email', math.ceil(wait)}
    end
  end
end

for i = 1, 3 do
  redis.call('ZADD', KEYS[i], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[i], window)
end
return {'reserved', 0}
`;

/**
 * A sign-in succeeded (or an account was just signed up): the email's failures
 * from this address are forgotten (whoever is there knows the password), the
 * attempt's own reservation is dropped from the other logs (earlier failures
 * stay), and the address is remembered as one the email signs in from.
 *
 * ARGV: 1 attempt id ('' when none was reserved), 2 the address, 3 now (ms),
 * 4 how long the address stays known (ms), 5 how many addresses are kept.
 */
export const SIGNED_IN_SCRIPT = `
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
local now = tonumber(ARGV[3])
local knownFor = tonumber(ARGV[4])
redis.call('ZADD', KEYS[4], now, ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - knownFor)
redis.call('ZREMRANGEBYRANK', KEYS[4], 0, -(tonumber(ARGV[5]) + 1))
redis.call('PEXPIRE', KEYS[4], knownFor)
return 1
`;

/**
 * The attempt was given up before its password was checked (argon2 was busy,
 * the database failed): it was no guess, so it counts nowhere.
 *
 * ARGV: 1 attempt id.
 */
export const RELEASE_ATTEMPT_SCRIPT = `
for i = 1, 3 do
  redis.call('ZREM', KEYS[i], ARGV[1])
end
return 1
`;
