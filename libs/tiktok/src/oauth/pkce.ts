import { createHash, randomBytes } from 'node:crypto';

export interface PkcePair {
  codeVerifier: string;
  codeChallenge: string;
}

/**
 * A PKCE verifier and its challenge as TikTok wants it: the HEX encoding of
 * SHA-256(verifier), not base64url as in RFC 7636. TikTok documents PKCE for
 * desktop and mobile apps only; a web backend does not need it.
 */
export function createPkcePair(): PkcePair {
  const codeVerifier = randomBytes(48).toString('base64url');
  return { codeVerifier, codeChallenge: pkceChallenge(codeVerifier) };
}

export function pkceChallenge(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier).digest('hex');
}
