import {
  AppError,
  auditActorOf,
  INVITATION_TTL_DAYS,
  MAX_PENDING_INVITATIONS,
  type AcceptInvitationInput,
  type AccountRole,
  type CreatedInvitation,
  type CreateInvitationInput,
  type InvitationPreview,
  type InvitationView,
  type MemberView,
  type PageRequest,
  type PageResult,
  type Principal,
  type RemovedMember,
  type SessionCreated,
} from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditNamesRepository } from '../audit/audit-names.repository.js';
import { AuthService } from '../auth/auth.service.js';
import { SessionsRepository } from '../auth/sessions.repository.js';
import { IdentityConfig } from '../config/identity.config.js';
import { IDENTITY_CONFIG } from '../config/identity.tokens.js';
import { randomToken } from '../crypto/random-token.js';
import { SECRET_HASHER, SecretHasher } from '../crypto/secret-hasher.js';
import { ApiKeysService } from '../keys/api-keys.service.js';
import { LinkMailer } from '../mail/link-mailer.js';
import { OAuthClientsService } from '../oauth/oauth-clients.service.js';
import { HashingGate } from '../users/hashing-gate.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { UsersRepository } from '../users/users.repository.js';
import { InvitationsRepository } from './invitations.repository.js';
import { MembersRepository } from './members.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Only an owner (`account:admin`) makes, unmakes or removes owners. */
function assertMayHandleRole(principal: Principal, ...roles: AccountRole[]): void {
  if (roles.includes('owner') && !principal.permissions.includes('account:admin')) {
    throw new AppError(
      'insufficient_scope',
      'Only an owner (account:admin) may make, change or remove owners.',
    );
  }
}

function invalidLink(): AppError {
  return new AppError(
    'not_found',
    'This invitation link is not valid any more (used, withdrawn or expired); ask for a new one.',
  );
}

/** The people of an account: who they are, their roles, who joins and who leaves. */
@Injectable()
export class TeamService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(SECRET_HASHER) private readonly hasher: SecretHasher,
    private readonly accounts: AccountsRepository,
    private readonly members: MembersRepository,
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly names: AuditNamesRepository,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly keys: ApiKeysService,
    private readonly clients: OAuthClientsService,
    private readonly passwords: PasswordHasher,
    private readonly hashing: HashingGate,
    private readonly mailer: LinkMailer,
  ) {}

  listMembers(principal: Principal, page: PageRequest): Promise<PageResult<MemberView>> {
    return this.members.page(principal.accountId, page);
  }

  async changeRole(
    principal: Principal,
    userId: string,
    accountRole: AccountRole,
  ): Promise<MemberView> {
    const changed = await this.db.transaction(async (manager) => {
      const owners = await this.members.lockOwners(principal.accountId, manager);
      const member = await this.members.find(principal.accountId, userId, manager);
      if (!member) throw memberNotFound();
      if (member.accountRole === accountRole) return false;
      assertMayHandleRole(principal, member.accountRole, accountRole);
      if (member.accountRole === 'owner' && owners.length === 1) throw lastOwner();
      await this.members.setRole(userId, accountRole, manager);
      await this.audit.record(
        principal,
        'member.role_changed',
        { type: 'user', id: userId },
        { from: member.accountRole, to: accountRole },
        manager,
      );
      return true;
    });
    if (changed) await this.auth.announceSessionsChanged(await this.sessions.activeOf(userId));
    const member = await this.members.find(principal.accountId, userId);
    if (!member) throw memberNotFound();
    return member;
  }

  /**
   * Removes a member: their sessions end at once, and the keys and OAuth
   * clients they owned are revoked (machines' credentials belong to service users).
   */
  async removeMember(principal: Principal, userId: string): Promise<RemovedMember> {
    const outcome = await this.db.transaction(async (manager) => {
      const owners = await this.members.lockOwners(principal.accountId, manager);
      const member = await this.members.find(principal.accountId, userId, manager);
      if (!member) throw memberNotFound();
      assertMayHandleRole(principal, member.accountRole);
      if (member.accountRole === 'owner' && owners.length === 1) throw lastOwner();
      const endedSessions = await this.sessions.revokeAllOf(userId, manager);
      const revokedKeys = await this.keys.revokeOwnedBy(
        principal,
        userId,
        'owner removed',
        manager,
      );
      const revokedClients = await this.clients.revokeOwnedBy(
        principal,
        userId,
        'owner removed',
        manager,
      );
      await this.audit.record(
        principal,
        'member.removed',
        { type: 'user', id: userId },
        {
          accountRole: member.accountRole,
          sessionsEnded: endedSessions.length,
          keysRevoked: revokedKeys.length,
          oauthClientsRevoked: revokedClients.length,
        },
        manager,
      );
      await this.members.remove(userId, manager);
      return { endedSessions, revokedKeys, revokedClients };
    });
    await this.auth.announceSessionsEnded(outcome.endedSessions);
    await this.keys.announceRevoked(outcome.revokedKeys);
    await this.clients.announceRevoked(principal.accountId, outcome.revokedClients);
    return {
      removed: true,
      sessionsEnded: outcome.endedSessions.length,
      keysRevoked: outcome.revokedKeys.length,
      oauthClientsRevoked: outcome.revokedClients.length,
    };
  }

  listInvitations(principal: Principal, page: PageRequest): Promise<PageResult<InvitationView>> {
    return this.invitations.pendingPage(principal.accountId, page);
  }

  /** Invites `email` with a role; a new invitation replaces a pending one for the same email. */
  async invite(principal: Principal, input: CreateInvitationInput): Promise<CreatedInvitation> {
    assertMayHandleRole(principal, input.accountRole);
    const token = randomToken();
    const link = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/accept-invitation#token=${token}`;
    const invitation = await this.db.transaction(async (manager) => {
      if (await this.members.isMemberEmail(principal.accountId, input.email, manager)) {
        throw new AppError('conflict', 'This email is already a member of the account.', [
          { field: 'email', reason: 'already a member' },
        ]);
      }
      await this.invitations.revokePendingFor(principal.accountId, input.email, manager);
      if (
        (await this.invitations.countPending(principal.accountId, manager)) >=
        MAX_PENDING_INVITATIONS
      ) {
        throw new AppError(
          'conflict',
          `The account already has ${MAX_PENDING_INVITATIONS} pending invitations; withdraw some first.`,
        );
      }
      const created = await this.invitations.insert(
        {
          accountId: principal.accountId,
          email: input.email,
          accountRole: input.accountRole,
          tokenHash: this.hasher.hash(token),
          invitedByName: await this.names.actorName(
            principal.accountId,
            auditActorOf(principal),
            manager,
          ),
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * DAY_MS),
        },
        manager,
      );
      await this.audit.record(
        principal,
        'member.invited',
        { type: 'invitation', id: created.id, name: input.email },
        { email: input.email, accountRole: input.accountRole },
        manager,
      );
      return created;
    });
    const account = await this.accounts.findById(principal.accountId);
    const organisation = account?.name ?? 'an organisation';
    const { emailed } = await this.mailer.send({
      kind: 'invitation',
      to: input.email,
      subject: `You are invited to join ${organisation} on Tally`,
      text: [
        `${invitation.invitedBy ?? 'Someone'} invited you to join ${organisation} on Tally as ${input.accountRole}.`,
        '',
        `Accept the invitation (the link works once, for ${INVITATION_TTL_DAYS} days):`,
        link,
      ].join('\n'),
      link,
    });
    return { ...invitation, emailSent: emailed, link: emailed ? null : link };
  }

  async revokeInvitation(principal: Principal, invitationId: string): Promise<{ revoked: true }> {
    await this.db.transaction(async (manager) => {
      const email = await this.invitations.revoke(principal.accountId, invitationId, manager);
      if (email === null)
        throw new AppError('not_found', 'No pending invitation with this id in your account.');
      await this.audit.record(
        principal,
        'invitation.revoked',
        { type: 'invitation', id: invitationId, name: email },
        { email },
        manager,
      );
    });
    return { revoked: true };
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.invitations.findByToken(this.hasher.hash(token));
    if (!invitation || !isPending(invitation)) throw invalidLink();
    return {
      email: invitation.email,
      accountName: invitation.accountName,
      accountRole: invitation.accountRole,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** Creates the invited user with the invitation's role and signs them in; the link works once. */
  async accept(input: AcceptInvitationInput): Promise<SessionCreated> {
    const tokenHash = this.hasher.hash(input.token);
    const known = await this.invitations.findByToken(tokenHash);
    if (!known || !isPending(known)) throw invalidLink();
    const passwordHash = await this.hashing.run(() => this.passwords.hash(input.password));
    const userId = await this.db
      .transaction(async (manager) => {
        const invitation = await this.invitations.findByToken(tokenHash, manager, { lock: true });
        if (!invitation || !isPending(invitation)) throw invalidLink();
        if (await this.users.emailTaken(invitation.email, manager)) throw emailTaken();
        const id = await this.users.create(
          {
            accountId: invitation.accountId,
            email: invitation.email,
            passwordHash,
            accountRole: invitation.accountRole,
          },
          manager,
        );
        await this.invitations.markAccepted(invitation.id, id, manager);
        await this.audit.record(
          { accountId: invitation.accountId, ref: { type: 'user', id } },
          'member.joined',
          { type: 'user', id },
          { accountRole: invitation.accountRole, invitationId: invitation.id },
          manager,
        );
        return id;
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === '23505') throw emailTaken();
        throw error;
      });
    const user = await this.users.findById(userId);
    if (!user) throw new Error('accepted user vanished');
    return this.auth.openSession(user);
  }
}

function isPending(invitation: {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}): boolean {
  return (
    !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt.getTime() > Date.now()
  );
}

function memberNotFound(): AppError {
  return new AppError('not_found', 'No member with this id in your account.');
}

function lastOwner(): AppError {
  return new AppError(
    'conflict',
    'The account must keep at least one owner: make someone else owner first.',
  );
}

function emailTaken(): AppError {
  return new AppError(
    'conflict',
    'This email already has a Tally account; one email belongs to one organisation. Ask to be invited with another email, or leave the other organisation first.',
    [{ field: 'email', reason: 'taken' }],
  );
}
