import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mustRun } from './exec.mjs';
import { ROOT } from './env.mjs';
import { step } from './log.mjs';

/** Installs dependencies from the lockfile when they are missing or older than it. */
export async function ensureDependencies() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  const lockfile = join(ROOT, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs) return;
  step('installing dependencies (npm ci)');
  await mustRun('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT });
}
