// The sync-worker processes of one round (apps/sync-worker/dist), and the
// worker killed halfway: SIGKILL, no drain, not restarted.
import { ROOT } from '../../lib/env.mjs';
import { waitFor200 } from './tally.mjs';

/** Starts `count` workers, each ready before the next starts; returns their names. */
export async function startWorkers(children, env, { count, concurrency, round, freePort }) {
  const names = [];
  for (let index = 0; index < count; index += 1) {
    const name = `sync-worker-${round}.${index + 1}`;
    const port = String(await freePort());
    children.start(name, process.execPath, ['apps/sync-worker/dist/main.js'], {
      cwd: ROOT,
      env: { ...env, SYNC_WORKER_HEALTH_PORT: port, SYNC_CONCURRENCY: String(concurrency) },
    });
    names.push(name);
    await waitFor200(children, `http://127.0.0.1:${port}/health/ready`, 60000);
  }
  return names;
}

/** Kills a worker as a crash would: SIGKILL, no drain; the others must finish its jobs. */
export function killWorker(children, name) {
  return children.kill(name, 'SIGKILL');
}
