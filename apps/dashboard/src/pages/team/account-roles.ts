import type { AccountRole } from '../../api/types';

export const ACCOUNT_ROLE_LABELS: Record<AccountRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
};

/** What each account role allows in the dashboard, in words. */
export const ACCOUNT_ROLE_DESCRIPTIONS: Record<AccountRole, string> = {
  owner: 'Everything, including making and removing owners and administering the account.',
  admin: 'Everything but the owners and administering the account.',
  member: 'Reads, connects and syncs creators; sees keys and the team.',
};

const ROLES: readonly AccountRole[] = ['owner', 'admin', 'member'];

/** The roles a user may hand out: only an owner (`account:admin`) makes owners. */
export function accountRoleOptions(
  canMakeOwners: boolean,
): { value: AccountRole; label: string }[] {
  return ROLES.filter((role) => canMakeOwners || role !== 'owner').map((role) => ({
    value: role,
    label: `${ACCOUNT_ROLE_LABELS[role]}: ${ACCOUNT_ROLE_DESCRIPTIONS[role]}`,
  }));
}
