import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { isBuildStale, waitFor } from '@tally/testing';

const APP_DIR = join(__dirname, '..', '..');
const ENTRY = join(APP_DIR, 'dist', 'main.js');

/**
 * A sync-worker as operators run it: `node dist/main.js` in a process of its
 * own, which a test can kill or stop with a signal. It logs to a buffer the
 * test can read.
 */
export class WorkerProcess {
  private output = '';
  private exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  /** Starts a worker with this process's environment plus `env`; resolves once it runs. */
  static async start(env: Record<string, string>): Promise<WorkerProcess> {
    assertBuilt();
    const child = spawn(process.execPath, [ENTRY], {
      cwd: APP_DIR,
      env: {
        ...process.env,
        SYNC_WORKER_HEALTH_PORT: '0',
        SYNC_SCHEDULER_ENABLED: 'false',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    let exited = false;
    void worker.exit.then(() => (exited = true));
    // Loading the app alone can take 15 s on a busy 2-core machine.
    await waitFor(async () => exited || worker.output.includes('"sync-worker running"'), Boolean, {
      timeoutMs: 60_000,
      intervalMs: 25,
    });
    if (!worker.output.includes('"sync-worker running"')) {
      await worker.dispose();
      throw new Error(`the worker process did not start:\n${worker.output}`);
    }
    return worker;
  }

  get pid(): number {
    return this.child.pid as number;
  }

  get log(): string {
    return this.output;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** How the process ended, once it has. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exit;
  }

  /** Makes sure the process is gone (a test that failed half-way may leave it running). */
  async dispose(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exit;
  }
}

/** The processes run the built worker: tell whoever forgot to build instead of testing old code. */
function assertBuilt(): void {
  if (isBuildStale(ENTRY, [join(APP_DIR, 'src')])) {
    throw new Error(
      'apps/sync-worker/dist is missing or older than src: run `npm run build` ' +
        '(`npm test` builds before testing).',
    );
  }
}
