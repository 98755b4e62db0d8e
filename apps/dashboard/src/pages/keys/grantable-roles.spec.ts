import { describe, expect, it } from 'vitest';
import { PUBLIC_PERMISSIONS } from '@tally/contracts/browser';
import type { Permission } from '../../api/types';
import { BUILT_IN_ROLES, role } from '../../test/fixtures';
import { grantableRoles } from './grantable-roles';

const names = (roles: { name: string }[]) => roles.map((each) => each.name);

describe('grantableRoles', () => {
  const member: Permission[] = ['creators:read', 'creators:write', 'creators:sync', 'keys:write'];

  it('offers only the roles whose every permission the user holds', () => {
    expect(names(grantableRoles(BUILT_IN_ROLES, member, null))).toEqual([
      'read-only',
      'creators-manager',
    ]);
  });

  it('offers every role to a user who holds everything', () => {
    const all = BUILT_IN_ROLES.find((each) => each.name === 'full-access')!.permissions;
    expect(names(grantableRoles(BUILT_IN_ROLES, all, null))).toEqual(names(BUILT_IN_ROLES));
  });

  it('offers nothing to a user who holds nothing', () => {
    expect(grantableRoles(BUILT_IN_ROLES, [], null)).toEqual([]);
  });

  it('keeps publishable keys under the ceiling, even for a user who holds more', () => {
    const all = BUILT_IN_ROLES.find((each) => each.name === 'full-access')!.permissions;
    expect(names(grantableRoles(BUILT_IN_ROLES, all, PUBLIC_PERMISSIONS))).toEqual(['read-only']);
  });

  it('needs both: held and under the ceiling', () => {
    expect(grantableRoles(BUILT_IN_ROLES, ['keys:read'], PUBLIC_PERMISSIONS)).toEqual([]);
  });

  it('treats custom roles the same way, keeping their order', () => {
    const custom = [
      role('sync-only', ['creators:sync'], false),
      role('admin-ish', ['account:admin'], false),
      role('reader', ['creators:read'], false),
    ];
    expect(names(grantableRoles(custom, member, null))).toEqual(['sync-only', 'reader']);
  });
});
