import type { Platform } from '@tally/contracts';
import {
  CreatorsRepository,
  PendingRevocationsRepository,
  TokenLockFactory,
} from '@tally/creators-data';
import { TikTokClient, TikTokError, TokenRefresher } from '@tally/tiktok';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { REVOCATION_TOKEN_REFRESHER } from './revocation-token-refresher.provider.js';

export type RevocationOutcome =
  /** TikTok took the revocation. */
  | 'revoked'
  /** TikTok no longer knows the grant (revoked by the creator, expired): nothing to revoke. */
  | 'grant_gone'
  /** An account connected the same creator since: the grant is theirs too now, so it stays. */
  | 'grant_in_use'
  /** No such pending revocation: an earlier run finished it. */
  | 'already_done';

export interface RevocationResult {
  pendingRevocationId: string;
  outcome: RevocationOutcome;
}

/**
 * Revokes upstream a grant of a deleted creator that TikTok could not take at
 * disconnect time. A failure is recorded on the row and thrown, so the job retries.
 */
@Injectable()
export class RevokeAuthorizationService {
  private readonly logger = new Logger(RevokeAuthorizationService.name);

  constructor(
    private readonly client: TikTokClient,
    private readonly revocations: PendingRevocationsRepository,
    private readonly creators: CreatorsRepository,
    @Inject(REVOCATION_TOKEN_REFRESHER) private readonly refresher: TokenRefresher,
    private readonly locks: TokenLockFactory,
  ) {}

  async revoke(pendingRevocationId: string): Promise<RevocationResult> {
    const pending = await this.revocations.find(pendingRevocationId);
    if (!pending) return { pendingRevocationId, outcome: 'already_done' };
    // Under the grant's lock: an account connecting the same creator meanwhile is counted.
    return this.locks.withGrant(pending.platform, pending.externalId, () =>
      this.revokeUnlessInUse(pendingRevocationId, pending.platform as Platform, pending.externalId),
    );
  }

  private async revokeUnlessInUse(
    pendingRevocationId: string,
    platform: Platform,
    externalId: string,
  ): Promise<RevocationResult> {
    if ((await this.creators.countConnections(platform, externalId)) > 0) {
      await this.revocations.remove(pendingRevocationId);
      return { pendingRevocationId, outcome: 'grant_in_use' };
    }
    try {
      const tokens = await this.refresher.freshTokens(pendingRevocationId);
      await this.client.revoke(tokens.accessToken);
      await this.revocations.remove(pendingRevocationId);
      return { pendingRevocationId, outcome: 'revoked' };
    } catch (error) {
      if (error instanceof TikTokError && error.grantGone) {
        await this.revocations.remove(pendingRevocationId);
        this.logger.log({ msg: 'grant already gone upstream', pendingRevocationId });
        return { pendingRevocationId, outcome: 'grant_gone' };
      }
      await this.revocations.recordFailure(pendingRevocationId, messageOf(error));
      throw error;
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
