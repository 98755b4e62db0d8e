import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { TokenKey, TokenKeyring } from './token-keyring.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedToken {
  keyId: string;
  /** IV, then GCM tag, then ciphertext. */
  sealed: Buffer;
}

/**
 * AES-256-GCM for platform tokens. Each sealed value records the id of the key
 * that sealed it, so that keys rotate: new writes use the current key, reads
 * accept any key of the ring, and a re-seal moves a token to the current key.
 */
export class TokenCipher {
  private readonly keys: Map<string, TokenKey>;

  constructor(private readonly keyring: TokenKeyring) {
    this.keys = new Map([keyring.current, ...keyring.previous].map((key) => [key.id, key]));
  }

  get currentKeyId(): string {
    return this.keyring.current.id;
  }

  /** The token's creator id goes in as associated data: a sealed token moved to another row does not open. */
  seal(plaintext: string, boundTo: string): SealedToken {
    const { id, key } = this.keyring.current;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: id, sealed: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  open(token: SealedToken, boundTo: string): string {
    const key = this.keys.get(token.keyId);
    if (!key) throw new Error(`token sealed with unknown key id "${token.keyId}"`);
    const iv = token.sealed.subarray(0, IV_BYTES);
    const tag = token.sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key.key, iv);
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(token.sealed.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  }
}
