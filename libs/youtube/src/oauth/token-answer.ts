import { int64 } from '@tally/platform-kit';
import { z } from 'zod';

/** What `oauth2.googleapis.com/token` answers for a code or a refresh token. */
export const tokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  expires_in: int64.pipe(z.number().positive()),
  /** Only on a code exchange with `access_type=offline`; a refresh normally sends none. */
  refresh_token: z.string().min(1).optional(),
  /** Space-separated; Google always sends it, but a refresh without it keeps the old scopes. */
  scope: z.string().optional(),
  token_type: z.string().default('Bearer'),
  id_token: z.string().optional(),
});

export type TokenAnswer = z.infer<typeof tokenAnswerSchema>;

export function splitScopes(scope: string): string[] {
  return scope.split(' ').filter((entry) => entry !== '');
}
