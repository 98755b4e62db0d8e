import { PERMISSIONS, type AccountRole, type Permission } from '@tally/contracts';

/** What a signed-in user may do in the dashboard, by their role in the account. */
export const ACCOUNT_ROLE_PERMISSIONS: Record<AccountRole, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS.filter((permission) => permission !== 'account:admin'),
  member: ['creators:read', 'creators:write', 'creators:sync', 'keys:read', 'users:read'],
};
