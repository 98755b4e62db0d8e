import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Manifest } from './manifests.js';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');
export const K8S_DIR = join(REPOSITORY_ROOT, 'deploy', 'k8s');

export type KubectlCheck = { ok: true } | { ok: false; reason: string };

/** Whether `kubectl kustomize` can run here. */
export function checkKubectl(): KubectlCheck {
  const result = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  if (result.error)
    return { ok: false, reason: `kubectl is not installed (${result.error.message})` };
  if (result.status !== 0) return { ok: false, reason: `kubectl failed: ${result.stderr.trim()}` };
  return { ok: true };
}

/**
 * Renders an overlay the way an operator would, from a copy of deploy/k8s in
 * which every operator-written secrets file (git ignores them) is made from its
 * committed `*.env.example`. Real secrets files present here are left out of
 * the copy, so that the tests never read them.
 */
export function renderOverlay(overlay: string): Manifest[] {
  const workDir = mkdtempSync(join(tmpdir(), 'tally-k8s-'));
  try {
    const copy = join(workDir, 'k8s');
    cpSync(K8S_DIR, copy, { recursive: true, filter: (path) => !isOperatorSecret(path) });
    writeSecretsFromTemplates(join(copy, 'overlays', overlay, 'secrets'));
    const output = execFileSync('kubectl', ['kustomize', join(copy, 'overlays', overlay)], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    return parseAllDocuments(output)
      .map((document) => document.toJS() as Manifest | null)
      .filter((manifest): manifest is Manifest => manifest !== null);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function isOperatorSecret(path: string): boolean {
  return path.includes(join('production', 'secrets')) && path.endsWith('.env');
}

function writeSecretsFromTemplates(secretsDir: string): void {
  if (!existsSync(secretsDir)) return;
  for (const file of readdirSync(secretsDir).filter((name) => name.endsWith('.env.example'))) {
    const target = join(secretsDir, basename(file, '.example'));
    if (!existsSync(target)) cpSync(join(secretsDir, file), target);
  }
}
