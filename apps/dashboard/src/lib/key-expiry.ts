const DAY_MS = 24 * 3600 * 1000;
export const EXPIRY_WARNING_DAYS = 7;

export type ExpiryState =
  | { kind: 'revoked' }
  | { kind: 'retiring'; until: string }
  | { kind: 'expired' }
  | { kind: 'expiring'; daysLeft: number }
  | { kind: 'active'; daysLeft: number };

/** Where a key stands: the table warns when it has under a week left. */
export function expiryState(
  key: { expiresAt: string; revokedAt: string | null },
  now: Date = new Date(),
): ExpiryState {
  if (key.revokedAt) {
    // A rolled key keeps working until the end of its grace period.
    return new Date(key.revokedAt).getTime() <= now.getTime()
      ? { kind: 'revoked' }
      : { kind: 'retiring', until: key.revokedAt };
  }
  const left = new Date(key.expiresAt).getTime() - now.getTime();
  if (left <= 0) return { kind: 'expired' };
  const daysLeft = Math.ceil(left / DAY_MS);
  return left < EXPIRY_WARNING_DAYS * DAY_MS
    ? { kind: 'expiring', daysLeft }
    : { kind: 'active', daysLeft };
}
