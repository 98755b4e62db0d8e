import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What `bootstrap --key-file` keeps between runs. */
export interface KeptKey {
  accountId: string;
  apiKey: string;
  expiresAt: string;
}

/** The kept key, or undefined when the file is missing or not one this CLI wrote. */
export function readKeptKey(path: string): KeptKey | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { accountId, apiKey, expiresAt } = value as Record<string, unknown>;
    if (typeof accountId !== 'string' || typeof apiKey !== 'string') return undefined;
    if (typeof expiresAt !== 'string') return undefined;
    return { accountId, apiKey, expiresAt };
  } catch {
    return undefined;
  }
}

/** Writes the key readable by this user alone (0600, in a 0700 folder when it makes one), atomically. */
export function writeKeptKey(path: string, kept: KeptKey): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 });
  renameSync(partial, path);
}
