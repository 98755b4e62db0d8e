import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Keyed hash (HMAC-SHA256 with KEY_HASH_SECRET) of API keys, session tokens
 * and client secrets: what the database holds instead of the secret. A stolen
 * table is useless without the server secret.
 */
export class SecretHasher {
  constructor(private readonly secret: string) {}

  hash(value: string): Buffer {
    return createHmac('sha256', this.secret).update(value).digest();
  }

  matches(value: string, expected: Buffer): boolean {
    const actual = this.hash(value);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}

export const SECRET_HASHER = Symbol('SECRET_HASHER');
