import { api, apiRequest } from './api-client';
import type {
  AccountRole,
  CreatedInvitation,
  InvitationPreview,
  InvitationView,
  MemberView,
  Page,
  RemovedMember,
} from './types';

const MEMBERS = '/api/v1/members';
const INVITATIONS = '/api/v1/invitations';
export const TEAM_PAGE_SIZE = 20;

const one = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

/** The people of the signed-in account and the invitations to join it. */
export const teamApi = {
  members: (cursor: string | undefined, signal?: AbortSignal, limit = TEAM_PAGE_SIZE) =>
    api.get<Page<MemberView>>(MEMBERS, { limit, cursor }, signal),
  changeRole: (id: string, accountRole: AccountRole) =>
    api.patch<MemberView>(one(MEMBERS, id), { accountRole }),
  remove: (id: string) => api.delete<RemovedMember>(one(MEMBERS, id)),
  invitations: (cursor: string | undefined, signal?: AbortSignal) =>
    api.get<Page<InvitationView>>(INVITATIONS, { limit: TEAM_PAGE_SIZE, cursor }, signal),
  invite: (email: string, accountRole: AccountRole) =>
    api.post<CreatedInvitation>(INVITATIONS, { email, accountRole }),
  revokeInvitation: (id: string) => api.delete<{ revoked: true }>(one(INVITATIONS, id)),
  /** No session needed: what an invitation link offers, before it is accepted. */
  previewInvitation: (token: string, signal?: AbortSignal) =>
    apiRequest<InvitationPreview>('POST', `${INVITATIONS}/preview`, { body: { token }, signal }),
};
