import { useState } from 'react';
import { api } from '../../api/api-client';
import { usePagedList } from '../../api/use-paged-list';
import type { ApiKeyView, Page } from '../../api/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { formatDate, formatRelative } from '../../lib/format';
import { useCan, useMe } from '../../session/session';
import { CreateKeyDialog } from './CreateKeyDialog';
import {
  createdByLabel,
  ENVIRONMENT_LABELS,
  expiryLabel,
  isRevocable,
  isUsable,
  KEY_TYPE_LABELS,
} from './key-labels';
import { RollKeyDialog } from './RollKeyDialog';

const COLUMNS = ['Name', 'Key', 'Environment', 'Roles', 'Created', 'Last used', 'Expires'];

export function ApiKeysPage() {
  const me = useMe();
  const canWrite = useCan('keys:write');
  const notify = useToast();
  const keys = usePagedList('keys', (cursor, signal) =>
    api.get<Page<ApiKeyView>>('/api/v1/keys', { limit: 20, cursor }, signal),
  );
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);
  const [rolling, setRolling] = useState<ApiKeyView | null>(null);

  const createButton = (label: string) =>
    canWrite && (
      <Button variant="primary" onClick={() => setCreating(true)}>
        {label}
      </Button>
    );

  return (
    <>
      <PageHeader
        title="API keys"
        description="Secret keys call the API from your servers. Publishable keys read creators from your web pages, from the origins you allow."
        actions={createButton('Create API key')}
      />
      <PagedTable
        caption="API keys"
        paged={keys}
        columnCount={COLUMNS.length + 1}
        columns={<ColumnHeaders names={COLUMNS} actions />}
        empty={
          <EmptyState title="No API keys yet" action={createButton('Create your first key')}>
            Create a key to call the Tally API. You will see it once, so keep it somewhere safe.
          </EmptyState>
        }
        renderRow={(key) => {
          const expiry = expiryLabel(key);
          const revocable = isRevocable(key);
          return (
            <tr key={key.id} data-testid="key-row" className={revocable ? undefined : 'row-muted'}>
              <th scope="row">{key.name}</th>
              <td className="nowrap">
                <code>{key.start}…</code>
                <span className="cell-detail">{KEY_TYPE_LABELS[key.type]}</span>
              </td>
              <td>
                <Badge tone={key.environment === 'production' ? 'info' : 'neutral'}>
                  {ENVIRONMENT_LABELS[key.environment]}
                </Badge>
              </td>
              <td>
                <ul className="name-list" aria-label={`Roles of ${key.name}`}>
                  {key.roles.map((role) => (
                    <li key={role.id}>{role.name}</li>
                  ))}
                </ul>
              </td>
              <td className="nowrap">
                {formatDate(key.createdAt)}
                <span className="cell-detail">by {createdByLabel(key, me)}</span>
              </td>
              <td className="nowrap" title={key.lastUsedAt ?? undefined}>
                {formatRelative(key.lastUsedAt)}
              </td>
              <td className="nowrap">
                <Badge tone={expiry.tone}>{expiry.text}</Badge>
                {expiry.note && <span className="cell-note">{expiry.note}</span>}
              </td>
              <td className="actions">
                {canWrite && isUsable(key) && (
                  <Button
                    className="button-small"
                    onClick={() => setRolling(key)}
                    aria-label={`Roll ${key.name}`}
                  >
                    Roll
                  </Button>
                )}
                {canWrite && revocable && (
                  <Button
                    className="button-small button-danger-outline"
                    onClick={() => setRevoking(key)}
                    aria-label={`Revoke ${key.name}`}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          );
        }}
      />
      <CreateKeyDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={keys.restart}
      />
      <RollKeyDialog apiKey={rolling} onClose={() => setRolling(null)} onRolled={keys.restart} />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? 'key'}?`}
        description="Requests with this key are refused within a second, on every server. This cannot be undone."
        confirmLabel="Revoke key"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          await api.delete(`/api/v1/keys/${revoking.id}`);
          notify(`${revoking.name} was revoked`);
          keys.list.reload();
        }}
      />
    </>
  );
}
