import { AppError, type Principal } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OAuthClientsRepository } from '../oauth/oauth-clients.repository.js';
import { UsersRepository } from './users.repository.js';

/**
 * Who a new key or OAuth client belongs to. By default the caller's user (a
 * key's or client's own owner), else the account's first owner; a named owner
 * is a service user or the caller, or, for `account:admin`, any member.
 */
@Injectable()
export class CredentialOwners {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly clients: OAuthClientsRepository,
  ) {}

  async ownerFor(
    principal: Principal,
    requested: string | undefined,
    manager: EntityManager = this.db.manager,
  ): Promise<string> {
    const callerUserId = await this.callerUserOf(principal, manager);
    if (requested === undefined)
      return callerUserId ?? this.users.firstOwner(principal.accountId, manager);
    const owner = await this.users.findInAccount(principal.accountId, requested, manager);
    if (!owner) {
      throw new AppError('validation_failed', 'ownerUserId is not a user of your account.', [
        { field: 'ownerUserId', reason: 'no such user in your account' },
      ]);
    }
    if (!mayIssueFor(principal, owner, callerUserId)) {
      throw new AppError(
        'insufficient_scope',
        'Only account:admin may create a credential for another member; name a service user or yourself.',
        [{ field: 'ownerUserId', reason: 'another member needs account:admin' }],
      );
    }
    if (!owner.active) {
      throw new AppError('conflict', 'This user is disabled; enable it first.', [
        { field: 'ownerUserId', reason: 'disabled' },
      ]);
    }
    return owner.id;
  }

  /**
   * Refuses to roll another member's key to a caller without account:admin:
   * the replacement is a new credential of the old one's owner, which is the
   * caller's to hand out under the same rule as a new one.
   */
  async assertMayRollFor(
    principal: Principal,
    ownerUserId: string,
    manager: EntityManager,
  ): Promise<void> {
    const owner = await this.users.findInAccount(principal.accountId, ownerUserId, manager);
    if (owner && mayIssueFor(principal, owner, await this.callerUserOf(principal, manager))) return;
    throw new AppError(
      'insufficient_scope',
      "Only account:admin may roll another member's key; a service user's key or your own you may roll.",
    );
  }

  /** The user behind the caller's credential, when it is still an active user of the account. */
  private async callerUserOf(principal: Principal, manager: EntityManager): Promise<string | null> {
    let userId = principal.userId;
    if (!userId && principal.credentialType === 'oauth_client') {
      userId =
        (await this.clients.ownerOf(principal.accountId, principal.credentialId, manager)) ??
        undefined;
    }
    if (!userId) return null;
    const user = await this.users.findInAccount(principal.accountId, userId, manager);
    return user?.active ? user.id : null;
  }
}

/** A credential for a service user or for the caller is anyone's to issue; for another member, account:admin's. */
function mayIssueFor(
  principal: Principal,
  owner: { id: string; kind: 'human' | 'service' },
  callerUserId: string | null,
): boolean {
  return (
    owner.kind !== 'human' ||
    owner.id === callerUserId ||
    principal.permissions.includes('account:admin')
  );
}
