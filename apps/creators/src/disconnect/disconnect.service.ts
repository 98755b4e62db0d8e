import {
  auditActorOf,
  CreatorDisconnected,
  CreatorView,
  Disconnected,
  Principal,
} from '@tally/contracts';
import {
  CreatorsRepository,
  PendingRevocationsRepository,
  PlatformTokensRepository,
  TokenLockFactory,
} from '@tally/creators-data';
import { ServiceClient } from '@tally/nest-kit';
import { TikTokClient, TokenRefresher } from '@tally/tiktok';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { creatorNotFound } from '../creators/creator-errors.js';
import { SyncQueue } from '../sync/sync-queue.js';
import { type RevocationAttempt, revokeAtTikTok } from './upstream-revocation.js';

/**
 * Disconnect: revoke at TikTok, then delete the creator and everything synced
 * for it in one transaction. When TikTok cannot be reached the creator is
 * deleted all the same and a job retries the revocation. When another account
 * has the same TikTok user connected, the grant they share stays: counting
 * them, revoking and deleting happen under the grant's lock, so the last of
 * several accounts disconnecting at once revokes it.
 */
@Injectable()
export class DisconnectService {
  private readonly logger = new Logger(DisconnectService.name);

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly creators: CreatorsRepository,
    private readonly tokens: PlatformTokensRepository,
    private readonly revocations: PendingRevocationsRepository,
    private readonly tiktok: TikTokClient,
    private readonly refresher: TokenRefresher,
    private readonly queue: SyncQueue,
    private readonly bus: ServiceClient,
    private readonly locks: TokenLockFactory,
  ) {}

  async disconnect(principal: Principal, creatorId: string): Promise<Disconnected> {
    const creator = await this.creators.findView(principal.accountId, creatorId);
    if (!creator) throw creatorNotFound();
    const { attempt, pendingId } = await this.locks.withGrant(
      creator.platform,
      creator.externalId,
      () => this.revokeAndDelete(principal, creator),
    );
    if (pendingId) {
      this.logger.warn({
        msg: 'TikTok revocation deferred',
        creatorId,
        reason: attempt.revoked ? '' : attempt.reason,
      });
      await this.queue
        .enqueueRevocation({ pendingRevocationId: pendingId })
        .catch((error: unknown) =>
          this.logger.error({ msg: 'could not queue a revocation retry', pendingId, err: error }),
        );
    }
    await this.bus
      .emit(CreatorDisconnected, {
        accountId: principal.accountId,
        creatorId,
        platform: creator.platform,
        externalId: creator.externalId,
        username: creator.username,
        actor: auditActorOf(principal),
      })
      .catch((error: unknown) =>
        this.logger.error({ msg: `could not publish ${CreatorDisconnected.subject}`, err: error }),
      );
    return { disconnected: true, revokedUpstream: attempt.revoked };
  }

  private async revokeAndDelete(
    principal: Principal,
    creator: CreatorView,
  ): Promise<{ attempt: RevocationAttempt; pendingId: string | null }> {
    const creatorId = creator.id;
    // Another account still uses the same TikTok grant: only this account's copy goes.
    const shared = (await this.creators.countConnections(creator.platform, creator.externalId)) > 1;
    const attempt =
      shared || !(await this.tokens.load(creatorId))
        ? ({ revoked: true } as const)
        : await revokeAtTikTok(this.tiktok, this.refresher, creatorId);
    const pendingId = await this.db.transaction(async (manager) => {
      // Read inside the transaction: a refresh during the attempt may have rotated them.
      const tokens = attempt.revoked ? null : await this.tokens.load(creatorId, manager);
      if (!(await this.creators.delete(principal.accountId, creatorId, manager))) {
        throw creatorNotFound();
      }
      if (!tokens) return null;
      return this.revocations.add(
        {
          accountId: principal.accountId,
          platform: creator.platform,
          externalId: creator.externalId,
          tokens,
        },
        manager,
      );
    });
    return { attempt, pendingId };
  }
}
