import { TikTokClient, TikTokError, TokenRefresher, type TikTokTokens } from '@tally/tiktok';

export type RevocationAttempt =
  | { revoked: true }
  /** TikTok could not take it now: retry later with the latest tokens. */
  | { revoked: false; reason: string };

/**
 * Revokes a creator's grant at TikTok. TikTok refuses to revoke with an expired
 * access token, so the refresher renews it first (under the same cross-process
 * lock as the sync workers' refreshes: refresh tokens rotate).
 */
export async function revokeAtTikTok(
  client: Pick<TikTokClient, 'revoke'>,
  refresher: Pick<TokenRefresher, 'freshTokens'>,
  creatorId: string,
): Promise<RevocationAttempt> {
  try {
    const tokens: TikTokTokens = await refresher.freshTokens(creatorId);
    await client.revoke(tokens.accessToken);
    return { revoked: true };
  } catch (error) {
    if (error instanceof TikTokError && error.grantGone) return { revoked: true };
    const reason = error instanceof TikTokError ? `${error.kind}: ${error.message}` : String(error);
    return { revoked: false, reason };
  }
}
