// The processes a benchmark run starts: each one's output is kept (the last
// lines, for a failure report), lines at warn level or above are echoed, an
// unexpected exit fails the run, and stop() ends them all (SIGTERM, then
// SIGKILL after a grace period). Only the processes started here are signalled.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { color } from '../../lib/log.mjs';

const KEPT_LINES = 40;
const PINO_LEVELS = { 40: 'warn', 50: 'error', 60: 'fatal' };

/** The level of a JSON log line (pino numbers or names); undefined for other lines. */
function levelOf(line) {
  if (!line.startsWith('{')) return undefined;
  try {
    const level = JSON.parse(line).level;
    return typeof level === 'number' ? (PINO_LEVELS[level] ?? 'info') : level;
  } catch {
    return undefined;
  }
}

export class Children {
  constructor({ graceMs = 12000 } = {}) {
    this.graceMs = graceMs;
    this.running = new Map();
    this.stopping = false;
    /** Lines at warn level or above (and non-JSON stderr lines), per process. */
    this.noisyLines = {};
    /** The first of those lines, per process. */
    this.noisySamples = {};
    let fail;
    /** Rejects when a process exits while the run still needs it. */
    this.crashed = new Promise((_resolve, reject) => (fail = reject));
    this.crashed.catch(() => undefined);
    this.fail = fail;
    // Last resort when this process exits without stopping them (an uncaught error).
    process.on('exit', () => {
      for (const { child } of this.running.values()) child.kill('SIGKILL');
    });
  }

  start(name, command, args, options) {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    this.noisyLines[name] = 0;
    this.noisySamples[name] = [];
    const keep = (line, fromStderr) => {
      tail.push(line);
      if (tail.length > KEPT_LINES) tail.shift();
      const level = levelOf(line);
      const noisy = level ? ['warn', 'error', 'fatal'].includes(level) : fromStderr;
      if (noisy && !this.stopping && line.trim() !== '') {
        this.noisyLines[name] += 1;
        if (this.noisySamples[name].length < 10) this.noisySamples[name].push(line);
        // Echo the first few so that a problem is visible while the run goes on.
        if (this.noisyLines[name] <= 5) process.stdout.write(`${color.dim(`${name} |`)} ${line}\n`);
      }
    };
    createInterface({ input: child.stdout }).on('line', (line) => keep(line, false));
    createInterface({ input: child.stderr }).on('line', (line) => keep(line, true));
    const exited = new Promise((resolve) => {
      child.on('error', (error) => {
        this.running.delete(name);
        if (!this.stopping) this.fail(new Error(`${name} could not start: ${error.message}`));
        resolve(1);
      });
      child.on('exit', (code, signal) => {
        this.running.delete(name);
        if (!this.stopping) {
          this.fail(
            new Error(
              `${name} exited during the run (${signal ?? code}); its last lines:\n` +
                tail.map((line) => `  ${line}`).join('\n'),
            ),
          );
        }
        resolve(code ?? 0);
      });
    });
    this.running.set(name, { child, exited, tail });
    return child;
  }

  /** Stops one process on purpose (SIGTERM, then SIGKILL after the grace period). */
  async stopOne(name) {
    const entry = this.running.get(name);
    if (!entry) return;
    this.running.delete(name);
    const killer = setTimeout(() => entry.child.kill('SIGKILL'), this.graceMs);
    entry.child.removeAllListeners('exit');
    const exited = new Promise((resolve) => entry.child.once('exit', resolve));
    entry.child.kill('SIGTERM');
    await exited;
    clearTimeout(killer);
  }

  /** Kills one process on purpose with `signal` (a crash, for SIGKILL); its exit is no failure of the run. */
  async kill(name, signal) {
    const entry = this.running.get(name);
    if (!entry) throw new Error(`${name} is not running`);
    this.running.delete(name);
    entry.child.removeAllListeners('exit');
    const exited = new Promise((resolve) => entry.child.once('exit', resolve));
    entry.child.kill(signal);
    await exited;
  }

  /** Counts warnings from now on only (those of start-up were echoed already). */
  resetNoise() {
    for (const name of Object.keys(this.noisyLines)) {
      this.noisyLines[name] = 0;
      this.noisySamples[name] = [];
    }
  }

  /** { name: pid } of the processes still running. */
  pids() {
    return Object.fromEntries([...this.running].map(([name, { child }]) => [name, child.pid]));
  }

  /** Rejects as soon as any process exits unexpectedly, otherwise settles like the promise. */
  guard(promise) {
    return Promise.race([promise, this.crashed]);
  }

  /** Stops every process still running; resolves once they are all gone. */
  stop() {
    if (this.stopPromise) return this.stopPromise;
    this.stopping = true;
    // Whatever still waits on these processes gives up now.
    this.fail(new Error('stopped'));
    const running = [...this.running.values()];
    for (const { child } of running) child.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const { child } of this.running.values()) child.kill('SIGKILL');
    }, this.graceMs);
    this.stopPromise = Promise.all(running.map(({ exited }) => exited)).then(() =>
      clearTimeout(killer),
    );
    return this.stopPromise;
  }
}
