import { int64, type PlatformTokens } from '@tally/platform-kit';
import { z } from 'zod';
import { permissionsSchema } from './short-lived-token.js';

/** What `/access_token` (ig_exchange_token) and `/refresh_access_token` answer. */
export const longLivedTokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().default('bearer'),
  expires_in: int64.pipe(z.number().positive()),
  // Seen on refresh answers [3p]; when present it is the freshest list of grants.
  permissions: permissionsSchema.optional(),
});

export type LongLivedTokenAnswer = z.infer<typeof longLivedTokenAnswerSchema>;

export interface GrantIdentity {
  externalUserId: string;
  scopes: string[];
}

/**
 * Tally's tokens for a long-lived Instagram token: it is refreshed with
 * itself, so there is no refresh token; expiry counts from `sentAtMs` (before
 * the request), never later than Instagram's own clock.
 */
export function toPlatformTokens(
  answer: LongLivedTokenAnswer,
  identity: GrantIdentity,
  sentAtMs: number,
): PlatformTokens {
  return {
    externalUserId: identity.externalUserId,
    scopes: answer.permissions ?? identity.scopes,
    accessToken: answer.access_token,
    accessTokenExpiresAt: new Date(sentAtMs + answer.expires_in * 1000),
    refreshToken: null,
    refreshTokenExpiresAt: null,
    tokenType: answer.token_type,
  };
}
