import { createHash, timingSafeEqual } from 'node:crypto';

/** TikTok's PKCE: the challenge is the HEX encoding of SHA-256(verifier), not base64url. */
export function verifierMatches(codeVerifier: string | undefined, codeChallenge: string): boolean {
  if (!codeVerifier || !/^[A-Za-z0-9\-._~]{43,128}$/.test(codeVerifier)) return false;
  const expected = Buffer.from(createHash('sha256').update(codeVerifier).digest('hex'));
  const given = Buffer.from(codeChallenge.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}
