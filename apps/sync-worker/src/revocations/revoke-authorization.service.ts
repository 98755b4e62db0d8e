import {
  type GrantRevocation,
  GrantRevoker,
  PendingRevocationsRepository,
  PlatformSuite,
  revokeAtPlatform,
} from '@tally/creators-data';
import { TokenRefresher } from '@tally/platform-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { pausesQueue, rateLimitPauseMs } from '../upstream/rate-limit-pause.js';
import { JobDeferredError } from '../upstream/job-deferred.error.js';
import { UpstreamRateLimitedError } from '../upstream/upstream-rate-limited.error.js';
import { REVOCATION_TOKEN_REFRESHER } from './revocation-token-refresher.provider.js';

export type RevocationOutcome =
  /** The platform took the revocation. */
  | 'revoked'
  /** The platform no longer knows the grant (revoked by the creator, expired): nothing to revoke. */
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
 * Revokes upstream a grant of a deleted creator that its platform could not
 * take at disconnect time. A failure is recorded on the row and thrown, so the
 * job retries; TikTok's 429 pauses the revocation queue instead, and another
 * platform's puts the job off, neither spending an attempt.
 */
@Injectable()
export class RevokeAuthorizationService {
  private readonly logger = new Logger(RevokeAuthorizationService.name);

  constructor(
    private readonly platforms: PlatformSuite,
    private readonly revocations: PendingRevocationsRepository,
    private readonly grants: GrantRevoker,
    @Inject(REVOCATION_TOKEN_REFRESHER) private readonly refresher: TokenRefresher,
  ) {}

  async revoke(pendingRevocationId: string): Promise<RevocationResult> {
    const pending = await this.revocations.find(pendingRevocationId);
    if (!pending) return { pendingRevocationId, outcome: 'already_done' };
    return this.grants.revoke(
      {
        platform: pending.platform,
        externalId: pending.externalId,
        revokeUpstream: revokeAtPlatform(this.platforms.providers.get(pending.platform), () =>
          this.refresher.freshTokens(pendingRevocationId),
        ),
      },
      (revocation) => this.settle(pendingRevocationId, revocation),
    );
  }

  private async settle(
    pendingRevocationId: string,
    revocation: GrantRevocation,
  ): Promise<RevocationResult> {
    if (revocation.outcome === 'failed') {
      const reason = messageOf(revocation.error);
      const pauseMs = rateLimitPauseMs(revocation.error);
      if (pauseMs !== undefined) {
        throw pausesQueue(revocation.error)
          ? new UpstreamRateLimitedError(pauseMs, reason)
          : new JobDeferredError(pauseMs, reason);
      }
      await this.revocations.recordFailure(pendingRevocationId, reason);
      throw revocation.error;
    }
    await this.revocations.remove(pendingRevocationId);
    if (revocation.outcome === 'grant_gone') {
      this.logger.log({ msg: 'grant already gone upstream', pendingRevocationId });
    }
    return { pendingRevocationId, outcome: revocation.outcome };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
