import { PERMISSIONS, type Permission } from '@tally/contracts/browser';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import type { RoleView } from '../../api/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { FormDialog } from '../../components/FormDialog';
import { LoadError } from '../../components/ErrorMessage';
import { CheckboxGroup, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { SkeletonRows } from '../../components/Skeleton';
import { useToast } from '../../components/Toasts';
import { useSubmission } from '../../lib/use-submission';
import { validateRoleName } from '../../lib/validation';
import { useCan } from '../../session/session';
import { PERMISSION_DESCRIPTIONS } from './permission-descriptions';

const COLUMNS = ['Role', 'Kind', 'Permissions', 'Description'];

export function RolesPage() {
  const canCreate = useCan('keys:write');
  const roles = useApi('roles', (signal) =>
    api.get<RoleView[]>('/api/v1/roles', undefined, signal),
  );
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Roles"
        description="A role is a set of permissions. Keys and OAuth clients hold roles; they can do what their roles allow."
        actions={
          canCreate && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              Create role
            </Button>
          )
        }
      />
      {roles.error !== undefined && <LoadError error={roles.error} onRetry={roles.reload} />}
      <div className="table-wrap" aria-busy={roles.loading}>
        <table className="table">
          <caption className="visually-hidden">Roles</caption>
          <thead>
            <tr>
              <ColumnHeaders names={COLUMNS} />
            </tr>
          </thead>
          <tbody>
            {roles.loading ? (
              <SkeletonRows columns={COLUMNS.length} />
            ) : (
              (roles.data ?? []).map((role) => (
                <tr key={role.id} data-testid="role-row">
                  <th scope="row">{role.name}</th>
                  <td>
                    <Badge tone={role.builtIn ? 'neutral' : 'info'}>
                      {role.builtIn ? 'Built-in' : 'Custom'}
                    </Badge>
                  </td>
                  <td>
                    <ul className="chip-list" aria-label={`Permissions of ${role.name}`}>
                      {role.permissions.map((permission) => (
                        <li
                          key={permission}
                          className="chip"
                          title={PERMISSION_DESCRIPTIONS[permission]}
                        >
                          {permission}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="muted">{role.description || '—'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <CreateRoleDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={roles.reload}
      />
    </>
  );
}

function CreateRoleDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const notify = useToast();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [permissions, setPermissions] = useState<Permission[]>([]);
  const { busy, failure, errors, submit, clear } = useSubmission();

  function close() {
    setName('');
    setDescription('');
    setPermissions([]);
    clear();
    onClose();
  }

  function send(event: FormEvent) {
    event.preventDefault();
    const found = {
      name: validateRoleName(name.trim()),
      permissions: permissions.length === 0 ? 'Choose at least one permission.' : undefined,
      description:
        description.length > 500 ? 'Keep the description under 500 characters.' : undefined,
    };
    void submit(found, async () => {
      await api.post<RoleView>('/api/v1/roles', { name: name.trim(), description, permissions });
      notify(`Role ${name.trim()} created`);
      onCreated();
      close();
    });
  }

  return (
    <FormDialog
      open={open}
      title="Create a role"
      submitLabel="Create role"
      onClose={close}
      onSubmit={send}
      busy={busy}
      failure={failure}
    >
      <TextField
        label="Name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        hint="Lowercase letters, digits and dashes."
        autoFocus
      />
      <TextField
        label="Description (optional)"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.description}
      />
      <CheckboxGroup
        legend="Permissions"
        options={PERMISSIONS.map((permission) => ({
          value: permission,
          label: permission,
          description: PERMISSION_DESCRIPTIONS[permission],
        }))}
        selected={permissions}
        onChange={(selected) => setPermissions(selected as Permission[])}
        error={errors.permissions}
      />
    </FormDialog>
  );
}
