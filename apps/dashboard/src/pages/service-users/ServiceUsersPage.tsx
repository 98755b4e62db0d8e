import { useState } from 'react';
import { serviceUsersApi } from '../../api/service-users';
import type { ServiceUserView } from '../../api/types';
import { usePagedList } from '../../api/use-paged-list';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { navigate } from '../../app/router';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatWhole } from '../../lib/format';
import { useCan } from '../../session/session';
import { ServiceUserStatus } from './ServiceUserStatus';
import {
  DeleteServiceUserDialog,
  ServiceUserFormDialog,
  ToggleServiceUserDialog,
} from './ServiceUserDialogs';

const COLUMNS = ['Service user', 'Status', 'API keys', 'OAuth clients', 'Created'];
const DESCRIPTION =
  'Machine identities of your organisation: the keys and OAuth clients a service user owns keep working when people leave the team.';

export function ServiceUsersPage() {
  const canRead = useCan('users:read');
  if (!canRead)
    return (
      <>
        <PageHeader title="Service users" description={DESCRIPTION} />
        <div className="alert alert-info">
          Your role cannot see service users: that takes the users:read permission.
        </div>
      </>
    );
  return <ServiceUsersList />;
}

function ServiceUsersList() {
  const canWrite = useCan('users:write');
  const serviceUsers = usePagedList('service-users', (cursor, signal) =>
    serviceUsersApi.list(cursor, signal),
  );
  const [creating, setCreating] = useState(false);
  const [toggling, setToggling] = useState<ServiceUserView | null>(null);
  const [deleting, setDeleting] = useState<ServiceUserView | null>(null);

  const createButton = (label: string) =>
    canWrite && (
      <Button variant="primary" onClick={() => setCreating(true)}>
        {label}
      </Button>
    );

  return (
    <>
      <PageHeader
        title="Service users"
        description={DESCRIPTION}
        actions={createButton('Create service user')}
      />
      {!canWrite && (
        <div className="alert alert-info">
          Your role can see service users but not change them: that takes the users:write
          permission.
        </div>
      )}
      <PagedTable
        caption="Service users"
        paged={serviceUsers}
        columnCount={COLUMNS.length + 1}
        columns={<ColumnHeaders names={COLUMNS} numeric={['API keys', 'OAuth clients']} actions />}
        empty={
          <EmptyState
            title="No service users yet"
            action={createButton('Create your first service user')}
          >
            Create one for each machine or job that calls the API, like “CI deploy”, and give it its
            own keys.
          </EmptyState>
        }
        renderRow={(serviceUser) => (
          <tr
            key={serviceUser.id}
            data-testid="service-user-row"
            className={serviceUser.enabled ? undefined : 'row-muted'}
          >
            <th scope="row">
              <Link to={paths.serviceUser(serviceUser.id)}>{serviceUser.name}</Link>
              {serviceUser.description && (
                <span className="cell-detail">{serviceUser.description}</span>
              )}
            </th>
            <td>
              <ServiceUserStatus serviceUser={serviceUser} />
            </td>
            <td className="numeric">{formatWhole(serviceUser.activeKeys)}</td>
            <td className="numeric">{formatWhole(serviceUser.activeOAuthClients)}</td>
            <td className="nowrap">{formatDate(serviceUser.createdAt)}</td>
            <td className="actions">
              {canWrite && (
                <>
                  <Button
                    className="button-small"
                    onClick={() => setToggling(serviceUser)}
                    aria-label={`${serviceUser.enabled ? 'Disable' : 'Enable'} ${serviceUser.name}`}
                  >
                    {serviceUser.enabled ? 'Disable' : 'Enable'}
                  </Button>
                  <Button
                    className="button-small button-danger-outline"
                    onClick={() => setDeleting(serviceUser)}
                    aria-label={`Delete ${serviceUser.name}`}
                  >
                    Delete
                  </Button>
                </>
              )}
            </td>
          </tr>
        )}
      />
      <ServiceUserFormDialog
        open={creating}
        serviceUser={null}
        onClose={() => setCreating(false)}
        onSaved={(created) => navigate(paths.serviceUser(created.id))}
      />
      <ToggleServiceUserDialog
        serviceUser={toggling}
        onClose={() => setToggling(null)}
        onChanged={serviceUsers.list.reload}
      />
      <DeleteServiceUserDialog
        serviceUser={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={serviceUsers.list.reload}
      />
    </>
  );
}
