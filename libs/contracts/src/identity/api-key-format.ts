import { crc32 } from 'node:zlib';

/**
 * API key format: `tly_sk_` (secret) or `tly_pk_` (publishable), then 192
 * random bits in base62 (33 characters), then a CRC32 of everything before it
 * in base62 (6 characters). A mistyped or truncated key fails the checksum,
 * so it is refused without any lookup, and secret scanners can match the shape.
 */
export const API_KEY_TYPES = ['secret', 'publishable'] as const;
export type ApiKeyType = (typeof API_KEY_TYPES)[number];

const PREFIXES: Record<ApiKeyType, string> = { secret: 'tly_sk_', publishable: 'tly_pk_' };
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const API_KEY_RANDOM_LENGTH = 33;
const CHECKSUM_LENGTH = 6;
export const API_KEY_LENGTH = PREFIXES.secret.length + API_KEY_RANDOM_LENGTH + CHECKSUM_LENGTH;
const KEY_PATTERN = /^tly_(sk|pk)_([0-9A-Za-z]{33})([0-9A-Za-z]{6})$/;
/** How much of a key is shown back in listings: the prefix and a few random characters. */
export const API_KEY_START_LENGTH = PREFIXES.secret.length + 6;

export function toBase62(value: bigint, width: number): string {
  let rest = value;
  let out = '';
  while (rest > 0n) {
    out = ALPHABET[Number(rest % 62n)] + out;
    rest /= 62n;
  }
  return out.padStart(width, '0');
}

function checksumOf(text: string): string {
  return toBase62(BigInt(crc32(text)), CHECKSUM_LENGTH);
}

/** Builds a key from 24 random bytes (the caller supplies them from a CSPRNG). */
export function formatApiKey(type: ApiKeyType, randomBytes: Uint8Array): string {
  if (randomBytes.length !== 24) throw new Error('an API key needs exactly 24 random bytes');
  const random = toBase62(
    BigInt(`0x${Buffer.from(randomBytes).toString('hex')}`),
    API_KEY_RANDOM_LENGTH,
  );
  const body = `${PREFIXES[type]}${random}`;
  return `${body}${checksumOf(body)}`;
}

export interface ParsedApiKey {
  type: ApiKeyType;
  start: string;
}

/** The key's type when it is well formed and its checksum matches; otherwise null. */
export function parseApiKey(candidate: string): ParsedApiKey | null {
  const match = KEY_PATTERN.exec(candidate);
  if (!match) return null;
  const body = candidate.slice(0, candidate.length - CHECKSUM_LENGTH);
  if (checksumOf(body) !== match[3]) return null;
  return {
    type: match[1] === 'sk' ? 'secret' : 'publishable',
    start: candidate.slice(0, API_KEY_START_LENGTH),
  };
}

export function looksLikeApiKey(candidate: string): boolean {
  return candidate.startsWith('tly_');
}
