import type { PlatformTokens } from '@tally/platform-kit';
import type { TikTokClient } from '../client/tiktok-client.js';
import { TIKTOK_ENDPOINTS } from '../client/tiktok-endpoints.js';
import { TikTokError } from '../errors/tiktok-error.js';
import type { TikTokTokens } from '../oauth/tiktok-tokens.js';
import type { CreatorLock } from './creator-lock.js';

export interface TokenRefresherOptions {
  client: Pick<TikTokClient, 'refresh'>;
  /** Serialises refreshes of one creator, across processes when several workers run. */
  lock: CreatorLock;
  /** The creator's latest stored tokens, or null when none are stored. Called inside the lock too. */
  load: (creatorId: string) => Promise<PlatformTokens | null>;
  /**
   * Replaces the creator's tokens, access and refresh together, in one write.
   * Once TikTok answered a refresh the old refresh token is dead: if this write
   * is lost, the creator must reconnect.
   */
  store: (creatorId: string, tokens: TikTokTokens) => Promise<void>;
  /** Refresh when the access token expires within this margin (default 5 minutes). */
  refreshMarginMs?: number;
  now?: () => number;
}

const FIVE_MINUTES_MS = 5 * 60 * 1000;

/**
 * Keeps a creator's TikTok tokens usable. TikTok rotates refresh tokens, so two
 * refreshes with the same one would kill the grant: refreshes of one creator
 * run under `lock`, and each re-reads the stored tokens first, so that a worker
 * that waited uses the tokens the previous one stored instead of refreshing again.
 */
export class TokenRefresher {
  private readonly refreshMarginMs: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenRefresherOptions) {
    this.refreshMarginMs = options.refreshMarginMs ?? FIVE_MINUTES_MS;
    this.now = options.now ?? Date.now;
  }

  /** Tokens whose access token outlives the margin, refreshed first when needed. */
  async freshTokens(creatorId: string): Promise<PlatformTokens> {
    const stored = await this.loadOrFail(creatorId);
    if (this.isFresh(stored)) return stored;
    return this.options.lock(creatorId, async () => {
      const latest = await this.loadOrFail(creatorId);
      return this.isFresh(latest) ? latest : this.refreshAndStore(creatorId, latest);
    });
  }

  /**
   * After TikTok refused an access token (`access_token_invalid`): refreshes,
   * unless another worker already replaced that token.
   */
  async refreshAfterRejection(
    creatorId: string,
    rejectedAccessToken: string,
  ): Promise<PlatformTokens> {
    return this.options.lock(creatorId, async () => {
      const latest = await this.loadOrFail(creatorId);
      return latest.accessToken === rejectedAccessToken
        ? this.refreshAndStore(creatorId, latest)
        : latest;
    });
  }

  private async refreshAndStore(creatorId: string, current: PlatformTokens): Promise<TikTokTokens> {
    if (current.refreshToken === null)
      throw grantLost('no refresh token is stored for this creator');
    if (current.refreshTokenExpiresAt && current.refreshTokenExpiresAt.getTime() <= this.now()) {
      throw grantLost('the refresh token has expired');
    }
    const refreshed = await this.options.client.refresh(current.refreshToken);
    await this.options.store(creatorId, refreshed);
    return refreshed;
  }

  private isFresh(tokens: PlatformTokens): boolean {
    return tokens.accessTokenExpiresAt.getTime() - this.now() > this.refreshMarginMs;
  }

  private async loadOrFail(creatorId: string): Promise<PlatformTokens> {
    const tokens = await this.options.load(creatorId);
    if (!tokens) throw grantLost('no tokens are stored for this creator');
    return tokens;
  }
}

/** The creator must connect again: the same answer TikTok gives for a dead refresh token. */
function grantLost(message: string): TikTokError {
  return new TikTokError({
    kind: 'invalid_grant',
    endpoint: TIKTOK_ENDPOINTS.token,
    message,
  });
}
