import {
  IdentityInvitationsAccept,
  IdentityInvitationsCreate,
  IdentityInvitationsList,
  IdentityInvitationsPreview,
  IdentityInvitationsRevoke,
  IdentityMembersList,
  IdentityMembersRemove,
  IdentityMembersUpdate,
  IdentityPasswordsChange,
  IdentityPasswordsCompleteReset,
  IdentityPasswordsRequestReset,
  IdentityServiceUsersCreate,
  IdentityServiceUsersDelete,
  IdentityServiceUsersGet,
  IdentityServiceUsersList,
  IdentityServiceUsersUpdate,
  type AcceptInvitationInput,
  type ChangePasswordInput,
  type CompletePasswordResetInput,
  type CreateInvitationInput,
  type CreateServiceUserInput,
  type PageRequest,
  type Principal,
  type ReplyOf,
  type UpdateMemberInput,
  type UpdateServiceUserInput,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';

/**
 * How long to wait for an invitation or a reset request: identity emails the
 * link before it answers, and an SMTP server may be slow to greet.
 */
export const MAIL_SENDING_TIMEOUT_MS = 30_000;

/** Identity's team messages (members, invitations, passwords, service users), one typed method each. */
@Injectable()
export class TeamClient {
  constructor(private readonly bus: ServiceClient) {}

  listMembers(
    principal: Principal,
    page: PageRequest,
  ): Promise<ReplyOf<typeof IdentityMembersList>> {
    return this.bus.request(IdentityMembersList, { principal, page });
  }

  updateMember(
    principal: Principal,
    userId: string,
    input: UpdateMemberInput,
  ): Promise<ReplyOf<typeof IdentityMembersUpdate>> {
    return this.bus.request(IdentityMembersUpdate, { principal, userId, input });
  }

  removeMember(
    principal: Principal,
    userId: string,
  ): Promise<ReplyOf<typeof IdentityMembersRemove>> {
    return this.bus.request(IdentityMembersRemove, { principal, userId });
  }

  invite(
    principal: Principal,
    input: CreateInvitationInput,
  ): Promise<ReplyOf<typeof IdentityInvitationsCreate>> {
    return this.bus.request(
      IdentityInvitationsCreate,
      { principal, input },
      { timeoutMs: MAIL_SENDING_TIMEOUT_MS },
    );
  }

  listInvitations(
    principal: Principal,
    page: PageRequest,
  ): Promise<ReplyOf<typeof IdentityInvitationsList>> {
    return this.bus.request(IdentityInvitationsList, { principal, page });
  }

  revokeInvitation(
    principal: Principal,
    invitationId: string,
  ): Promise<ReplyOf<typeof IdentityInvitationsRevoke>> {
    return this.bus.request(IdentityInvitationsRevoke, { principal, invitationId });
  }

  previewInvitation(token: string): Promise<ReplyOf<typeof IdentityInvitationsPreview>> {
    return this.bus.request(IdentityInvitationsPreview, { input: { token } });
  }

  acceptInvitation(
    input: AcceptInvitationInput,
    ip: string,
  ): Promise<ReplyOf<typeof IdentityInvitationsAccept>> {
    return this.bus.request(IdentityInvitationsAccept, { input, ip });
  }

  changePassword(
    principal: Principal,
    input: ChangePasswordInput,
  ): Promise<ReplyOf<typeof IdentityPasswordsChange>> {
    return this.bus.request(IdentityPasswordsChange, { principal, input });
  }

  requestPasswordReset(
    email: string,
    ip: string,
  ): Promise<ReplyOf<typeof IdentityPasswordsRequestReset>> {
    return this.bus.request(
      IdentityPasswordsRequestReset,
      { input: { email }, ip },
      { timeoutMs: MAIL_SENDING_TIMEOUT_MS },
    );
  }

  completePasswordReset(
    input: CompletePasswordResetInput,
  ): Promise<ReplyOf<typeof IdentityPasswordsCompleteReset>> {
    return this.bus.request(IdentityPasswordsCompleteReset, { input });
  }

  createServiceUser(
    principal: Principal,
    input: CreateServiceUserInput,
  ): Promise<ReplyOf<typeof IdentityServiceUsersCreate>> {
    return this.bus.request(IdentityServiceUsersCreate, { principal, input });
  }

  listServiceUsers(
    principal: Principal,
    page: PageRequest,
  ): Promise<ReplyOf<typeof IdentityServiceUsersList>> {
    return this.bus.request(IdentityServiceUsersList, { principal, page });
  }

  getServiceUser(
    principal: Principal,
    userId: string,
  ): Promise<ReplyOf<typeof IdentityServiceUsersGet>> {
    return this.bus.request(IdentityServiceUsersGet, { principal, userId });
  }

  updateServiceUser(
    principal: Principal,
    userId: string,
    input: UpdateServiceUserInput,
  ): Promise<ReplyOf<typeof IdentityServiceUsersUpdate>> {
    return this.bus.request(IdentityServiceUsersUpdate, { principal, userId, input });
  }

  deleteServiceUser(
    principal: Principal,
    userId: string,
  ): Promise<ReplyOf<typeof IdentityServiceUsersDelete>> {
    return this.bus.request(IdentityServiceUsersDelete, { principal, userId });
  }
}
