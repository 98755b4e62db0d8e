import { z } from 'zod';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * Milliseconds from a duration such as `6h`, `30m`, `90s`, `1d` or `250ms`;
 * a bare number counts seconds. Answers undefined when it is none of those.
 */
export function parseDurationMs(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT_MS[(match[2] ?? 's') as keyof typeof UNIT_MS];
  return ms > 0 && Number.isFinite(ms) ? Math.round(ms) : undefined;
}

/** An environment variable holding a positive duration, in milliseconds once parsed. */
export function durationVar(fallback: string) {
  return z
    .string()
    .default(fallback)
    .transform((value, context) => {
      const ms = parseDurationMs(value);
      if (ms === undefined) {
        context.addIssue({
          code: 'custom',
          message: 'must be a positive duration like 6h, 30m, 90s or a number of seconds',
        });
        return z.NEVER;
      }
      return ms;
    });
}

/** An environment variable holding true or false (also 1 or 0). */
export function booleanVar() {
  return z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .transform((value) => value === 'true' || value === '1');
}
