import { idString } from '@tally/platform-kit';
import { z } from 'zod';

/** Granted permissions: a comma-separated string (Business Login) or a list (older answers). */
export const permissionsSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((permissions) =>
    (typeof permissions === 'string' ? permissions.split(',') : permissions)
      .map((permission) => permission.trim())
      .filter((permission) => permission !== ''),
  );

const grantSchema = z.object({
  access_token: z.string().min(1),
  // A number beyond 2^53 reaches here as exact digits (see parseJsonKeepingBigIntegers).
  user_id: idString,
  permissions: permissionsSchema.optional(),
});

/**
 * `/oauth/access_token`'s answer, in both documented shapes: Business Login's
 * `{data: [{access_token, user_id, permissions}]}` and the older flat
 * `{access_token, user_id}` with `user_id` a number.
 */
export const shortLivedTokenAnswerSchema = z
  .union([z.object({ data: z.array(grantSchema).min(1) }), grantSchema])
  .transform((answer) => ('data' in answer ? (answer.data[0] as ShortLivedGrant) : answer));

export type ShortLivedGrant = z.infer<typeof grantSchema>;
