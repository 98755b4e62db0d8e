import {
  IdentityInvitationsAccept,
  IdentityInvitationsCreate,
  IdentityInvitationsList,
  IdentityInvitationsPreview,
  IdentityInvitationsRevoke,
  IdentityMembersList,
  IdentityMembersRemove,
  IdentityMembersUpdate,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { TeamService } from './team.service.js';

@Controller()
export class TeamHandler {
  constructor(private readonly team: TeamService) {}

  @Handles(IdentityMembersList)
  listMembers(
    @Payload() request: ReceivedRequestOf<typeof IdentityMembersList>,
  ): Promise<ReplyOf<typeof IdentityMembersList>> {
    return this.team.listMembers(request.principal, request.page);
  }

  @Handles(IdentityMembersUpdate)
  updateMember(
    @Payload() request: ReceivedRequestOf<typeof IdentityMembersUpdate>,
  ): Promise<ReplyOf<typeof IdentityMembersUpdate>> {
    return this.team.changeRole(request.principal, request.userId, request.input.accountRole);
  }

  @Handles(IdentityMembersRemove)
  removeMember(
    @Payload() request: ReceivedRequestOf<typeof IdentityMembersRemove>,
  ): Promise<ReplyOf<typeof IdentityMembersRemove>> {
    return this.team.removeMember(request.principal, request.userId);
  }

  @Handles(IdentityInvitationsCreate)
  invite(
    @Payload() request: ReceivedRequestOf<typeof IdentityInvitationsCreate>,
  ): Promise<ReplyOf<typeof IdentityInvitationsCreate>> {
    return this.team.invite(request.principal, request.input);
  }

  @Handles(IdentityInvitationsList)
  listInvitations(
    @Payload() request: ReceivedRequestOf<typeof IdentityInvitationsList>,
  ): Promise<ReplyOf<typeof IdentityInvitationsList>> {
    return this.team.listInvitations(request.principal, request.page);
  }

  @Handles(IdentityInvitationsRevoke)
  revokeInvitation(
    @Payload() request: ReceivedRequestOf<typeof IdentityInvitationsRevoke>,
  ): Promise<ReplyOf<typeof IdentityInvitationsRevoke>> {
    return this.team.revokeInvitation(request.principal, request.invitationId);
  }

  @Handles(IdentityInvitationsPreview)
  preview(
    @Payload() request: ReceivedRequestOf<typeof IdentityInvitationsPreview>,
  ): Promise<ReplyOf<typeof IdentityInvitationsPreview>> {
    return this.team.preview(request.input.token);
  }

  @Handles(IdentityInvitationsAccept)
  accept(
    @Payload() request: ReceivedRequestOf<typeof IdentityInvitationsAccept>,
  ): Promise<ReplyOf<typeof IdentityInvitationsAccept>> {
    return this.team.accept(request.input);
  }
}
