import { retryAfterSeconds } from '@tally/platform-kit';
import { z } from 'zod';

// `{"<account id>": [{"type": "instagram", "call_count": 100, ..., "estimated_time_to_regain_access": 12}]}`, minutes.
const businessUseCaseUsageSchema = z.record(
  z.string(),
  z.array(z.looseObject({ estimated_time_to_regain_access: z.number().nonnegative().optional() })),
);

/**
 * Seconds to wait after a throttled call: `Retry-After` when sent, else the
 * longest `estimated_time_to_regain_access` (minutes) of Meta's
 * `X-Business-Use-Case-Usage` header.
 */
export function throttledForSeconds(headers: Headers, nowMs: number): number | undefined {
  const fromRetryAfter = retryAfterSeconds(headers.get('retry-after'), nowMs);
  if (fromRetryAfter !== undefined) return fromRetryAfter;
  const usage = headers.get('x-business-use-case-usage');
  if (usage === null) return undefined;
  const parsed = businessUseCaseUsageSchema.safeParse(parseOrUndefined(usage));
  if (!parsed.success) return undefined;
  const minutes = Object.values(parsed.data)
    .flat()
    .map((entry) => entry.estimated_time_to_regain_access ?? 0);
  const longest = Math.max(0, ...minutes);
  return longest > 0 ? longest * 60 : undefined;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
