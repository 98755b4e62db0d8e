import type { ReactNode } from 'react';
import { api } from '../../api/api-client';
import { describeError } from '../../api/describe-error';
import { useApi } from '../../api/use-api';
import type { Permission, RoleView } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CheckboxGroup } from '../../components/Field';
import { useMe } from '../../session/session';
import { grantableRoles } from '../keys/grantable-roles';

interface RolePickerProps {
  selected: string[];
  onChange: (selected: string[]) => void;
  hint: ReactNode;
  error?: string;
  /** What the credential may hold at most (publishable keys); null: what the user holds. */
  ceiling?: readonly Permission[] | null;
}

/** The account's roles that the signed-in user may hand out, as checkboxes. */
export function RolePicker({ selected, onChange, hint, error, ceiling = null }: RolePickerProps) {
  const me = useMe();
  const roles = useApi('roles', (signal) =>
    api.get<RoleView[]>('/api/v1/roles', undefined, signal),
  );
  if (roles.error !== undefined) return <ErrorMessage>{describeError(roles.error)}</ErrorMessage>;
  return (
    <CheckboxGroup
      legend="Roles"
      hint={hint}
      options={grantableRoles(roles.data ?? [], me.permissions, ceiling).map((role) => ({
        value: role.name,
        label: role.name,
        description: role.description || undefined,
        detail: role.permissions.join(', '),
      }))}
      selected={selected}
      onChange={onChange}
      error={error}
    />
  );
}
