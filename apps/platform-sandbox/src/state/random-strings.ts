import { randomBytes, randomInt } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomAlphanumeric(length: number): string {
  let result = '';
  for (let index = 0; index < length; index += 1)
    result += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return result;
}

function digits(length: number): string {
  return String(randomInt(10 ** length)).padStart(length, '0');
}

/**
 * An authorization code shaped like TikTok's (the documented one ends in
 * `...ELY*0!6410`): its `*` and `!` catch clients that encode it twice or not at all.
 */
export function newAuthorizationCode(): string {
  return `${randomAlphanumeric(48)}*${digits(1)}!${digits(4)}`;
}

export function newAccessToken(): string {
  return `act.${randomAlphanumeric(60)}!${digits(4)}`;
}

export function newRefreshToken(): string {
  return `rft.${randomAlphanumeric(60)}!${digits(4)}`;
}

/** `yyyyMMddHHmmss` (UTC) and 20 uppercase hex digits, as in TikTok's examples. */
export function newLogId(nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${stamp}${randomBytes(10).toString('hex').toUpperCase()}`;
}
