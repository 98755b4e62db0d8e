import { z } from 'zod';
import { declareRequest } from '../messaging/declarations.js';
import { pageResultOf, PageRequestSchema } from '../pagination.js';
import { IdentitySubjects } from '../subjects.js';
import { PrincipalSchema } from './principal.js';
import {
  CreateServiceUserInputSchema,
  DeletedServiceUserSchema,
  ServiceUserViewSchema,
  UpdateServiceUserInputSchema,
} from './service-user-messages.js';
import {
  AcceptInvitationInputSchema,
  ChangePasswordInputSchema,
  CompletePasswordResetInputSchema,
  CreatedInvitationSchema,
  CreateInvitationInputSchema,
  InvitationPreviewSchema,
  InvitationTokenInputSchema,
  InvitationViewSchema,
  MemberViewSchema,
  PasswordChangedSchema,
  PasswordResetRequestedSchema,
  PasswordResetSchema,
  RemovedMemberSchema,
  RequestPasswordResetInputSchema,
  RevokedInvitationSchema,
  UpdateMemberInputSchema,
} from './team-messages.js';
import { SessionCreatedSchema } from './auth-messages.js';

const ForPrincipal = z.strictObject({ principal: PrincipalSchema });
const Paged = ForPrincipal.extend({ page: PageRequestSchema });
const OneUser = ForPrincipal.extend({ userId: z.guid() });

// Members.

export const IdentityMembersList = declareRequest(IdentitySubjects.listMembers, {
  request: Paged,
  reply: pageResultOf(MemberViewSchema),
});

export const IdentityMembersUpdate = declareRequest(IdentitySubjects.updateMember, {
  request: OneUser.extend({ input: UpdateMemberInputSchema }),
  reply: MemberViewSchema,
});

export const IdentityMembersRemove = declareRequest(IdentitySubjects.removeMember, {
  request: OneUser,
  reply: RemovedMemberSchema,
});

// Invitations.

export const IdentityInvitationsCreate = declareRequest(IdentitySubjects.createInvitation, {
  request: ForPrincipal.extend({ input: CreateInvitationInputSchema }),
  reply: CreatedInvitationSchema,
});

export const IdentityInvitationsList = declareRequest(IdentitySubjects.listInvitations, {
  request: Paged,
  reply: pageResultOf(InvitationViewSchema),
});

export const IdentityInvitationsRevoke = declareRequest(IdentitySubjects.revokeInvitation, {
  request: ForPrincipal.extend({ invitationId: z.guid() }),
  reply: RevokedInvitationSchema,
});

export const IdentityInvitationsPreview = declareRequest(IdentitySubjects.previewInvitation, {
  request: z.strictObject({ input: InvitationTokenInputSchema }),
  reply: InvitationPreviewSchema,
});

export const IdentityInvitationsAccept = declareRequest(IdentitySubjects.acceptInvitation, {
  request: z.strictObject({ input: AcceptInvitationInputSchema, ip: z.string() }),
  reply: SessionCreatedSchema,
});

// Passwords.

export const IdentityPasswordsChange = declareRequest(IdentitySubjects.changePassword, {
  request: ForPrincipal.extend({ input: ChangePasswordInputSchema }),
  reply: PasswordChangedSchema,
});

export const IdentityPasswordsRequestReset = declareRequest(IdentitySubjects.requestPasswordReset, {
  request: z.strictObject({
    input: RequestPasswordResetInputSchema,
    ip: z.string(),
  }),
  reply: PasswordResetRequestedSchema,
});

export const IdentityPasswordsCompleteReset = declareRequest(
  IdentitySubjects.completePasswordReset,
  {
    request: z.strictObject({ input: CompletePasswordResetInputSchema }),
    reply: PasswordResetSchema,
  },
);

// Service users.

export const IdentityServiceUsersCreate = declareRequest(IdentitySubjects.createServiceUser, {
  request: ForPrincipal.extend({ input: CreateServiceUserInputSchema }),
  reply: ServiceUserViewSchema,
});

export const IdentityServiceUsersList = declareRequest(IdentitySubjects.listServiceUsers, {
  request: Paged,
  reply: pageResultOf(ServiceUserViewSchema),
});

export const IdentityServiceUsersGet = declareRequest(IdentitySubjects.getServiceUser, {
  request: OneUser,
  reply: ServiceUserViewSchema,
});

export const IdentityServiceUsersUpdate = declareRequest(IdentitySubjects.updateServiceUser, {
  request: OneUser.extend({ input: UpdateServiceUserInputSchema }),
  reply: ServiceUserViewSchema,
});

export const IdentityServiceUsersDelete = declareRequest(IdentitySubjects.deleteServiceUser, {
  request: OneUser,
  reply: DeletedServiceUserSchema,
});
