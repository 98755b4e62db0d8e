import { spawn, type ChildProcess } from 'node:child_process';

export type StopSignal = 'SIGTERM' | 'SIGKILL';

const START_TIMEOUT_MS = 15_000;
const READY_POLL_MS = 50;

/**
 * A server binary run as a child of the test, restartable with the same
 * arguments (so on the same port and with the same data directory).
 */
export class ChildServer {
  private child: ChildProcess | undefined;

  constructor(
    private readonly name: string,
    private readonly command: string,
    private readonly args: readonly string[],
    private readonly isReady: () => Promise<boolean>,
  ) {}

  get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    );
  }

  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running`);
    const child = spawn(this.command, this.args, { stdio: 'ignore' });
    this.child = child;
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await this.isReady())) {
      if (!this.running)
        throw new Error(`${this.name} exited at start (${child.exitCode ?? child.signalCode})`);
      if (Date.now() > deadline)
        throw new Error(`${this.name} was not ready in ${START_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
    }
  }

  /** SIGTERM lets the server shut down as an operator's stop would; SIGKILL is a crash. */
  async stop(signal: StopSignal): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.child = undefined;
  }

  /** For a process exit handler: no waiting possible there. */
  killNow(): void {
    if (this.running) this.child?.kill('SIGKILL');
  }
}
