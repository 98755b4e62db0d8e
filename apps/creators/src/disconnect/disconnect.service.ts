import {
  auditActorOf,
  CreatorDisconnected,
  CreatorView,
  Disconnected,
  Principal,
} from '@tally/contracts';
import {
  CREATORS_SCHEMA,
  CreatorsRepository,
  type GrantRevocation,
  GrantRevoker,
  PendingRevocationsRepository,
  PlatformSuite,
  PlatformTokensRepository,
  RevocationQueue,
  revokeAtPlatform,
} from '@tally/creators-data';
import { OutboxWriter, ServiceClient, announce } from '@tally/nest-kit';
import { PlatformError, TokenRefresher } from '@tally/platform-kit';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { creatorNotFound } from '../creators/creator-errors.js';

interface Settled {
  revocation: GrantRevocation;
  /** The pending revocation a job retries, when the platform could not take it now. */
  pendingId: string | null;
}

/**
 * Disconnect: revoke at the platform, then delete the creator and everything
 * synced for it in one transaction. When the platform cannot be reached the
 * creator is deleted all the same and a job retries the revocation. When
 * another account has the same platform user connected, the grant they share stays (GrantRevoker:
 * counting them, revoking and deleting happen under the grant's lock, so the
 * last of several accounts disconnecting at once revokes it).
 */
@Injectable()
export class DisconnectService {
  private readonly logger = new Logger(DisconnectService.name);
  private readonly outbox = new OutboxWriter(CREATORS_SCHEMA);

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly creators: CreatorsRepository,
    private readonly tokens: PlatformTokensRepository,
    private readonly revocations: PendingRevocationsRepository,
    private readonly grants: GrantRevoker,
    private readonly platforms: PlatformSuite,
    private readonly refresher: TokenRefresher,
    private readonly revocationQueue: RevocationQueue,
    private readonly bus: ServiceClient,
  ) {}

  async disconnect(principal: Principal, creatorId: string): Promise<Disconnected> {
    const creator = await this.creators.findView(principal.accountId, creatorId);
    if (!creator) throw creatorNotFound();
    const { revocation, pendingId } = await this.grants.revoke(
      {
        platform: creator.platform,
        externalId: creator.externalId,
        leavingCreatorId: creatorId,
        revokeUpstream: revokeAtPlatform(this.platforms.providers.get(creator.platform), () =>
          this.refresher.freshTokens(creatorId),
        ),
      },
      (settled) => this.deleteCreator(principal, creator, settled),
    );
    if (pendingId) await this.retryLater(creatorId, pendingId, revocation);
    await announce(this.bus, this.logger, CreatorDisconnected, {
      accountId: principal.accountId,
      creatorId,
      platform: creator.platform,
      externalId: creator.externalId,
      username: creator.username,
      actor: auditActorOf(principal),
    });
    return { disconnected: true, revokedUpstream: revocation.outcome !== 'failed' };
  }

  /**
   * Deletes the creator with its `creator.disconnected` event, keeping its
   * tokens as a pending revocation when the platform could not take them.
   */
  private async deleteCreator(
    principal: Principal,
    creator: CreatorView,
    revocation: GrantRevocation,
  ): Promise<Settled> {
    const pendingId = await this.db.transaction(async (manager) => {
      // Read inside the transaction: a refresh during the attempt may have rotated them.
      const tokens =
        revocation.outcome === 'failed' ? await this.tokens.load(creator.id, manager) : null;
      if (!(await this.creators.delete(principal.accountId, creator.id, manager))) {
        throw creatorNotFound();
      }
      await this.outbox.add(manager, {
        type: 'creator.disconnected',
        accountId: principal.accountId,
        data: {
          creatorId: creator.id,
          platform: creator.platform,
          username: creator.username,
          externalId: creator.externalId,
        },
      });
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
    return { revocation, pendingId };
  }

  private async retryLater(
    creatorId: string,
    pendingId: string,
    revocation: GrantRevocation,
  ): Promise<void> {
    this.logger.warn({
      msg: 'revocation deferred',
      creatorId,
      reason: revocation.outcome === 'failed' ? describe(revocation.error) : '',
    });
    await this.revocationQueue
      .enqueue({ pendingRevocationId: pendingId })
      .catch((error: unknown) =>
        this.logger.error({ msg: 'could not queue a revocation retry', pendingId, err: error }),
      );
  }
}

function describe(error: unknown): string {
  return error instanceof PlatformError ? `${error.kind}: ${error.message}` : String(error);
}
