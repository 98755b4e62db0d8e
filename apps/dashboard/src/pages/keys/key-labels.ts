import type { ApiKeyView, WhoAmI } from '../../api/types';
import { formatDate } from '../../lib/format';
import { expiryState } from '../../lib/key-expiry';
import type { Tone } from '../../components/Badge';

export const KEY_TYPE_LABELS = { secret: 'Secret', publishable: 'Publishable' } as const;
export const ENVIRONMENT_LABELS = { development: 'Development', production: 'Production' } as const;

export function createdByLabel(key: ApiKeyView, me: WhoAmI): string {
  switch (key.createdBy.type) {
    case 'user':
      return key.createdBy.id && key.createdBy.id === me.user?.id ? 'You' : 'A teammate';
    case 'key':
      return 'An API key';
    default:
      return 'Tally setup';
  }
}

/** The expiry column: a date, and a warning when under a week is left. */
export function expiryLabel(
  key: ApiKeyView,
  now = new Date(),
): { text: string; tone: Tone; note?: string } {
  const state = expiryState(key, now);
  switch (state.kind) {
    case 'revoked':
      return { text: 'Revoked', tone: 'neutral', note: formatDate(key.revokedAt) };
    case 'retiring':
      return { text: 'Rolled', tone: 'warning', note: `works until ${formatDate(state.until)}` };
    case 'expired':
      return { text: 'Expired', tone: 'danger', note: formatDate(key.expiresAt) };
    case 'expiring':
      return {
        text: formatDate(key.expiresAt),
        tone: 'warning',
        note: `expires in ${state.daysLeft} day${state.daysLeft === 1 ? '' : 's'}`,
      };
    default:
      return { text: formatDate(key.expiresAt), tone: 'neutral' };
  }
}

/** A key that works and was not rolled yet: it may be rolled. */
export function isUsable(key: ApiKeyView, now = new Date()): boolean {
  const kind = expiryState(key, now).kind;
  return kind === 'active' || kind === 'expiring';
}

/** A key that still works, rolled ones through their grace period included. */
export function isRevocable(key: ApiKeyView, now = new Date()): boolean {
  const kind = expiryState(key, now).kind;
  return kind !== 'revoked' && kind !== 'expired';
}

export const ENVIRONMENT_OPTIONS = (['development', 'production'] as const).map((value) => ({
  value,
  label: ENVIRONMENT_LABELS[value],
}));
