import type { Platform } from '@tally/contracts';
import { createHash, randomBytes } from 'node:crypto';

/** The platforms whose web flow Tally runs with PKCE (RFC 7636, S256): Google's recommends it. */
const PKCE_PLATFORMS: ReadonlySet<Platform> = new Set(['YOUTUBE']);

export interface PkcePair {
  codeVerifier: string;
  codeChallenge: string;
}

/** A fresh verifier (43 characters of base64url) and its S256 challenge, where the platform uses PKCE. */
export function pkcePairFor(platform: Platform): PkcePair | null {
  if (!PKCE_PLATFORMS.has(platform)) return null;
  const codeVerifier = randomBytes(32).toString('base64url');
  const codeChallenge = createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
  return { codeVerifier, codeChallenge };
}
