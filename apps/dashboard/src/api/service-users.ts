import { api } from './api-client';
import type { DeletedServiceUser, Page, ServiceUserView } from './types';

const SERVICE_USERS = '/api/v1/service-users';
export const SERVICE_USER_PAGE_SIZE = 20;

function serviceUserPath(id: string): string {
  return `${SERVICE_USERS}/${encodeURIComponent(id)}`;
}

/** The account's machine identities, which own keys and OAuth clients. */
export const serviceUsersApi = {
  list: (cursor: string | undefined, signal?: AbortSignal, limit = SERVICE_USER_PAGE_SIZE) =>
    api.get<Page<ServiceUserView>>(SERVICE_USERS, { limit, cursor }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<ServiceUserView>(serviceUserPath(id), undefined, signal),
  create: (input: { name: string; description?: string }) =>
    api.post<ServiceUserView>(SERVICE_USERS, input),
  update: (id: string, input: { enabled?: boolean; name?: string; description?: string }) =>
    api.patch<ServiceUserView>(serviceUserPath(id), input),
  remove: (id: string) => api.delete<DeletedServiceUser>(serviceUserPath(id)),
};
