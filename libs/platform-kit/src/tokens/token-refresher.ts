import { PlatformError } from '../errors/platform-error.js';
import type { PlatformId } from '../provider/platform-id.js';
import type { PlatformTokens } from '../provider/platform-provider.js';
import type { CreatorLock } from './creator-lock.js';

/** A creator's tokens as stored, with the platform they are for. */
export interface StoredGrant extends PlatformTokens {
  platform: PlatformId;
}

export interface TokenRefresherOptions {
  /** Trades the grant for a fresh one at its platform (the platform provider's `refresh`). */
  refresh: (grant: StoredGrant) => Promise<PlatformTokens>;
  /** Serialises refreshes of one creator, across processes when several workers run. */
  lock: CreatorLock;
  /** The creator's latest stored grant, or null when none is stored. Called inside the lock too. */
  load: (creatorId: string) => Promise<StoredGrant | null>;
  /**
   * Replaces the creator's tokens, access and refresh together, in one write.
   * Once a platform answered a refresh that rotates refresh tokens (TikTok's),
   * the old refresh token is dead: if this write is lost, the creator must reconnect.
   */
  store: (creatorId: string, tokens: PlatformTokens) => Promise<void>;
  /**
   * Refresh when the access token expires within this margin of the
   * platform's (default 5 minutes for every platform).
   */
  refreshMarginMs?: (platform: PlatformId) => number;
  now?: () => number;
}

const FIVE_MINUTES_MS = 5 * 60 * 1000;

/**
 * Keeps a creator's platform tokens usable. Some platforms rotate refresh
 * tokens, so two refreshes with the same one would kill the grant: refreshes
 * of one creator run under `lock`, and each re-reads the stored tokens first,
 * so that a worker that waited uses the tokens the previous one stored instead
 * of refreshing again.
 */
export class TokenRefresher {
  private readonly refreshMarginMs: (platform: PlatformId) => number;
  private readonly now: () => number;

  constructor(private readonly options: TokenRefresherOptions) {
    this.refreshMarginMs = options.refreshMarginMs ?? (() => FIVE_MINUTES_MS);
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
   * After the platform refused an access token (`access_token_invalid`):
   * refreshes, unless another worker already replaced that token.
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

  private async refreshAndStore(creatorId: string, current: StoredGrant): Promise<PlatformTokens> {
    if (current.refreshTokenExpiresAt && current.refreshTokenExpiresAt.getTime() <= this.now()) {
      throw grantLost(current.platform, 'the refresh token has expired');
    }
    const refreshed = await this.options.refresh(current);
    await this.options.store(creatorId, refreshed);
    return refreshed;
  }

  private isFresh(grant: StoredGrant): boolean {
    return grant.accessTokenExpiresAt.getTime() - this.now() > this.refreshMarginMs(grant.platform);
  }

  private async loadOrFail(creatorId: string): Promise<StoredGrant> {
    const grant = await this.options.load(creatorId);
    if (!grant) throw new NoStoredGrantError(creatorId);
    return grant;
  }
}

/** No tokens are stored for the creator (never connected, or deleted meanwhile): it must connect again. */
export class NoStoredGrantError extends Error {
  constructor(readonly creatorId: string) {
    super('no tokens are stored for this creator');
    this.name = 'NoStoredGrantError';
  }
}

/** The creator must connect again: what a platform says of a dead refresh token. */
function grantLost(platform: PlatformId, message: string): PlatformError {
  return new PlatformError({ platform, kind: 'invalid_grant', endpoint: 'token refresh', message });
}
