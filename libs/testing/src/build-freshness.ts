import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function mtimeOf(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * True when the built file is missing or older than a TypeScript source (specs
 * aside) in any of the folders: a test that runs the build would test old code.
 */
export function isBuildStale(builtFile: string, sourceDirs: readonly string[]): boolean {
  const built = mtimeOf(builtFile);
  return built === undefined || sourceDirs.some((dir) => newestSource(dir) > built);
}
