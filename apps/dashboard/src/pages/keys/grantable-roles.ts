import type { Permission, RoleView } from '../../api/types';

/**
 * The roles a user may put on a new key or client: none that grants more than
 * the user holds, and for publishable keys none beyond what browsers may hold.
 */
export function grantableRoles(
  roles: RoleView[],
  held: readonly Permission[],
  ceiling: readonly Permission[] | null,
): RoleView[] {
  return roles.filter((role) =>
    role.permissions.every(
      (permission) =>
        held.includes(permission) && (ceiling === null || ceiling.includes(permission)),
    ),
  );
}
