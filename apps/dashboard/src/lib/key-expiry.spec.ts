import { describe, expect, it } from 'vitest';
import { EXPIRY_WARNING_DAYS, expiryState } from './key-expiry';

const NOW = new Date('2026-03-15T12:00:00.000Z');
const DAY = 24 * 3600 * 1000;
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const FAR = at(90 * DAY);

describe('expiryState', () => {
  it('warns a week ahead', () => {
    expect(EXPIRY_WARNING_DAYS).toBe(7);
  });

  it('calls a key revoked in the past revoked, whatever its expiry', () => {
    expect(expiryState({ expiresAt: FAR, revokedAt: at(-DAY) }, NOW)).toEqual({ kind: 'revoked' });
    expect(expiryState({ expiresAt: at(-DAY), revokedAt: at(-2 * DAY) }, NOW)).toEqual({
      kind: 'revoked',
    });
  });

  it('calls a key revoked at this very moment revoked', () => {
    expect(expiryState({ expiresAt: FAR, revokedAt: at(0) }, NOW)).toEqual({ kind: 'revoked' });
  });

  it('calls a rolled key retiring until its grace period (its new expiry) ends', () => {
    const until = at(3 * DAY);
    expect(expiryState({ expiresAt: until, revokedAt: null, replacedBy: 'key-2' }, NOW)).toEqual({
      kind: 'retiring',
      until,
    });
    expect(expiryState({ expiresAt: at(-1), revokedAt: null, replacedBy: 'key-2' }, NOW)).toEqual({
      kind: 'expired',
    });
  });

  it('calls a revoked key revoked whatever else it says', () => {
    expect(expiryState({ expiresAt: FAR, revokedAt: at(DAY), replacedBy: 'key-2' }, NOW)).toEqual({
      kind: 'revoked',
    });
  });

  it('calls a key past its expiry expired', () => {
    expect(expiryState({ expiresAt: at(-1), revokedAt: null }, NOW)).toEqual({ kind: 'expired' });
    expect(expiryState({ expiresAt: at(0), revokedAt: null }, NOW)).toEqual({ kind: 'expired' });
  });

  it('warns under seven days, counting a started day as a day', () => {
    expect(expiryState({ expiresAt: at(1), revokedAt: null }, NOW)).toEqual({
      kind: 'expiring',
      daysLeft: 1,
    });
    expect(expiryState({ expiresAt: at(DAY), revokedAt: null }, NOW)).toEqual({
      kind: 'expiring',
      daysLeft: 1,
    });
    expect(expiryState({ expiresAt: at(2.5 * DAY), revokedAt: null }, NOW)).toEqual({
      kind: 'expiring',
      daysLeft: 3,
    });
    expect(expiryState({ expiresAt: at(7 * DAY - 1), revokedAt: null }, NOW)).toEqual({
      kind: 'expiring',
      daysLeft: 7,
    });
  });

  it('calls a key with seven days or more active', () => {
    expect(expiryState({ expiresAt: at(7 * DAY), revokedAt: null }, NOW)).toEqual({
      kind: 'active',
      daysLeft: 7,
    });
    expect(expiryState({ expiresAt: FAR, revokedAt: null }, NOW)).toEqual({
      kind: 'active',
      daysLeft: 90,
    });
  });
});
