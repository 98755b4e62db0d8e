import { type ChildProcess, spawn } from 'node:child_process';
import { waitFor } from '@tally/testing';
import { appEntry, appNodeFlags, assertBuilt, REPOSITORY_ROOT } from './built-apps.js';

export type AppName = 'gateway' | 'identity' | 'creators' | 'sync-worker';

/** The log line each app writes once it takes requests or jobs. */
const READY_LINES: Record<AppName, string> = {
  gateway: '"gateway listening"',
  identity: '"identity listening on NATS"',
  creators: '"creators listening on NATS"',
  'sync-worker': '"sync-worker running"',
};

/** Loading an app alone can take 15 s on a busy 2-core machine; several start at once. */
const START_TIMEOUT_MS = 90_000;

/** What a failed test shows of a process's log: its end is what matters. */
const KEPT_LOG_CHARS = 64 * 1024;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * One app as operators run it, `node <its flags> apps/<app>/dist/main.js`
 * (the flags of its `npm start`), in a process of its own that a test can
 * kill with a signal and start again with the same environment (and so the
 * same ports).
 */
export class AppProcess {
  private child: ChildProcess | undefined;
  private exit: Promise<Exit> = Promise.resolve({ code: 0, signal: null });
  private output = '';
  private ready = false;

  constructor(
    readonly name: string,
    readonly app: AppName,
    private readonly env: Record<string, string | undefined>,
  ) {}

  /** Starts the process; resolves once it logged that it is ready. */
  async start(): Promise<void> {
    if (this.isRunning()) throw new Error(`${this.name} is already running`);
    // A restart runs the build the first start checked, whatever was edited since.
    if (this.child === undefined) assertBuilt(this.app);
    this.output = '';
    this.ready = false;
    const child = spawn(process.execPath, [...appNodeFlags(this.app), appEntry(this.app)], {
      cwd: REPOSITORY_ROOT,
      env: { ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    // Should the test process end without its afterAll (a crash, a forced exit), the app goes too.
    const killWithTest = () => child.kill('SIGKILL');
    process.once('exit', killWithTest);
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        process.removeListener('exit', killWithTest);
        resolve({ code, signal });
      }),
    );
    child.stdout?.on('data', (chunk: Buffer) => this.record(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.record(chunk));
    await waitFor(async () => this.ready || !this.isRunning(), Boolean, {
      timeoutMs: START_TIMEOUT_MS,
      intervalMs: 50,
    });
    if (!this.ready) {
      await this.dispose();
      throw new Error(`${this.name} did not start:\n${this.output}`);
    }
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The end of what the process logged since it last started. */
  get log(): string {
    return this.output;
  }

  isRunning(): boolean {
    const child = this.child;
    return child !== undefined && child.exitCode === null && child.signalCode === null;
  }

  /** `kill -9`: the process ends at once, with no shutdown of any kind. */
  async killNine(): Promise<Exit> {
    this.child?.kill('SIGKILL');
    return this.exit;
  }

  /** Makes sure the process is gone, whatever state the test left it in. */
  async dispose(): Promise<void> {
    if (this.isRunning()) this.child?.kill('SIGKILL');
    await this.exit;
  }

  private record(chunk: Buffer): void {
    const text = chunk.toString();
    if (!this.ready && (this.output + text).includes(READY_LINES[this.app])) this.ready = true;
    this.output = (this.output + text).slice(-KEPT_LOG_CHARS);
  }
}
