import { z } from 'zod';

/**
 * Graph's ISO 8601 timestamps with a colon-less offset
 * (`2026-04-17T12:00:00+0000`), which `Date.parse` does not promise to read;
 * the offset gets its colon first.
 */
export const graphTimestamp = z.string().transform((value, context) => {
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(normalised);
  if (
    !z.iso.datetime({ offset: true }).safeParse(normalised).success ||
    Number.isNaN(date.getTime())
  ) {
    context.addIssue({ code: 'custom', message: `not an ISO 8601 timestamp: ${value}` });
    return z.NEVER;
  }
  return date;
});
