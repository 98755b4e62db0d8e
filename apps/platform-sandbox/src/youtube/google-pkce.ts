import { createHash, timingSafeEqual } from 'node:crypto';

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** RFC 7636 as Google applies it: S256 is base64url(SHA-256(verifier)) without padding; plain is the verifier itself. */
export function googleVerifierMatches(
  codeVerifier: string | undefined,
  codeChallenge: string,
  method: 'S256' | 'plain',
): boolean {
  if (!codeVerifier || !VERIFIER.test(codeVerifier)) return false;
  const expected = Buffer.from(
    method === 'S256'
      ? createHash('sha256').update(codeVerifier).digest('base64url')
      : codeVerifier,
  );
  const given = Buffer.from(codeChallenge);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
