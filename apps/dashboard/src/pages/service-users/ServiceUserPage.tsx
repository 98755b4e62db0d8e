import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import { keysApi } from '../../api/credentials';
import { serviceUsersApi } from '../../api/service-users';
import type { ServiceUserView } from '../../api/types';
import { useApi } from '../../api/use-api';
import { usePagedList } from '../../api/use-paged-list';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { navigate } from '../../app/router';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { LoadingBlock } from '../../components/Skeleton';
import { formatDateTime, formatWhole } from '../../lib/format';
import { useCan } from '../../session/session';
import { CreateKeyDialog } from '../keys/CreateKeyDialog';
import { KeysTable } from '../keys/KeysTable';
import {
  DeleteServiceUserDialog,
  ServiceUserFormDialog,
  ToggleServiceUserDialog,
} from './ServiceUserDialogs';
import { ServiceUserStatus } from './ServiceUserStatus';

/** One service user: what it is, the actions on it, and its API keys. */
export function ServiceUserPage({ id }: { id: string }) {
  const canRead = useCan('users:read');
  if (!canRead)
    return (
      <>
        <Breadcrumb current="Service user" />
        <div className="alert alert-info">
          Your role cannot see service users: that takes the users:read permission.
        </div>
      </>
    );
  return <LoadedServiceUser id={id} />;
}

function Breadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to={paths.serviceUsers}>Service users</Link> /{' '}
      <span aria-current="page">{current}</span>
    </nav>
  );
}

function LoadedServiceUser({ id }: { id: string }) {
  const serviceUser = useApi(`service-user:${id}`, (signal) => serviceUsersApi.get(id, signal));

  if (serviceUser.loading) return <LoadingBlock label="Loading the service user…" />;
  if (!serviceUser.data) {
    if (isApiError(serviceUser.error) && serviceUser.error.status === 404)
      return (
        <EmptyState
          title="Service user not found"
          action={<Link to={paths.serviceUsers}>Back to service users</Link>}
        >
          This service user was deleted, or belongs to another account.
        </EmptyState>
      );
    return <LoadError error={serviceUser.error} onRetry={serviceUser.reload} />;
  }
  return (
    <>
      {serviceUser.error !== undefined && (
        <LoadError error={serviceUser.error} onRetry={serviceUser.reload} />
      )}
      <ServiceUserDetails serviceUser={serviceUser.data} onChanged={serviceUser.reload} />
    </>
  );
}

function ServiceUserDetails({
  serviceUser,
  onChanged,
}: {
  serviceUser: ServiceUserView;
  onChanged: () => void;
}) {
  const canWrite = useCan('users:write');
  const [editing, setEditing] = useState(false);
  const [toggling, setToggling] = useState(false);
  const [deleting, setDeleting] = useState(false);

  return (
    <>
      <Breadcrumb current={serviceUser.name} />
      <PageHeader
        title={serviceUser.name}
        description={serviceUser.description || 'A service user of this account.'}
        actions={canWrite && <Button onClick={() => setEditing(true)}>Edit</Button>}
      />
      {!serviceUser.enabled && (
        <div className="alert alert-warning" data-testid="disabled-note">
          This service user is disabled: its API keys and OAuth clients are refused until it is
          enabled again.
        </div>
      )}
      <section className="panel" aria-label="Settings">
        <dl className="endpoint-settings">
          <div>
            <dt>Status</dt>
            <dd>
              <ServiceUserStatus serviceUser={serviceUser} />
            </dd>
          </div>
          <div>
            <dt>Active API keys</dt>
            <dd>{formatWhole(serviceUser.activeKeys)}</dd>
          </div>
          <div>
            <dt>Active OAuth clients</dt>
            <dd>{formatWhole(serviceUser.activeOAuthClients)}</dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>{formatDateTime(serviceUser.createdAt)}</dd>
          </div>
          {serviceUser.disabledAt && (
            <div>
              <dt>Disabled</dt>
              <dd>{formatDateTime(serviceUser.disabledAt)}</dd>
            </div>
          )}
        </dl>
        {canWrite && (
          <div className="page-actions">
            <Button onClick={() => setToggling(true)}>
              {serviceUser.enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button className="button-danger-outline" onClick={() => setDeleting(true)}>
              Delete
            </Button>
          </div>
        )}
      </section>
      <ServiceUserKeys serviceUser={serviceUser} onChanged={onChanged} />
      <ServiceUserFormDialog
        open={editing}
        serviceUser={serviceUser}
        onClose={() => setEditing(false)}
        onSaved={onChanged}
      />
      <ToggleServiceUserDialog
        serviceUser={toggling ? serviceUser : null}
        onClose={() => setToggling(false)}
        onChanged={onChanged}
      />
      <DeleteServiceUserDialog
        serviceUser={deleting ? serviceUser : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(paths.serviceUsers)}
      />
    </>
  );
}

function ServiceUserKeys({
  serviceUser,
  onChanged,
}: {
  serviceUser: ServiceUserView;
  onChanged: () => void;
}) {
  const canRead = useCan('keys:read');
  const canWrite = useCan('keys:write');
  const [creating, setCreating] = useState(false);
  // Disabling or enabling it changes how its keys read ("Owner disabled"): a new key reloads them.
  const keys = usePagedList(`keys:${serviceUser.id}:${serviceUser.enabled}`, (cursor, signal) =>
    keysApi.list(cursor, serviceUser.id, signal),
  );
  const createButton = (label: string) =>
    canWrite &&
    serviceUser.enabled && (
      <Button variant="primary" onClick={() => setCreating(true)}>
        {label}
      </Button>
    );

  return (
    <section className="panel" aria-labelledby="service-user-keys">
      <div className="panel-head">
        <h2 id="service-user-keys">API keys</h2>
        {canRead && createButton('Create key for this service user')}
      </div>
      {canRead ? (
        <KeysTable
          keys={keys}
          showOwner={false}
          onCountChanged={onChanged}
          empty={
            <EmptyState title="No API keys yet" action={createButton('Create its first key')}>
              A key this service user owns keeps working whoever leaves the team.
            </EmptyState>
          }
        />
      ) : (
        <p className="muted">Your role cannot see API keys: that takes the keys:read permission.</p>
      )}
      <CreateKeyDialog
        open={creating}
        owner={{ id: serviceUser.id, name: serviceUser.name }}
        onClose={() => setCreating(false)}
        onCreated={() => {
          keys.restart();
          // Its count of active keys has changed.
          onChanged();
        }}
      />
    </section>
  );
}
