// The same-work baseline of the gateway benchmark (bench/baseline/src/same-work):
// plain Fastify + ioredis + nats.js + pg doing what the gateway, identity and
// the creators service do on the measured routes, without a framework. Two
// processes, an HTTP edge and a NATS responder, against the same Postgres
// database, Redis and NATS as Tally, with a subject prefix and key prefix of
// their own; and a check that both answer the same.
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { benchNodeFlags, waitFor200 } from './tally.mjs';

export const SAME_WORK_EDGE = 'same-work-edge';
export const SAME_WORK_RESPONDER = 'same-work-responder';

export const SAME_WORK_DESCRIPTION =
  'plain Fastify + ioredis + nats.js + pg, no framework (bench/baseline/src/same-work): an edge that ' +
  'checks the bearer key (checksum, in-process cache by SHA-256, one NATS request to verify on a miss), ' +
  'the permission, three fixed-window limits in one Redis script call, counts usage in memory ' +
  '(flushed to Redis every second), makes a request id, sends one NATS request and answers the ' +
  "gateway's envelope, headers and HMAC cursors; a responder (NATS queue group) that runs the " +
  "creators service's and identity's SQL on a pg pool, maps the rows and replies JSON";

/** The variables both processes read (see bench/baseline/src/same-work/settings.ts). */
export function sameWorkEnv({ appEnv, databaseUrl, subjectPrefix, redisKeyPrefix, port }) {
  const passed = [
    'NATS_URL',
    'REDIS_URL',
    'KEY_HASH_SECRET',
    'CURSOR_SECRET',
    'KEY_CACHE_TTL_MS',
    'KEY_CACHE_MAX_ENTRIES',
    'USAGE_FLUSH_MS',
    'NATS_REQUEST_TIMEOUT_MS',
    'RATE_LIMIT_DEVELOPMENT',
    'RATE_LIMIT_PRODUCTION',
    'RATE_LIMIT_BURST',
    'RATE_LIMIT_IP',
  ];
  const env = { PATH: process.env.PATH, NODE_ENV: 'production' };
  for (const name of passed) if (appEnv[name]) env[name] = appEnv[name];
  return {
    ...env,
    DATABASE_URL: databaseUrl,
    SAME_WORK_SUBJECT_PREFIX: subjectPrefix,
    SAME_WORK_REDIS_KEY_PREFIX: redisKeyPrefix,
    SAME_WORK_PORT: String(port),
  };
}

/** Starts the responder and the edge from the compiled baseline; returns the edge's base URL. */
export async function startSameWorkBaseline(children, out, env) {
  // The same runtime flags as Tally's apps: the comparison is of the code, not of the flags.
  const start = (name, file) =>
    children.start(name, process.execPath, [...benchNodeFlags(), join(out, 'same-work', file)], {
      cwd: out,
      env,
    });
  start(SAME_WORK_RESPONDER, 'responder.js');
  start(SAME_WORK_EDGE, 'edge.js');
  const base = `http://127.0.0.1:${env.SAME_WORK_PORT}`;
  // Ready: the edge listens and the responder answers it over NATS.
  await waitFor200(children, `${base}/health/ready`, 30000);
  return base;
}

// Differ on every answer, or count per side (each side has its own Redis counters).
const VOLATILE_HEADERS = new Set([
  'date',
  'x-request-id',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'ratelimit',
  'connection',
  'keep-alive',
]);

async function answerOf(url, headers) {
  const response = await fetch(url, { headers });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), text, body };
}

function headerDifferences(tally, sameWork) {
  const names = new Set([...Object.keys(tally), ...Object.keys(sameWork)]);
  const differences = [];
  for (const name of [...names].sort()) {
    if (VOLATILE_HEADERS.has(name) || tally[name] === sameWork[name]) continue;
    differences.push(
      `${name}: tally ${tally[name] ?? '(none)'}, same-work ${sameWork[name] ?? '(none)'}`,
    );
  }
  return differences;
}

/**
 * One answer of each route from both sides, compared: the status, the
 * envelope's `data` (deep equal), the body's bytes, and the headers but for
 * the request id, the date and the rate-limit counters. The figures compare
 * like with like only when they match.
 */
export async function compareAnswers({ tallyBase, sameWorkBase, routes, headers }) {
  const comparisons = [];
  for (const { path } of routes) {
    const tally = await answerOf(`${tallyBase}${path}`, headers);
    const sameWork = await answerOf(`${sameWorkBase}${path}`, headers);
    comparisons.push({
      route: path,
      status: { tally: tally.status, sameWork: sameWork.status },
      dataEqual:
        tally.body !== undefined && isDeepStrictEqual(tally.body?.data, sameWork.body?.data),
      bytesEqual: tally.text === sameWork.text,
      bytes: { tally: Buffer.byteLength(tally.text), sameWork: Buffer.byteLength(sameWork.text) },
      headerDifferences: headerDifferences(tally.headers, sameWork.headers),
      ...(tally.status !== 200 || sameWork.status !== 200
        ? { bodies: { tally: tally.text.slice(0, 500), sameWork: sameWork.text.slice(0, 500) } }
        : {}),
    });
  }
  return comparisons;
}

/** What is wrong with a comparison, as lines to print; none when both answered alike. */
export function parityProblems(comparison) {
  const problems = [];
  const { status } = comparison;
  if (status.tally !== status.sameWork || status.tally !== 200)
    problems.push(`status: tally ${status.tally}, same-work ${status.sameWork}`);
  if (!comparison.dataEqual) problems.push('the data of the two answers differ');
  else if (!comparison.bytesEqual)
    problems.push(
      `equal data, but the bodies' bytes differ (tally ${comparison.bytes.tally} B, same-work ${comparison.bytes.sameWork} B)`,
    );
  problems.push(...comparison.headerDifferences.map((difference) => `header ${difference}`));
  return problems;
}
