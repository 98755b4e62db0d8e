import { spawn, spawnSync } from 'node:child_process';

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and throws unless it succeeds. */
export async function mustRun(command, args, options = {}) {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
}

/** Runs a command quietly; returns { ok, stdout, stderr }. */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  return {
    ok: result.status === 0,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: result.error,
  };
}

export function commandExists(command) {
  return capture('sh', ['-c', `command -v ${command}`]).ok;
}

/** Finds a binary on PATH or in the sbin folders that Debian packages use for daemons. */
export function findBinary(name) {
  const found = capture('sh', [
    '-c',
    `command -v ${name} || ls /usr/sbin/${name} /usr/local/sbin/${name} /usr/lib/postgresql/*/bin/${name} 2>/dev/null | tail -n 1`,
  ]);
  const path = found.stdout.trim().split('\n').filter(Boolean).pop();
  return path || undefined;
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Prefix for commands that need root: nothing as root, sudo otherwise (when there is one). */
export function asRoot(command, args) {
  if (isRoot) return [command, args];
  if (commandExists('sudo')) return ['sudo', [command, ...args]];
  throw new Error(
    `${command} needs root and sudo is not available; run it as root: ${command} ${args.join(' ')}`,
  );
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
