import { TikTokClient, TikTokError, type TikTokTokens } from '@tally/tiktok';

export type RevocationAttempt =
  | { revoked: true }
  /** TikTok could not take it now: retry later with these tokens (refreshed ones if a refresh happened). */
  | { revoked: false; tokens: TikTokTokens; reason: string };

const EXPIRY_MARGIN_MS = 60_000;

/** Kinds that mean the grant is already dead at TikTok: nothing is left to revoke. */
const GRANT_GONE = new Set(['invalid_grant', 'access_token_invalid']);

/**
 * Revokes a creator's grant at TikTok. TikTok refuses to revoke with an expired
 * access token, so an expired one is refreshed first.
 */
export async function revokeAtTikTok(
  client: Pick<TikTokClient, 'refresh' | 'revoke'>,
  tokens: TikTokTokens,
  now: number = Date.now(),
): Promise<RevocationAttempt> {
  let current = tokens;
  try {
    if (current.accessTokenExpiresAt.getTime() - now <= EXPIRY_MARGIN_MS) {
      if (current.refreshTokenExpiresAt.getTime() <= now) return { revoked: true };
      current = await client.refresh(current.refreshToken);
    }
    await client.revoke(current.accessToken);
    return { revoked: true };
  } catch (error) {
    if (error instanceof TikTokError && GRANT_GONE.has(error.kind)) return { revoked: true };
    const reason = error instanceof TikTokError ? `${error.kind}: ${error.message}` : String(error);
    return { revoked: false, tokens: current, reason };
  }
}
