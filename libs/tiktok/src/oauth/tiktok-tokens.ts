import { z } from 'zod';
import { idString, int64, type PlatformTokens } from '@tally/platform-kit';

/** The flat body `/v2/oauth/token/` answers on success (never wrapped in `data`). */
export const tokenAnswerSchema = z.object({
  open_id: idString,
  scope: z.string(),
  access_token: z.string().min(1),
  expires_in: int64.pipe(z.number().positive()),
  refresh_token: z.string().min(1),
  refresh_expires_in: int64.pipe(z.number().positive()),
  token_type: z.string().default('Bearer'),
});

export type TokenAnswer = z.infer<typeof tokenAnswerSchema>;

/**
 * A creator's TikTok grant as TikTok gives it: the open_id is the account id,
 * and a refresh token, which rotates, always comes with it. Whoever stores
 * these must replace both tokens in one write.
 */
export interface TikTokTokens extends PlatformTokens {
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** Expiry comes from `expires_in`/`refresh_expires_in`: TikTok has changed the lifetimes before. */
export function toTikTokTokens(answer: TokenAnswer, receivedAtMs: number): TikTokTokens {
  return {
    externalUserId: answer.open_id,
    scopes: answer.scope
      .split(',')
      .map((scope) => scope.trim())
      .filter((scope) => scope !== ''),
    accessToken: answer.access_token,
    accessTokenExpiresAt: new Date(receivedAtMs + answer.expires_in * 1000),
    refreshToken: answer.refresh_token,
    refreshTokenExpiresAt: new Date(receivedAtMs + answer.refresh_expires_in * 1000),
    tokenType: answer.token_type,
  };
}
