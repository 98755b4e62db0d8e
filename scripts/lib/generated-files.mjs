import { capture } from './exec.mjs';
import { ROOT } from './env.mjs';

/**
 * What the build writes from the code and the repository also commits: the
 * OpenAPI document and the client libraries' generated code. A test run
 * rebuilds them, so the tests compare fresh copies; CI also needs to know
 * that the committed ones were fresh.
 */
export const GENERATED_FILES = [
  'openapi/openapi.json',
  'sdks/typescript/src/generated',
  'sdks/python/tally/_models.py',
];

/**
 * The generated files the build changed, compared with the commit; empty
 * outside a git checkout (a copy without history has nothing to compare with).
 */
export function staleGeneratedFiles() {
  const inGit = capture('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT });
  if (!inGit.ok || inGit.stdout.trim() !== 'true') return [];
  const changed = capture('git', ['diff', '--name-only', 'HEAD', '--', ...GENERATED_FILES], {
    cwd: ROOT,
  });
  return changed.stdout.split('\n').filter(Boolean);
}
