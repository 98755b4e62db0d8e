import type { MAX_ROTATION_GRACE_HOURS as ContractMaxGraceHours } from '@tally/contracts';
import { formatUpcoming, type ClockOptions } from '../../lib/local-time';

/** The API's limit, tied to the contracts' constant by its type (no zod in the bundle). */
export const MAX_GRACE_HOURS: typeof ContractMaxGraceHours = 72;
/** The API's default: a day for the receivers to switch to the new secret. */
export const DEFAULT_GRACE_HOURS = 24;

/** While a rotation's grace period runs: until when the previous secret signs too; null otherwise. */
export function previousSecretNote(
  expiresAt: string | null,
  clock: ClockOptions = {},
): string | null {
  if (!expiresAt) return null;
  const until = new Date(expiresAt);
  if (until.getTime() <= (clock.now ?? new Date()).getTime()) return null;
  return `The previous secret also signs every delivery until ${formatUpcoming(until, clock)}.`;
}

/** The dialog's choice as a whole number of hours in range, or the reason it is not one. */
export function parseGraceHours(text: string): { hours: number } | { error: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) > MAX_GRACE_HOURS)
    return { error: `Enter a whole number of hours from 0 to ${MAX_GRACE_HOURS}.` };
  return { hours: Number(trimmed) };
}
