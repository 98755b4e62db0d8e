import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Finds a server binary on PATH or where Debian's packages put it. */
export function findServerBinary(name: string, installHint: string): string {
  const onPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  const candidates = [
    onPath,
    `/usr/sbin/${name}`,
    `/usr/bin/${name}`,
    `/usr/local/bin/${name}`,
    `/usr/local/sbin/${name}`,
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error(`${name} is not installed; ${installHint}`);
  return found;
}

/**
 * A server process of a test's own, in a scratch directory, that the test may
 * kill (as a crash would), freeze (as a network partition would) and start again.
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

  async start(): Promise<void> {
    this.child = spawn(this.command(), this.args(this.dir), { stdio: 'ignore' });
    const deadline = Date.now() + 10000;
    while (!(await this.isReady())) {
      if (Date.now() > deadline) throw new Error(`${this.name} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = undefined;
  }

  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
