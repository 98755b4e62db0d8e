// `npm run worker`: one more sync-worker process against the same environment
// as `npm start` (shell > .env > local defaults), for example beside a running
// `npm start`. BullMQ shares the `creator-sync` queue between every worker;
// Ctrl-C (SIGTERM) lets its running jobs finish before it exits.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvironment, ROOT } from './lib/env.mjs';
import { fail, step } from './lib/log.mjs';
import { APP_NODE_FLAGS } from './lib/node-flags.mjs';
import { ProcessGroup } from './lib/process-group.mjs';

const ENTRY = 'apps/sync-worker/dist/main.js';

function main() {
  if (!existsSync(join(ROOT, ENTRY))) {
    fail(`${ENTRY} is not built yet; run \`npm run setup\` (or \`npm start\`) first.`);
  }
  const env = loadEnvironment();
  // npm start's worker holds the default health port; this one takes a free one unless told.
  if (!process.env.SYNC_WORKER_HEALTH_PORT) env.SYNC_WORKER_HEALTH_PORT = '0';
  const group = new ProcessGroup();
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    step(`${signal}: stopping the worker (running jobs finish first)`);
    void group.stop(0).then((code) => process.exit(code));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const name = `sync-worker-${process.pid}`;
  step(`starting ${name} (SYNC_CONCURRENCY=${env.SYNC_CONCURRENCY ?? '10'})`);
  group.start(name, process.execPath, [...APP_NODE_FLAGS, ENTRY], { cwd: ROOT, env });
}

main();
