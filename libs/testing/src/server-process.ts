import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const START_TIMEOUT_MS = 15_000;
const READY_POLL_MS = 50;

/** SIGTERM lets a server shut down as an operator's stop would; SIGKILL is a crash. */
export type StopSignal = 'SIGTERM' | 'SIGKILL';

/** Debian's PostgreSQL packages keep the server commands (initdb, pg_ctl) in a folder per version. */
function postgresBinaryDirs(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'));
}

/** Finds a server binary on PATH or where Debian's packages put it. */
export function findServerBinary(name: string, installHint: string): string {
  const onPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  const candidates = [
    onPath,
    `/usr/sbin/${name}`,
    `/usr/bin/${name}`,
    `/usr/local/bin/${name}`,
    `/usr/local/sbin/${name}`,
    ...postgresBinaryDirs().map((dir) => join(dir, name)),
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error(`${name} is not installed; ${installHint}`);
  return found;
}

/**
 * A server process of a test's own, in a scratch directory, that the test may
 * stop (as an operator or a crash would), freeze (as a network partition
 * would) and start again with the same arguments, so on the same port and
 * with the same data.
 */
export class ServerProcess {
  private child: ChildProcess | undefined;
  readonly dir: string;

  constructor(
    private readonly name: string,
    private readonly command: () => string,
    private readonly args: (dir: string) => string[],
    private readonly isReady: () => Promise<boolean>,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), `tally-${name}-`));
  }

  private get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    );
  }

  async start(): Promise<void> {
    const child = spawn(this.command(), this.args(this.dir), { stdio: 'ignore' });
    this.child = child;
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await this.isReady())) {
      if (!this.running)
        throw new Error(`${this.name} exited at start (${child.exitCode ?? child.signalCode})`);
      if (Date.now() > deadline) {
        this.killNow();
        throw new Error(`${this.name} was not ready in ${START_TIMEOUT_MS} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
    }
  }

  async stop(signal: StopSignal = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.child = undefined;
  }

  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /** For a process exit handler: no waiting possible there. */
  killNow(): void {
    if (this.running) this.child?.kill('SIGKILL');
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
