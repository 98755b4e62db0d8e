import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './render-overlay.js';

/**
 * Every variable `.env.example` declares: the list of what the apps read.
 * A commented-out assignment (`# NAME=value`) declares one too.
 */
export function declaredVariables(): Set<string> {
  const text = readFileSync(join(REPOSITORY_ROOT, '.env.example'), 'utf8');
  const names = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] ?? '');
  return new Set(names);
}

/** Variables whose values are secrets: credentials, keys, or URLs that carry them. */
export function isSecretVariable(name: string): boolean {
  return (
    /SECRET|PASSWORD|ENCRYPTION|API_KEY|PREVIOUS_KEYS/.test(name) ||
    /(^|_)TOKEN$/.test(name) ||
    ['DATABASE_URL', 'REDIS_URL', 'NATS_URL', 'TEST_DATABASE_URL'].includes(name)
  );
}
