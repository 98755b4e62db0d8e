import type { Platform } from '@tally/contracts';
import type { CreatorsRepository } from '../creators/creators.repository.js';
import type { TokenLockFactory } from '../tokens/token-locks.js';

/**
 * A platform's revoke call for one grant: `revoked`, or `grant_gone` when the
 * platform no longer knows the grant (revoked by the creator, expired, no
 * tokens left to revoke with). It throws when the platform could not take it now.
 */
export type RevokeUpstream = () => Promise<'revoked' | 'grant_gone'>;

export type GrantRevocation =
  | { outcome: 'revoked' }
  | { outcome: 'grant_gone' }
  /** Another account has the same platform user connected: the grant is theirs too, so it stays. */
  | { outcome: 'grant_in_use' }
  /** The platform could not take it now (unreachable, busy, refusing): try again later. */
  | { outcome: 'failed'; error: unknown };

export interface GrantToRevoke {
  platform: Platform;
  externalId: string;
  /** A creator deleted along with this revocation (a disconnect's): its own connection does not keep the grant. */
  leavingCreatorId?: string;
  revokeUpstream: RevokeUpstream;
}

/**
 * "Revoke the grant unless another account shares it", for every platform.
 * Our app holds one grant per platform user, shared by every account that
 * connected them: revoking it cuts them all off.
 */
export class GrantRevoker {
  constructor(
    private readonly creators: Pick<CreatorsRepository, 'countConnections'>,
    private readonly locks: Pick<TokenLockFactory, 'withGrant'>,
  ) {}

  /**
   * Revokes the grant unless a creator of another account still holds it, and
   * hands the outcome to `settle`; both under the grant's lock, so that whoever
   * counts next sees what `settle` wrote (a deleted creator, a removed pending
   * revocation), and the last of several accounts leaving at once revokes.
   */
  revoke<T>(grant: GrantToRevoke, settle: (revocation: GrantRevocation) => Promise<T>): Promise<T> {
    return this.locks.withGrant(grant.platform, grant.externalId, async () =>
      settle(await this.revokeUnlessShared(grant)),
    );
  }

  private async revokeUnlessShared(grant: GrantToRevoke): Promise<GrantRevocation> {
    const holders = await this.creators.countConnections(
      grant.platform,
      grant.externalId,
      grant.leavingCreatorId,
    );
    if (holders > 0) return { outcome: 'grant_in_use' };
    try {
      return { outcome: await grant.revokeUpstream() };
    } catch (error) {
      return { outcome: 'failed', error };
    }
  }
}
