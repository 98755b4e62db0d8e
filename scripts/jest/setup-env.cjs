// Runs before every test file. Each file gets its own NATS subject prefix and
// Redis key prefix so that test files running at the same time (in other jest
// workers or other packages) never answer each other's messages or share keys.
const { randomBytes } = require('node:crypto');

const namespace = `t${randomBytes(5).toString('hex')}`;
process.env.NATS_SUBJECT_PREFIX = namespace;
process.env.REDIS_KEY_PREFIX = `${namespace}:`;
process.env.DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://tally:tally@127.0.0.1:5432/tally_test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
// Gateways started by tests serve /metrics on a free port of their own (several run at once).
process.env.METRICS_PORT = process.env.TEST_METRICS_PORT ?? '0';
