import { useState, type FormEvent } from 'react';
import { api } from '../../api/api-client';
import { describeError, fieldErrors } from '../../api/describe-error';
import { useApi } from '../../api/use-api';
import { useCursor } from '../../api/use-cursor-page';
import type {
  CreatedOAuthClient,
  Environment,
  OAuthClientView,
  Page,
  RoleView,
} from '../../api/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CopyButton } from '../../components/CopyButton';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage, LoadError } from '../../components/ErrorMessage';
import { CheckboxGroup, SelectField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { SecretReveal } from '../../components/SecretReveal';
import { SkeletonRows } from '../../components/Skeleton';
import { useToast } from '../../components/Toasts';
import { formatDate, formatRelative } from '../../lib/format';
import { hasErrors, validateName } from '../../lib/validation';
import { useCan, useMe } from '../../session/session';
import { grantableRoles } from '../keys/grantable-roles';
import { ENVIRONMENT_LABELS } from '../keys/key-labels';
import { tokenCurl } from './token-curl';

export function OAuthClientsPage() {
  const canWrite = useCan('oauth-clients:write');
  const notify = useToast();
  const { cursor, next, previous, reset } = useCursor();
  const clients = useApi(`oauth-clients:${cursor ?? ''}`, (signal) =>
    api.get<Page<OAuthClientView>>('/api/v1/oauth-clients', { limit: 20, cursor }, signal),
  );
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<OAuthClientView | null>(null);
  const items = clients.data?.items ?? [];
  const example = items.find((client) => !client.revokedAt);

  return (
    <>
      <PageHeader
        title="OAuth clients"
        description="For services that prefer short-lived tokens: a client trades its id and secret for an access token that lasts an hour."
        actions={
          canWrite && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              Create OAuth client
            </Button>
          )
        }
      />
      {clients.error !== undefined && <LoadError error={clients.error} onRetry={clients.reload} />}
      {!clients.loading && clients.data && items.length === 0 && !cursor ? (
        <EmptyState
          title="No OAuth clients yet"
          action={
            canWrite && (
              <Button variant="primary" onClick={() => setCreating(true)}>
                Create a client
              </Button>
            )
          }
        >
          Create a client when a service of yours should get its own short-lived access tokens.
        </EmptyState>
      ) : (
        <div className="table-wrap" aria-busy={clients.loading || clients.refreshing}>
          <table className="table">
            <caption className="visually-hidden">OAuth clients</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Client id</th>
                <th scope="col">Environment</th>
                <th scope="col">Roles</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {clients.loading ? (
                <SkeletonRows columns={8} />
              ) : (
                items.map((client) => (
                  <tr
                    key={client.id}
                    data-testid="oauth-client-row"
                    className={client.revokedAt ? 'row-muted' : undefined}
                  >
                    <th scope="row">{client.name}</th>
                    <td>
                      <code>{client.clientId}</code>
                    </td>
                    <td>{ENVIRONMENT_LABELS[client.environment]}</td>
                    <td>{client.roles.map((role) => role.name).join(', ')}</td>
                    <td>{formatDate(client.createdAt)}</td>
                    <td>{formatRelative(client.lastUsedAt)}</td>
                    <td>
                      {client.revokedAt ? (
                        <Badge>Revoked</Badge>
                      ) : (
                        <Badge tone="success">Active</Badge>
                      )}
                    </td>
                    <td className="actions">
                      {canWrite && !client.revokedAt && (
                        <Button
                          variant="ghost"
                          className="text-danger"
                          onClick={() => setRevoking(client)}
                          aria-label={`Revoke ${client.name}`}
                        >
                          Revoke
                        </Button>
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label="OAuth client pages"
        hasPrevious={Boolean(cursor)}
        hasNext={Boolean(clients.data?.nextCursor)}
        onPrevious={() => previous(clients.data)}
        onNext={() => next(clients.data)}
      />
      {example && (
        <section className="panel" aria-labelledby="token-example">
          <h2 id="token-example">Get an access token</h2>
          <p className="muted">
            Send the token as <code>Authorization: Bearer …</code>. It expires after an hour.
          </p>
          <pre className="code-block">{tokenCurl(window.location.origin, example.clientId)}</pre>
          <CopyButton
            text={tokenCurl(window.location.origin, example.clientId)}
            label="Copy curl"
          />
        </section>
      )}
      <CreateClientDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          reset();
          clients.reload();
        }}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? 'client'}?`}
        description="The client can no longer get tokens, and the tokens it holds are refused at once."
        confirmLabel="Revoke client"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          await api.delete(`/api/v1/oauth-clients/${revoking.id}`);
          notify(`${revoking.name} was revoked`);
          clients.reload();
        }}
      />
    </>
  );
}

function CreateClientDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const me = useMe();
  const roles = useApi(open ? 'roles' : null, (signal) =>
    api.get<RoleView[]>('/api/v1/roles', undefined, signal),
  );
  const [name, setName] = useState('');
  const [environment, setEnvironment] = useState<Environment>('development');
  const [selected, setSelected] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedOAuthClient | null>(null);

  function close() {
    setName('');
    setEnvironment('development');
    setSelected([]);
    setErrors({});
    setFailure(null);
    setCreated(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      name: validateName(name),
      roles: selected.length === 0 ? 'Choose at least one role.' : undefined,
    };
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    setFailure(null);
    try {
      setCreated(
        await api.post<CreatedOAuthClient>('/api/v1/oauth-clients', {
          name: name.trim(),
          environment,
          roles: selected,
        }),
      );
      onCreated();
    } catch (error) {
      setErrors(fieldErrors(error));
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    const curl = tokenCurl(window.location.origin, created.clientId, created.clientSecret);
    return (
      <Dialog open={open} title="Your new OAuth client" onClose={close} dismissible={false} wide>
        <p>
          Client id: <code data-testid="client-id">{created.clientId}</code>
        </p>
        <SecretReveal label="client secret" secret={created.clientSecret} />
        <h3>Try it</h3>
        <pre className="code-block" data-testid="token-curl">
          {curl}
        </pre>
        <CopyButton text={curl} label="Copy curl" />
        <div className="dialog-actions">
          <Button variant="primary" onClick={close}>
            I have copied it
          </Button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog open={open} title="Create an OAuth client" onClose={close} wide>
      {failure !== null && <ErrorMessage>{describeError(failure)}</ErrorMessage>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
          autoFocus
        />
        <SelectField
          label="Environment"
          value={environment}
          onChange={(event) => setEnvironment(event.target.value as Environment)}
          options={[
            { value: 'development', label: 'Development' },
            { value: 'production', label: 'Production' },
          ]}
        />
        {roles.error !== undefined ? (
          <ErrorMessage>{describeError(roles.error)}</ErrorMessage>
        ) : (
          <CheckboxGroup
            legend="Roles"
            hint="Tokens carry what these roles allow, never more than you can."
            options={grantableRoles(roles.data ?? [], me.permissions, null).map((role) => ({
              value: role.name,
              label: role.name,
              description: role.permissions.join(', '),
            }))}
            selected={selected}
            onChange={setSelected}
            error={errors.roles}
          />
        )}
        <div className="dialog-actions">
          <Button onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            Create client
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
