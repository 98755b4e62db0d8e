// `npm run bench:sync` (and the second half of `npm run bench`): the sync
// pipeline against the platform sandbox, with 1, 2 and 4 sync-worker
// processes over a TikTok backlog, then a mixed TikTok, Instagram and YouTube
// backlog, creators connected through the gateway's connect flow. The same setup as
// `npm test`, against the benchmark's own database; the processes it starts
// (sandbox, identity, creators, gateway, workers) run from apps/*/dist on
// loopback with their own ports, NATS subject prefix and Redis key prefix,
// and are stopped at the end. Exits non-zero only when something broke; a
// missed target is reported, not failed.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadEnvironment } from '../lib/env.mjs';
import { color, step } from '../lib/log.mjs';
import { setup } from '../setup.mjs';
import { benchDatabaseUrl, freePort } from './lib/bench-env.mjs';
import { Children } from './lib/children.mjs';
import { describeHardware, hardwareLine } from './lib/hardware.mjs';
import {
  formatSyncChecks,
  formatSyncReport,
  judgeSync,
  measureSyncPipeline,
} from './lib/sync-pipeline.mjs';

const RESULTS_FILE = join(ROOT, 'bench-results', 'sync.json');
/** The gateway's own limits are not what this benchmark measures: set out of reach. */
const GENEROUS_LIMITS = {
  RATE_LIMIT_DEVELOPMENT: '100000000/600s',
  RATE_LIMIT_PRODUCTION: '100000000/600s',
  RATE_LIMIT_BURST: '100000000/1s',
  RATE_LIMIT_PUBLISHABLE: '100000000/600s',
  RATE_LIMIT_PUBLISHABLE_IP: '100000000/600s',
  RATE_LIMIT_IP: '100000000/10s',
};
const secret = () => randomBytes(32).toString('base64url');

async function main() {
  const started = Date.now();
  const hardware = describeHardware();
  const children = new Children();
  const onSignal = () => void children.stop().then(() => process.exit(130));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    process.env.TEST_DATABASE_URL = benchDatabaseUrl(loadEnvironment());
    const env = await setup({ forTests: true });
    const runId = randomUUID().slice(0, 8);
    const appEnv = {
      ...env,
      ...GENEROUS_LIMITS,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      IDENTITY_HEALTH_PORT: String(await freePort()),
      CREATORS_HEALTH_PORT: String(await freePort()),
      NATS_SUBJECT_PREFIX: `bench-${runId}`,
      REDIS_KEY_PREFIX: `bench:${runId}:`,
      // Production needs these; a fresh set per run unless the environment sets them.
      KEY_HASH_SECRET: env.KEY_HASH_SECRET || secret(),
      CURSOR_SECRET: env.CURSOR_SECRET || secret(),
      SIGNING_KEY_ENCRYPTION_KEY: env.SIGNING_KEY_ENCRYPTION_KEY || secret(),
      TOKEN_ENCRYPTION_KEY: env.TOKEN_ENCRYPTION_KEY || randomBytes(32).toString('base64'),
    };
    const sync = await measureSyncPipeline({
      children,
      env: appEnv,
      freePort,
      step,
      runId: runId.slice(0, 6),
    });
    await children.stop();
    const checks = judgeSync(sync);
    const report = {
      date: new Date().toISOString(),
      durationS: (Date.now() - started) / 1000,
      hardware,
      sync,
      checks,
    };
    const passed = checks.filter((check) => check.pass).length;
    process.stdout.write(
      `\n${color.bold(
        [
          `Tally sync pipeline benchmark — ${report.date}`,
          `Hardware: ${hardwareLine(hardware)}`,
          'Note: the workers, the sandbox, Postgres and Redis share these cores; the upstream limit, not the CPU, should bound the pipeline.',
          '',
          formatSyncReport(sync),
          '',
          formatSyncChecks(checks),
          '',
          `Summary: ${passed} PASS, ${checks.length - passed} MISS (a missed target does not fail the run); took ${Math.round(report.durationS)} s`,
        ].join('\n'),
      )}\n`,
    );
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`Written to ${RESULTS_FILE.slice(ROOT.length + 1)}\n`);
  } catch (error) {
    process.stderr.write(
      `${color.red('bench')} ${error instanceof Error ? error.message : error}\n`,
    );
    await children.stop();
    process.exit(1);
  }
}

await main();
process.exit(process.exitCode ?? 0);
