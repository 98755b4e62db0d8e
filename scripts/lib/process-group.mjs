import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { color } from './log.mjs';

const PALETTE = [color.cyan, color.green, color.yellow, (t) => t, color.bold];

/**
 * Runs several long-lived processes in one terminal with prefixed output.
 * SIGINT/SIGTERM stop them all (SIGTERM, then SIGKILL after a grace period);
 * if one exits on its own, the others are stopped too.
 */
export class ProcessGroup {
  constructor({ graceMs = 15000 } = {}) {
    this.graceMs = graceMs;
    this.children = new Map();
    this.stopping = false;
    this.width = 0;
  }

  start(name, command, args, options) {
    this.width = Math.max(this.width, name.length);
    const paint = PALETTE[this.children.size % PALETTE.length];
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = () => paint(`${name.padEnd(this.width)} |`);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) =>
        process.stdout.write(`${prefix()} ${line}\n`),
      );
    }
    const exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.children.delete(name);
        if (!this.stopping) {
          process.stdout.write(`${prefix()} exited (${signal ?? code}); stopping the others\n`);
          void this.stop(code || 1);
        }
        resolve(code ?? 0);
      });
    });
    this.children.set(name, { child, exited });
    return child;
  }

  /** Resolves with an exit code once every process is gone. */
  stop(exitCode = 0) {
    if (this.stopPromise) return this.stopPromise;
    this.stopping = true;
    const running = [...this.children.values()];
    for (const { child } of running) child.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const { child } of this.children.values()) child.kill('SIGKILL');
    }, this.graceMs);
    this.stopPromise = Promise.all(running.map(({ exited }) => exited)).then(() => {
      clearTimeout(killer);
      return exitCode;
    });
    return this.stopPromise;
  }
}
