import { isBuildStale } from '@tally/testing';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppName } from './app-process.js';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..', '..');

export function appEntry(app: AppName): string {
  return join(REPOSITORY_ROOT, 'apps', app, 'dist', 'main.js');
}

/**
 * The Node flags of the app's own `npm start` (`node <flags> dist/main.js`),
 * which test/deploy holds equal to those of every other launcher.
 */
export function appNodeFlags(app: AppName): string[] {
  const manifest = JSON.parse(
    readFileSync(join(REPOSITORY_ROOT, 'apps', app, 'package.json'), 'utf8'),
  ) as { scripts?: Record<string, string> };
  const words = (manifest.scripts?.start ?? '').trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js')
    throw new Error(`apps/${app}/package.json: start is not \`node <flags> dist/main.js\``);
  return words.slice(1, -1);
}

/**
 * The processes run the builds: tell whoever forgot to build instead of
 * testing old code. An app's build is stale when any of its sources, or of
 * the sources of the libraries it loads, is newer than its entry point.
 */
export function assertBuilt(app: AppName): void {
  const sources = [
    join(REPOSITORY_ROOT, 'apps', app, 'src'),
    ...librariesOf(join(REPOSITORY_ROOT, 'apps', app)).map((dir) => join(dir, 'src')),
  ];
  if (isBuildStale(appEntry(app), sources))
    throw new Error(
      `apps/${app}/dist is missing or older than its sources: run \`npx turbo run build\` ` +
        '(`npm test` builds before testing).',
    );
}

/** The folders of the workspace libraries a package loads, directly or through another library. */
function librariesOf(packageDir: string): string[] {
  const libsDir = join(REPOSITORY_ROOT, 'libs');
  const dirByName = new Map(
    readdirSync(libsDir)
      .map((lib) => join(libsDir, lib))
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .map((dir) => [manifestOf(dir).name, dir] as const),
  );
  const found = new Set<string>();
  const visit = (dir: string) => {
    for (const name of Object.keys(manifestOf(dir).dependencies ?? {})) {
      const lib = dirByName.get(name);
      if (lib && !found.has(lib)) {
        found.add(lib);
        visit(lib);
      }
    }
  };
  visit(packageDir);
  return [...found];
}

function manifestOf(dir: string): { name: string; dependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };
}
