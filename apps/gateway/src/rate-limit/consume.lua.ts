/**
 * Counts one request against every limit that applies to it, in one atomic step.
 *
 * KEYS[1]  the overrides hash (fields `ip`, `account:<id>:<kind>`)
 * KEYS[2]  the client IP's counter
 * KEYS[3]  the pool's counter              } only when a credential is known: the account's
 * KEYS[4]  the second counter              } pool and the credential's burst, or a publishable
 *                                          } key's own pool and the IP's share of it
 * ARGV     default limit and window (seconds) of each counter's limit, in the same order,
 *          then the overrides hash field of each
 *
 * Replies 1 (allowed) or 0, then per counter: limit, window, used, milliseconds until reset.
 * Counters only grow when every limit allows, so a refused request uses up nothing.
 * Windows are fixed: they start with their first request and end when the counter expires.
 */
export const CONSUME_SCRIPT = `
local limits = #KEYS - 1
local fields = {}
for i = 1, limits do
  fields[i] = ARGV[2 * limits + i]
end
local overrides = redis.call('HMGET', KEYS[1], unpack(fields))

local reply = { 1 }
for i = 1, limits do
  local limit = tonumber(ARGV[2 * i - 1])
  local window = tonumber(ARGV[2 * i])
  local override = overrides[i]
  if override then
    local overriddenLimit, overriddenWindow = string.match(override, '^(%d+)/(%d+)$')
    if overriddenLimit then
      limit = tonumber(overriddenLimit)
      window = tonumber(overriddenWindow)
    end
  end
  local key = KEYS[i + 1]
  local windowMs = window * 1000
  local used = tonumber(redis.call('GET', key) or 0)
  local ttl = redis.call('PTTL', key)
  if ttl == -2 then
    ttl = windowMs
  elseif ttl == -1 or ttl > windowMs then
    -- an operator shortened the window: the running one ends no later than a new one would
    redis.call('PEXPIRE', key, windowMs)
    ttl = windowMs
  end
  if used >= limit then
    reply[1] = 0
  end
  local at = 4 * i - 2
  reply[at] = limit
  reply[at + 1] = window
  reply[at + 2] = used
  reply[at + 3] = ttl
end

if reply[1] == 1 then
  for i = 1, limits do
    local key = KEYS[i + 1]
    local used = redis.call('INCR', key)
    if used == 1 then
      redis.call('PEXPIRE', key, reply[4 * i - 1] * 1000)
    end
    reply[4 * i] = used
  end
end
return reply
`;
