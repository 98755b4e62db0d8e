const DELAY_SECONDS = /^\d+(\.\d+)?$/;

/**
 * How long a `Retry-After` header asks to wait, in milliseconds: a number of
 * seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when it is missing or
 * unreadable; a date in the past is 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (DELAY_SECONDS.test(text)) return Math.round(Number(text) * 1000);
  // Only dates with letters: Date.parse would read a bare "-5" or "1e3" as a year.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
