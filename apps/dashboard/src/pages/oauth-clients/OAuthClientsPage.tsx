import { useState } from 'react';
import { api } from '../../api/api-client';
import { usePagedList } from '../../api/use-paged-list';
import type { OAuthClientView, Page } from '../../api/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CopyButton } from '../../components/CopyButton';
import { EmptyState } from '../../components/EmptyState';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { formatDate, formatRelative } from '../../lib/format';
import { useCan } from '../../session/session';
import { CredentialWarnings, OwnerCell } from '../keys/CredentialCells';
import { credentialWarnings } from '../keys/credential-labels';
import { EditCredentialDialog } from '../keys/EditCredentialDialog';
import { ENVIRONMENT_LABELS } from '../keys/key-labels';
import { useCredentialActions } from '../keys/use-credential-actions';
import { CreateClientDialog } from './CreateClientDialog';
import { tokenCurl } from './token-curl';

const COLUMNS = [
  'Name',
  'Client id',
  'Environment',
  'Roles',
  'Owner',
  'Created',
  'Last used',
  'Status',
];

export function OAuthClientsPage() {
  const canWrite = useCan('oauth-clients:write');
  const notify = useToast();
  const clients = usePagedList('oauth-clients', (cursor, signal) =>
    api.get<Page<OAuthClientView>>('/api/v1/oauth-clients', { limit: 20, cursor }, signal),
  );
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<OAuthClientView | null>(null);
  const [editing, setEditing] = useState<OAuthClientView | null>(null);
  const actions = useCredentialActions('oauth-client', clients.list.reload);
  const example = clients.list.data?.items.find((client) => !client.revokedAt);

  const createButton = (label: string) =>
    canWrite && (
      <Button variant="primary" onClick={() => setCreating(true)}>
        {label}
      </Button>
    );

  return (
    <>
      <PageHeader
        title="OAuth clients"
        description="For services that prefer short-lived tokens: a client trades its id and secret for an access token that lasts an hour."
        actions={createButton('Create OAuth client')}
      />
      <PagedTable
        caption="OAuth clients"
        paged={clients}
        columnCount={COLUMNS.length + 1}
        columns={<ColumnHeaders names={COLUMNS} actions />}
        empty={
          <EmptyState title="No OAuth clients yet" action={createButton('Create a client')}>
            Create a client when a service of yours should get its own short-lived access tokens.
          </EmptyState>
        }
        renderRow={(client) => (
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
            <td>
              <ul className="name-list" aria-label={`Roles of ${client.name}`}>
                {client.roles.map((role) => (
                  <li key={role.id}>{role.name}</li>
                ))}
              </ul>
            </td>
            <OwnerCell owner={client.owner} />
            <td className="nowrap">{formatDate(client.createdAt)}</td>
            <td className="nowrap">{formatRelative(client.lastUsedAt)}</td>
            <td>
              {client.revokedAt ? (
                <Badge>Revoked</Badge>
              ) : credentialWarnings(client).length > 0 ? (
                <CredentialWarnings credential={client} />
              ) : (
                <Badge tone="success">Active</Badge>
              )}
            </td>
            <td className="actions">
              {canWrite && !client.revokedAt && (
                <>
                  <Button
                    className="button-small"
                    onClick={() => setEditing(client)}
                    aria-label={`Edit ${client.name}`}
                  >
                    Edit
                  </Button>
                  <Button
                    className="button-small"
                    busy={actions.busy(client)}
                    onClick={() => void actions.setEnabled(client, !client.enabled)}
                    aria-label={`${client.enabled ? 'Pause' : 'Enable'} ${client.name}`}
                  >
                    {client.enabled ? 'Pause' : 'Enable'}
                  </Button>
                </>
              )}
              {canWrite && !client.revokedAt && (
                <Button
                  className="button-small button-danger-outline"
                  onClick={() => setRevoking(client)}
                  aria-label={`Revoke ${client.name}`}
                >
                  Revoke
                </Button>
              )}
            </td>
          </tr>
        )}
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
        onCreated={clients.restart}
      />
      <EditCredentialDialog
        kind="oauth-client"
        credential={editing}
        onClose={() => setEditing(null)}
        onSaved={clients.list.reload}
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
          clients.list.reload();
        }}
      />
    </>
  );
}
