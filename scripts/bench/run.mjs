// `npm run bench`: the performance targets, measured on the real stack on
// loopback against a same-run baseline, with the hardware they ran on.
//
// 1. The same setup as `npm test` (dependencies, Postgres/Redis/NATS, build,
//    migrations), against a database of its own (BENCH_DATABASE_URL, by
//    default DATABASE_URL's with `_bench` appended to its name).
// 2. Starts identity, creators and the gateway (apps/*/dist) with their own
//    ports, NATS subject prefix and Redis key prefix, and rate limits too high
//    to be reached; signs up an account and creates keys through the API, and
//    adds 20 creators to the account in the creators schema.
// 3. Benchmarks key verification (cache hit, cold), then three authenticated
//    gateway routes against the same-work baseline (bench/baseline/src/same-work:
//    the same work written plainly, no framework), after checking that both
//    answer the same; the creators page also against the bare Nest floor
//    (bench/baseline), for reference.
// 4. Prints the report, writes bench-results/latest.json, stops everything.
// Exits non-zero only when something broke; a missed target is reported, not failed.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, loadEnvironment } from '../lib/env.mjs';
import { color, step, warn } from '../lib/log.mjs';
import { setup } from '../setup.mjs';
import { BASELINE_PATH, compileBaseline, startBaseline } from './lib/baseline.mjs';
import { benchDatabaseUrl, freePort } from './lib/bench-env.mjs';
import { Children } from './lib/children.mjs';
import { startCpuCount } from './lib/cpu.mjs';
import { describeHardware } from './lib/hardware.mjs';
import { formatReport, judge } from './lib/report.mjs';
import { routeSummary } from './lib/same-work-report.mjs';
import {
  compareAnswers,
  parityProblems,
  SAME_WORK_DESCRIPTION,
  SAME_WORK_EDGE,
  SAME_WORK_RESPONDER,
  sameWorkEnv,
  startSameWorkBaseline,
} from './lib/same-work-baseline.mjs';
import { createAccountWithKeys, startTally, TALLY_APPS } from './lib/tally.mjs';

/** The creators page: gateway → NATS → creators → Postgres; also the Nest floor's route. */
const GATEWAY_ROUTE = '/api/v1/creators?limit=20';

/** The routes measured against the same-work baseline; the videos' creator is known once seeded. */
const sameWorkRoutes = (creatorId) => [
  {
    name: 'creators',
    path: GATEWAY_ROUTE,
    label: GATEWAY_ROUTE,
    what: "the account's first page of 20 creators (one query)",
  },
  {
    name: 'videos',
    path: `/api/v1/creators/${creatorId}/videos?limit=20`,
    label: '/api/v1/creators/:id/videos?limit=20',
    what: `the first page of 20 videos of the newest creator (${SETTINGS.videosOfFirstCreator} videos; the baseline checks that the creator is the account's, then reads the page; Tally both in one query)`,
  },
  {
    name: 'me',
    path: '/api/v1/users/me',
    label: '/api/v1/users/me',
    what: "who the key is (the baseline reads the account and the key's whole view; Tally what it shows, in one query)",
  },
];

const TARGETS = {
  cacheHitMedianUs: 100,
  coldMedianMs: 2,
  // Against the same-work baseline, per route.
  rpsRatioMin: 1,
  p99RatioMax: 1.2,
  // Against the bare Nest floor, for reference only.
  floorRpsRatioMin: 0.6,
  floorP99RatioMax: 2,
};

const SETTINGS = {
  connections: 50,
  // Four shorter rounds rather than two long ones, the side that goes first swapped each
  // round: this machine's speed drifts by a tenth within minutes, and a drift then
  // falls on both sides alike instead of on whichever always went second.
  warmupS: Number(process.env.BENCH_WARMUP_SECONDS ?? 3),
  measureS: Number(process.env.BENCH_MEASURE_SECONDS ?? 7),
  rounds: Number(process.env.BENCH_ROUNDS ?? 4),
  keysInAccount: 20,
  creatorsInAccount: 20,
  videosOfFirstCreator: 30,
  cacheHitWarmupCalls: 20_000,
  cacheHitCalls: 100_000,
  httpWarmupRounds: 300,
  httpRounds: 2000,
  coldWarmupRequests: 200,
  coldRequests: 2000,
  pingRequests: 1000,
};

const RESULTS_FILE = join(ROOT, 'bench-results', 'latest.json');
const GENEROUS_LIMITS = {
  RATE_LIMIT_DEVELOPMENT: '100000000/600s',
  RATE_LIMIT_PRODUCTION: '100000000/600s',
  RATE_LIMIT_BURST: '100000000/1s',
  RATE_LIMIT_PUBLISHABLE: '100000000/600s',
  RATE_LIMIT_PUBLISHABLE_IP: '100000000/600s',
  RATE_LIMIT_IP: '100000000/10s',
};

async function postgresVersion(databaseUrl) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return (await client.query('SHOW server_version')).rows[0].server_version;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const secret = () => randomBytes(32).toString('base64url');

async function main() {
  const started = Date.now();
  const hardware = describeHardware();
  const children = new Children();
  let workDir;
  let cleaning;
  const cleanup = () => {
    cleaning ??= children.stop().then(() => {
      if (workDir) rmSync(workDir, { recursive: true, force: true });
    });
    return cleaning;
  };
  let interrupted = false;
  const onSignal = (signal) => {
    if (interrupted) return;
    interrupted = true;
    step(`${signal}: stopping every process this run started`);
    void cleanup().then(() => process.exit(130));
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  try {
    // `npm test`'s setup, with this run's own database in place of the test one.
    const databaseUrl = benchDatabaseUrl(loadEnvironment());
    process.env.TEST_DATABASE_URL = databaseUrl;
    const env = await setup({ forTests: true });
    // These need the dependencies the setup has just installed on a fresh clone.
    const { measureCacheHitInProcess, measureCacheHitOverHttp, measureColdVerification } =
      await import('./lib/key-verification.mjs');
    const { seedCreators, seedVideos } = await import('./lib/creators-seed.mjs');
    const { measureThroughput } = await import('./lib/throughput.mjs');

    workDir = mkdtempSync(join(tmpdir(), 'tally-bench-'));
    step('compiling the baseline (bench/baseline)');
    const compiling = compileBaseline(workDir);
    compiling.catch(() => undefined);

    const runId = randomUUID().slice(0, 8);
    const subjectPrefix = `bench-${runId}`;
    const natsServers = env.NATS_URL.split(',').map((server) => server.trim());
    const appEnv = {
      ...env,
      ...GENEROUS_LIMITS,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      IDENTITY_HEALTH_PORT: String(await freePort()),
      CREATORS_HEALTH_PORT: String(await freePort()),
      NATS_SUBJECT_PREFIX: subjectPrefix,
      REDIS_KEY_PREFIX: `bench:${runId}:`,
      // Production needs these; a fresh pair per run unless the environment sets them.
      KEY_HASH_SECRET: env.KEY_HASH_SECRET || secret(),
      CURSOR_SECRET: env.CURSOR_SECRET || secret(),
      SIGNING_KEY_ENCRYPTION_KEY: env.SIGNING_KEY_ENCRYPTION_KEY || secret(),
      TOKEN_ENCRYPTION_KEY: env.TOKEN_ENCRYPTION_KEY || randomBytes(32).toString('base64'),
    };
    step(`starting ${TALLY_APPS.join(', ')} (NATS prefix ${subjectPrefix})`);
    const base = await startTally(children, appEnv);

    const baselineOut = await children.guard(compiling);
    const baselineEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NATS_URL: env.NATS_URL,
      BASELINE_SUBJECT: `${subjectPrefix}.baseline.constant`,
      BASELINE_PORT: String(await freePort()),
    };
    step('starting the Nest floor (bench/baseline)');
    const baselineUrl = await startBaseline(children, baselineOut, baselineEnv);
    step('starting the same-work baseline (bench/baseline/src/same-work)');
    const sameWorkBase = await startSameWorkBaseline(
      children,
      baselineOut,
      sameWorkEnv({
        appEnv,
        databaseUrl,
        subjectPrefix: `${subjectPrefix}.same-work`,
        redisKeyPrefix: `bench:${runId}:same-work:`,
        port: await freePort(),
      }),
    );

    step(`signing up an account and creating ${SETTINGS.keysInAccount} keys through the API`);
    const account = await children.guard(
      createAccountWithKeys(base, { total: SETTINGS.keysInAccount }),
    );
    const allKeys = [account.fullAccess, account.readOnly, ...account.others];
    step(
      `adding ${SETTINGS.creatorsInAccount} creators to the account, ` +
        `${SETTINGS.videosOfFirstCreator} videos to the newest`,
    );
    const creatorIds = await children.guard(
      seedCreators(databaseUrl, account.accountId, SETTINGS.creatorsInAccount),
    );
    await children.guard(seedVideos(databaseUrl, creatorIds[0], SETTINGS.videosOfFirstCreator));
    const routes = sameWorkRoutes(creatorIds[0]);
    children.resetNoise();

    const results = {};
    step('key verification: cache hit, in process');
    results.cacheHit = await children.guard(
      measureCacheHitInProcess({
        natsServers,
        subjectPrefix,
        key: account.fullAccess,
        ttlMs: Number(env.KEY_CACHE_TTL_MS || 30000),
        maxEntries: Number(env.KEY_CACHE_MAX_ENTRIES || 10000),
        warmupCalls: SETTINGS.cacheHitWarmupCalls,
        calls: SETTINGS.cacheHitCalls,
      }),
    );
    step('key verification: cache hit, over HTTP');
    results.cacheHitHttp = await children.guard(
      measureCacheHitOverHttp({
        base,
        deniedKey: account.readOnly,
        warmupRounds: SETTINGS.httpWarmupRounds,
        rounds: SETTINGS.httpRounds,
      }),
    );
    step('key verification: cold, over NATS');
    results.cold = await children.guard(
      measureColdVerification({
        natsServers,
        subjectPrefix,
        keys: allKeys,
        warmupRequests: SETTINGS.coldWarmupRequests,
        requests: SETTINGS.coldRequests,
        pingRequests: SETTINGS.pingRequests,
      }),
    );

    // Both sides must answer each route alike before they are measured (this also warms
    // both key caches); a difference is printed, not fatal: the report says it again.
    const tallyHeaders = { authorization: `Bearer ${account.fullAccess}` };
    step('comparing the answers of Tally and the same-work baseline');
    const parity = await children.guard(
      compareAnswers({ tallyBase: base, sameWorkBase, routes, headers: tallyHeaders }),
    );
    for (const comparison of parity) {
      for (const problem of parityProblems(comparison))
        warn(`same-work parity, GET ${comparison.route}: ${problem}`);
    }
    for (const comparison of parity) {
      if (comparison.status.tally !== 200 || comparison.status.sameWork !== 200)
        throw new Error(
          `GET ${comparison.route} answered ${comparison.status.tally} (tally) and ` +
            `${comparison.status.sameWork} (same-work): ${JSON.stringify(comparison.bodies)}`,
        );
    }
    const baselineProbe = await fetch(baselineUrl);
    if (baselineProbe.status !== 200)
      throw new Error(
        `the baseline answered ${baselineProbe.status}: ${await baselineProbe.text()}`,
      );
    const baselineBody = await baselineProbe.text();

    results.sameWork = {
      description: SAME_WORK_DESCRIPTION,
      processes: { tally: TALLY_APPS, sameWork: [SAME_WORK_EDGE, SAME_WORK_RESPONDER] },
      parity,
      routes: routes.map((route, index) => ({
        name: route.name,
        route: route.path,
        label: route.label,
        what: route.what,
        responseBytes: parity[index].bytes,
        runs: [],
      })),
    };
    results.gateway = {
      route: GATEWAY_ROUTE,
      reference: true,
      responseBytes: {
        tally: parity[0].bytes.tally,
        baseline: Buffer.byteLength(baselineBody),
      },
      baselineDescription:
        `GET ${BASELINE_PATH} on a bare Nest app on Fastify forwarding one NATS request ` +
        '(ClientNats) to a Nest NATS microservice that answers a constant (bench/baseline)',
      runs: [],
    };
    const measure = (url, headers) =>
      children.guard(
        measureThroughput({
          url,
          headers,
          connections: SETTINGS.connections,
          warmupS: SETTINGS.warmupS,
          measureS: SETTINGS.measureS,
          countCpu: () => startCpuCount({ ...children.pids(), 'bench (autocannon)': process.pid }),
        }),
      );
    const checked = (round, name, side) => {
      if (side.non2xx > 0 || side.errors > 0 || side.requests2xx === 0)
        throw new Error(
          `run ${round}, ${name}: ${side.non2xx} non-2xx answers and ${side.errors} errors ` +
            `(${side.requests2xx} ok); the figures would not mean anything`,
        );
      return side;
    };
    const ratios = (tally, baseline) => ({
      rpsRatio: Number((tally.rps / baseline.rps).toFixed(3)),
      p99Ratio: Number((tally.latencyMs.p99 / baseline.latencyMs.p99).toFixed(3)),
    });
    // Rounds outside, routes inside: a busy spell of the machine spreads over every route.
    for (let round = 1; round <= SETTINGS.rounds; round += 1) {
      for (const [index, route] of routes.entries()) {
        const label = `round ${round}/${SETTINGS.rounds}, GET ${route.path}`;
        let floor;
        if (route.path === GATEWAY_ROUTE) {
          step(`${label}: the Nest floor (reference)`);
          floor = checked(round, 'Nest floor', await measure(baselineUrl, {}));
        }
        // Baseline first in odd rounds, Tally first in even ones (ABBA).
        const sides = round % 2 === 1 ? ['same-work', 'tally'] : ['tally', 'same-work'];
        const measured = {};
        for (const side of sides) {
          step(`${label}: ${side === 'tally' ? 'tally' : 'same-work baseline'}`);
          const url = side === 'tally' ? `${base}${route.path}` : `${sameWorkBase}${route.path}`;
          measured[side] = checked(
            round,
            `${side} ${route.name}`,
            await measure(url, tallyHeaders),
          );
        }
        const { 'same-work': sameWork, tally } = measured;
        results.sameWork.routes[index].runs.push({ sameWork, tally, ...ratios(tally, sameWork) });
        if (floor) results.gateway.runs.push({ baseline: floor, tally, ...ratios(tally, floor) });
      }
    }
    for (const route of results.sameWork.routes) route.summary = routeSummary(route);

    const report = {
      date: new Date().toISOString(),
      durationS: (Date.now() - started) / 1000,
      hardware,
      stack: {
        apps: TALLY_APPS,
        nodeEnv: appEnv.NODE_ENV,
        logLevel: appEnv.LOG_LEVEL,
        natsVersion: results.cold.natsServerVersion,
        postgresVersion: await postgresVersion(databaseUrl),
        database: new URL(databaseUrl).pathname.slice(1),
        loadGenerator: 'autocannon 9.0.0, in the orchestrating process',
      },
      settings: SETTINGS,
      targets: TARGETS,
      results,
      appWarnings: children.noisyLines,
      appWarningSamples: children.noisySamples,
    };
    report.checks = judge(results, TARGETS);
    await cleanup();
    report.durationS = (Date.now() - started) / 1000;

    process.stdout.write(`\n${color.bold(formatReport(report))}\n`);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`Written to ${RESULTS_FILE.slice(ROOT.length + 1)}\n`);
  } catch (error) {
    if (interrupted) {
      await cleanup();
      process.exit(130);
    }
    process.stderr.write(
      `${color.red('bench')} ${error instanceof Error ? error.message : error}\n`,
    );
    await cleanup();
    process.exit(1);
  }
}

await main();
// Nothing the run opened should be left, but never hang on a stray handle.
process.exit(process.exitCode ?? 0);
