// What the orchestrator (scripts/bench/lib/same-work-baseline.mjs) passes to
// the same-work edge and responder, read once at start.

/** So many requests per window of whole seconds, as the gateway's RATE_LIMIT_* say. */
export interface Rate {
  limit: number;
  windowSeconds: number;
}

export interface ResponderSettings {
  natsServers: string[];
  /** Every subject of this baseline starts with it (unique per run). */
  subjectPrefix: string;
  databaseUrl: string;
  /** identity's KEY_HASH_SECRET: keys are looked up by the same HMAC. */
  keyHashSecret: string;
  databasePoolSize: number;
}

export interface EdgeSettings {
  natsServers: string[];
  subjectPrefix: string;
  httpPort: number;
  redisUrl: string;
  /** Prepended to every Redis key (ioredis' keyPrefix), apart from Tally's. */
  redisKeyPrefix: string;
  /** The gateway's CURSOR_SECRET: cursors come out the same as Tally's. */
  cursorSecret: string;
  keyCacheTtlMs: number;
  keyCacheMaxEntries: number;
  usageFlushMs: number;
  natsTimeoutMs: number;
  limits: { development: Rate; production: Rate; burst: Rate; ip: Rate };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

function positiveInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

/** `<requests>/<seconds>s`, as the gateway reads its RATE_LIMIT_* variables. */
function rate(name: string, fallback: string): Rate {
  const value = process.env[name] ?? fallback;
  const match = /^([1-9]\d{0,8})\/([1-9]\d{0,8})s$/.exec(value.trim());
  if (!match) throw new Error(`${name}: "${value}" is not a rate like 100/600s`);
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) };
}

const natsServers = () =>
  required('NATS_URL')
    .split(',')
    .map((server) => server.trim());

export function responderSettings(): ResponderSettings {
  return {
    natsServers: natsServers(),
    subjectPrefix: required('SAME_WORK_SUBJECT_PREFIX'),
    databaseUrl: required('DATABASE_URL'),
    keyHashSecret: required('KEY_HASH_SECRET'),
    databasePoolSize: positiveInt('DATABASE_POOL_SIZE', 10),
  };
}

export function edgeSettings(): EdgeSettings {
  return {
    natsServers: natsServers(),
    subjectPrefix: required('SAME_WORK_SUBJECT_PREFIX'),
    httpPort: positiveInt('SAME_WORK_PORT', 3100),
    redisUrl: required('REDIS_URL'),
    redisKeyPrefix: required('SAME_WORK_REDIS_KEY_PREFIX'),
    cursorSecret: required('CURSOR_SECRET'),
    keyCacheTtlMs: positiveInt('KEY_CACHE_TTL_MS', 30_000),
    keyCacheMaxEntries: positiveInt('KEY_CACHE_MAX_ENTRIES', 10_000),
    usageFlushMs: positiveInt('USAGE_FLUSH_MS', 1000),
    natsTimeoutMs: positiveInt('NATS_REQUEST_TIMEOUT_MS', 5000),
    // The gateway's defaults; the benchmark passes its generous limits.
    limits: {
      development: rate('RATE_LIMIT_DEVELOPMENT', '100/600s'),
      production: rate('RATE_LIMIT_PRODUCTION', '5000/600s'),
      burst: rate('RATE_LIMIT_BURST', '100/1s'),
      ip: rate('RATE_LIMIT_IP', '1000/10s'),
    },
  };
}
