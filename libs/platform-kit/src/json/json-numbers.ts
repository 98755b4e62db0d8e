import { z } from 'zod';

/**
 * An int64 a platform sends as a JSON number (TikTok, Instagram) or as a
 * string of digits (YouTube's uint64 counts). Counts and timestamps fit a JS
 * number; one beyond 2^53 reaches us as digits in a string (see
 * parse-json.ts) and is read as the nearest number rather than refused.
 */
export const int64 = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d+$/)
    .transform(Number),
]);

/** An id documented as a string; accepted as a number too, and always kept as exact digits. */
export const idString = z.union([
  z.string().min(1),
  z
    .number()
    .int()
    .refine(Number.isSafeInteger)
    .transform((value) => String(value)),
]);
