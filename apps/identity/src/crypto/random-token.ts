import { randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session and CSRF tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}
