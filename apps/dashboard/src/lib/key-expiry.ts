const DAY_MS = 24 * 3600 * 1000;
export const EXPIRY_WARNING_DAYS = 7;

export type ExpiryState =
  | { kind: 'revoked' }
  | { kind: 'retiring'; until: string }
  | { kind: 'expired' }
  | { kind: 'expiring'; daysLeft: number }
  | { kind: 'active'; daysLeft: number };

/**
 * Where a key stands: the table warns when it has under a week left. A rolled
 * key (`replacedBy`) keeps working until its grace period ends, which is its
 * new `expiresAt`.
 */
export function expiryState(
  key: { expiresAt: string; revokedAt: string | null; replacedBy?: string | null },
  now: Date = new Date(),
): ExpiryState {
  if (key.revokedAt) return { kind: 'revoked' };
  const left = new Date(key.expiresAt).getTime() - now.getTime();
  if (left <= 0) return { kind: 'expired' };
  if (key.replacedBy) return { kind: 'retiring', until: key.expiresAt };
  const daysLeft = Math.ceil(left / DAY_MS);
  return left < EXPIRY_WARNING_DAYS * DAY_MS
    ? { kind: 'expiring', daysLeft }
    : { kind: 'active', daysLeft };
}
